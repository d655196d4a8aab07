using System.Text;

namespace ContentGen.Shared;

/// <summary>
/// How taxonomy terms compare: compiled into both the generator (which merges the forms of one
/// term and reports the rare ones) and the runtime (whose <c>Taxonomy.Find</c> finds a term by
/// any of its forms), so both agree on what one term is.
/// </summary>
internal static class TermKey
{
    /// <summary>
    /// The term lower-cased (invariant culture) without white space, <c>-</c>, <c>_</c> and
    /// <c>.</c>: <c>DotNet</c>, <c>dotnet</c>, <c>dot-net</c> and <c>Dot Net</c> are one term
    /// (<c>.NET</c>, whose key is <c>net</c>, is another).
    /// </summary>
    public static string Of(string term)
    {
        var key = new StringBuilder(term.Length);
        foreach (char c in term)
        {
            if (c is not ('-' or '_' or '.') && !char.IsWhiteSpace(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }
}
