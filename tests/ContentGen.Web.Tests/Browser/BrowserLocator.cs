using System.Runtime.InteropServices;

namespace ContentGen.Web.Tests.Browser;

/// <summary>
/// Finds a Chromium for Playwright: the <see cref="Variable"/> environment variable, then the
/// usual system paths, then Playwright's own installer (which needs internet access). The
/// system browser comes first because machines without internet access (this project's CI)
/// cannot download Playwright's build.
/// </summary>
internal static class BrowserLocator
{
    public const string Variable = "CONTENTGEN_CHROMIUM";

    public const string InstallHint =
        "Install Chromium (Debian/Ubuntu: sudo apt-get install chromium), or set " + Variable +
        " to a Chromium or Chrome executable, or run: pwsh bin/Debug/net10.0/playwright.ps1 install chromium";

    private static readonly string[] SystemPaths = RuntimeInformation.IsOSPlatform(OSPlatform.Windows)
        ?
        [
            @"C:\Program Files\Google\Chrome\Application\chrome.exe",
            @"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe",
            @"C:\Program Files\Chromium\Application\chrome.exe",
            @"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
        ]
        : RuntimeInformation.IsOSPlatform(OSPlatform.OSX)
            ?
            [
                "/Applications/Chromium.app/Contents/MacOS/Chromium",
                "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
            ]
            :
            [
                "/usr/bin/chromium",
                "/usr/bin/chromium-browser",
                "/usr/lib/chromium/chromium",
                "/snap/bin/chromium",
                "/usr/bin/google-chrome",
                "/usr/bin/google-chrome-stable",
            ];

    /// <summary>Where the browser is.</summary>
    /// <param name="ExecutablePath">The executable to launch; null for Playwright's own download.</param>
    /// <param name="Source">How it was found, for messages.</param>
    internal sealed record Found(string? ExecutablePath, string Source);

    /// <summary>The browser, or null with the reason every way failed.</summary>
    public static (Found? Browser, string Reason) Locate()
    {
        string? configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(configured))
        {
            // A path that was asked for and is missing is a mistake to report, not to step over.
            return File.Exists(configured)
                ? (new Found(configured, Variable), string.Empty)
                : (null, $"{Variable} is '{configured}', which does not exist.");
        }

        if (SystemPaths.FirstOrDefault(File.Exists) is { } system)
        {
            return (new Found(system, system), string.Empty);
        }

        int exitCode;
        try
        {
            exitCode = Microsoft.Playwright.Program.Main(["install", "chromium"]);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            return (null, $"No browser at {Variable} or {string.Join(", ", SystemPaths)}, and Playwright's installer failed: {ex.Message}");
        }

        return exitCode == 0
            ? (new Found(null, "Playwright's own Chromium"), string.Empty)
            : (null, $"No browser at {Variable} or {string.Join(", ", SystemPaths)}, and Playwright's installer exited with {exitCode} (no internet access?).");
    }
}
