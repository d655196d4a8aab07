using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Generator.Helpers;

namespace ContentGen.Generator.Parsing;

/// <summary>
/// The fragments a browser can scroll to in an article's HTML: every element's <c>id</c> (headings
/// included, and ids written in raw HTML such as <c>&lt;span id="x"&gt;</c>), and every
/// <c>&lt;a name="x"&gt;</c> (docs/format.md, "Checked links and images").
/// </summary>
/// <remarks>A scan for <c>id=</c> and <c>name=</c> inside tags, not a parse: it runs over every article's HTML.</remarks>
internal static class HtmlAnchors
{
    /// <summary>The anchors of <paramref name="html"/>, in document order, without repeats.</summary>
    public static EquatableArray<string> Of(string html)
    {
        var anchors = new List<string>();
        Find(html, "id=", anchorOnly: false, anchors);
        Find(html, "name=", anchorOnly: true, anchors);
        return anchors.Count == 0 ? EquatableArray<string>.Empty : anchors.Distinct(StringComparer.Ordinal).ToEquatableArray();
    }

    private static void Find(string html, string attribute, bool anchorOnly, List<string> anchors)
    {
        for (int at = html.IndexOf(attribute, StringComparison.OrdinalIgnoreCase); at > 0; at = html.IndexOf(attribute, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            // An attribute of a tag: white space before it, and the last '<' before it opens a tag not yet closed.
            int open = html.LastIndexOf('<', at);
            if (!char.IsWhiteSpace(html[at - 1]) || open < 0 || html.LastIndexOf('>', at) > open)
            {
                continue;
            }

            if (anchorOnly && !(open + 2 < html.Length && (html[open + 1] is 'a' or 'A') && char.IsWhiteSpace(html[open + 2])))
            {
                continue;
            }

            int start = at + attribute.Length;
            if (start >= html.Length)
            {
                break;
            }

            char quote = html[start];
            int end = quote is '"' or '\'' ? html.IndexOf(quote, start + 1) : html.IndexOfAny([' ', '\t', '\n', '\r', '>'], start);
            if (end < 0)
            {
                continue;
            }

            string value = quote is '"' or '\'' ? html.Substring(start + 1, end - start - 1) : html.Substring(start, end - start);
            if (value.Length > 0)
            {
                anchors.Add(Shared.HtmlText.Decode(value));
            }
        }
    }
}
