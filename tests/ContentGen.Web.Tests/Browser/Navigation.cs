using System.Text.RegularExpressions;

namespace ContentGen.Web.Tests.Browser;

/// <summary>
/// Waiting for a click's page: a retrying assertion on the URL (<c>Expect(page).ToHaveURLAsync</c>),
/// never <c>WaitForURLAsync</c>, which then waits for the load event and, on a loaded machine,
/// can start after the event fired and wait its full 60 s (seen in CI runs: a timeout after
/// "networkidle", which follows "load"). Assertions on the new page retry too (<c>ToHaveTextAsync</c>).
/// </summary>
internal static class Navigation
{
    public static Regex UrlEndsWith(string path) => new(Regex.Escape(path) + "$", RegexOptions.None, TimeSpan.FromSeconds(1));
}
