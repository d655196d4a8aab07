using System;
using System.Collections.Generic;

namespace ContentGen.Generator.Parsing;

/// <summary>One attribute of a tag, as the HTML tokenizer reads it.</summary>
/// <param name="Name">The name in ASCII lower case (<c>ID</c> is <c>id</c>).</param>
/// <param name="Value">The value with its character references decoded; empty for an attribute without <c>=</c>.</param>
/// <param name="ValueStart">Where the value's text starts in the HTML (inside the quotes); the name's end when it has no value.</param>
/// <param name="ValueLength">The length of the value's text as written (quotes excluded).</param>
/// <param name="Quote"><c>"</c> or <c>'</c>, or <c>\0</c> for an unquoted value or none.</param>
internal readonly record struct HtmlAttribute(string Name, string Value, int ValueStart, int ValueLength, char Quote);

/// <summary>A start or end tag of HTML.</summary>
/// <remarks>
/// A value that points into the HTML: finding the tags of a whole article allocates nothing per
/// tag or attribute, and its attributes are read only when asked for (again at each ask).
/// </remarks>
internal readonly struct HtmlTag
{
    private readonly string _html;
    private readonly int _attributesStart;

    internal HtmlTag(string html, string name, bool isEnd, int start, int end, int attributesStart)
    {
        _html = html;
        Name = name;
        IsEnd = isEnd;
        Start = start;
        End = end;
        _attributesStart = attributesStart;
    }

    /// <summary>The tag name in ASCII lower case.</summary>
    public string Name { get; }

    /// <summary>An end tag (<c>&lt;/p&gt;</c>); its attributes are read but mean nothing.</summary>
    public bool IsEnd { get; }

    /// <summary>The offset of its <c>&lt;</c>.</summary>
    public int Start { get; }

    /// <summary>The offset just after its <c>&gt;</c>.</summary>
    public int End { get; }

    /// <summary>Its attributes in order, a repeated name only once (the first, as the HTML spec keeps it).</summary>
    public IReadOnlyList<HtmlAttribute> Attributes => RawHtml.ReadAttributes(_html, _attributesStart, End);

    /// <summary>The attribute named <paramref name="name"/> (ASCII lower case), or null.</summary>
    public HtmlAttribute? Attribute(string name) => RawHtml.FindAttribute(_html, _attributesStart, End, name);
}

/// <summary>
/// The tags of a piece of HTML, read the way the HTML standard's tokenizer reads them (WHATWG
/// HTML, "Tokenization"): names in any case, attributes with or without quotes and with white
/// space around <c>=</c>, no white space needed after a quoted value, comments, doctypes and
/// processing instructions skipped, and the content of <c>script</c>, <c>style</c>,
/// <c>textarea</c>, <c>title</c> and the other raw text elements not read as tags. A tag cut off by
/// the end of the text is no tag, as in a browser.
/// </summary>
/// <remarks>
/// Tokenization only: no tree is built, so it is cheap enough for every article's HTML and for
/// raw HTML fragments (an <c>HtmlBlock</c>'s lines, an <c>HtmlInline</c>'s tag), and the offsets
/// it gives (a tag's, an attribute value's) are those of the text it was given.
/// </remarks>
internal static class RawHtml
{
    /// <summary>The start and end tags of <paramref name="html"/> from <paramref name="start"/> to <paramref name="end"/> (its end when -1), in order.</summary>
    /// <param name="passOver">
    /// Ranges, in order, whose tags are not wanted and change nothing of the tokenizer's state (no
    /// comment, raw text or template starts or ends in them): the parser's own highlighted code,
    /// escaped text and <c>span</c> tags. A '&lt;' in one is not read.
    /// </param>
    public static IEnumerable<HtmlTag> Tags(string html, int start = 0, int end = -1, IReadOnlyList<(int Start, int End)>? passOver = null)
    {
        end = end < 0 ? html.Length : end;
        int at = start;
        int skip = 0;
        while (at < end)
        {
            int open = html.IndexOf('<', at, end - at);
            if (open < 0 || open + 1 >= end)
            {
                yield break;
            }

            if (passOver is not null)
            {
                while (skip < passOver.Count && passOver[skip].End <= open)
                {
                    skip++;
                }

                if (skip < passOver.Count && passOver[skip].Start <= open)
                {
                    at = passOver[skip].End;
                    continue;
                }
            }

            char next = html[open + 1];
            if (IsAsciiLetter(next) || (next == '/' && open + 2 < end && IsAsciiLetter(html[open + 2])))
            {
                HtmlTag? tag = ReadTag(html, open, end);
                if (tag is null)
                {
                    yield break; // Cut off by the end: the rest is no tag.
                }

                yield return tag.Value;
                at = !tag.Value.IsEnd && RawTextEnd(tag.Value.Name) is { } closing ? SkipRawText(html, tag.Value.End, end, closing) : tag.Value.End;
            }
            else if (next == '!' && string.CompareOrdinal(html, open, "<!--", 0, 4) == 0 && open + 4 <= end)
            {
                at = CommentEnd(html, open + 4, end);
            }
            else if (next is '!' or '?' || next == '/')
            {
                // A doctype, CDATA outside foreign content, a processing instruction or '</' plus a
                // non-letter: a "bogus comment" up to the next '>'.
                int close = html.IndexOf('>', open + 2 > end ? end : open + 2, Math.Max(0, end - open - 2));
                at = close < 0 ? end : close + 1;
            }
            else
            {
                at = open + 1; // A '<' of text.
            }
        }
    }

    /// <summary>The tag whose <c>&lt;</c> is at <paramref name="open"/>, or null when the text ends inside it.</summary>
    public static HtmlTag? ReadTag(string html, int open, int end = -1)
    {
        end = end < 0 ? html.Length : end;
        bool isEnd = open + 1 < end && html[open + 1] == '/';
        int i = open + (isEnd ? 2 : 1);
        int nameStart = i;
        while (i < end && !IsSpace(html[i]) && html[i] is not ('/' or '>'))
        {
            i++;
        }

        int nameEnd = i;
        while (NextAttribute(html, ref i, end, out _))
        {
        }

        return i < end ? new HtmlTag(html, Lower(html, nameStart, nameEnd - nameStart), isEnd, open, i + 1, nameEnd) : null;
    }

    /// <summary>One attribute as written: where its name and value stand (the value -1 when it has none).</summary>
    private readonly record struct Written(int NameStart, int NameLength, int ValueStart, int ValueLength, char Quote);

    /// <summary>
    /// Reads the attribute at <paramref name="i"/> (the tokenizer's "before attribute name" state)
    /// and moves past it; false at the tag's <c>&gt;</c> (<paramref name="i"/> on it) or at the end
    /// of the text (<paramref name="i"/> at <paramref name="end"/>).
    /// </summary>
    private static bool NextAttribute(string html, ref int i, int end, out Written attribute)
    {
        attribute = default;

        // White space and '/' (a self-closing mark, or a stray one) come between attributes.
        while (i < end && (IsSpace(html[i]) || html[i] == '/'))
        {
            i++;
        }

        if (i >= end || html[i] == '>')
        {
            return false;
        }

        // The name: anything up to white space, '/', '>' or '=' ('=' may also be its first character).
        int nameStart = i++;
        while (i < end && !IsSpace(html[i]) && html[i] is not ('/' or '>' or '='))
        {
            i++;
        }

        int nameLength = i - nameStart;
        while (i < end && IsSpace(html[i]))
        {
            i++;
        }

        if (i >= end || html[i] != '=')
        {
            // No value: what follows starts the next attribute, or closes the tag.
            attribute = new Written(nameStart, nameLength, -1, 0, '\0');
            return true;
        }

        i++;
        while (i < end && IsSpace(html[i]))
        {
            i++;
        }

        if (i >= end)
        {
            return false;
        }

        char quote = html[i];
        if (quote is '"' or '\'')
        {
            int close = html.IndexOf(quote, i + 1, end - i - 1);
            if (close < 0)
            {
                i = end;
                return false;
            }

            attribute = new Written(nameStart, nameLength, i + 1, close - i - 1, quote);
            i = close + 1;
            return true;
        }

        int valueStart = i;
        while (i < end && !IsSpace(html[i]) && html[i] != '>')
        {
            i++;
        }

        attribute = new Written(nameStart, nameLength, valueStart, i - valueStart, '\0');
        return true;
    }

    /// <summary>The attributes between <paramref name="from"/> and the tag's end, the first of each name.</summary>
    internal static IReadOnlyList<HtmlAttribute> ReadAttributes(string html, int from, int tagEnd)
    {
        List<HtmlAttribute>? attributes = null;
        int i = from;
        while (NextAttribute(html, ref i, tagEnd, out Written written))
        {
            string name = Lower(html, written.NameStart, written.NameLength);
            attributes ??= [];
            if (!Has(attributes, name))
            {
                attributes.Add(Read(html, name, written));
            }
        }

        return (IReadOnlyList<HtmlAttribute>?)attributes ?? Array.Empty<HtmlAttribute>();
    }

    /// <summary>The first attribute named <paramref name="name"/> (ASCII lower case) between <paramref name="from"/> and the tag's end.</summary>
    internal static HtmlAttribute? FindAttribute(string html, int from, int tagEnd, string name)
    {
        int i = from;
        while (NextAttribute(html, ref i, tagEnd, out Written written))
        {
            if (written.NameLength == name.Length && IsNamed(html, written.NameStart, name))
            {
                return Read(html, name, written);
            }
        }

        return null;
    }

    private static HtmlAttribute Read(string html, string name, Written written) =>
        written.ValueStart < 0
            ? new HtmlAttribute(name, string.Empty, written.NameStart + written.NameLength, 0, '\0')
            : new HtmlAttribute(name, Shared.HtmlText.Decode(html.Substring(written.ValueStart, written.ValueLength)), written.ValueStart, written.ValueLength, written.Quote);

    /// <summary>Whether the name at <paramref name="start"/> is <paramref name="lower"/> in any ASCII case.</summary>
    private static bool IsNamed(string html, int start, string lower)
    {
        for (int k = 0; k < lower.Length; k++)
        {
            char c = html[start + k];
            if ((c is >= 'A' and <= 'Z' ? (char)(c + 32) : c) != lower[k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool Has(List<HtmlAttribute> attributes, string name)
    {
        foreach (HtmlAttribute attribute in attributes)
        {
            if (attribute.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end tag that closes an element whose content is text, not tags (null for any other element).</summary>
    private static string? RawTextEnd(string name) => name switch
    {
        "script" => "</script",
        "style" => "</style",
        "textarea" => "</textarea",
        "title" => "</title",
        "xmp" => "</xmp",
        "iframe" => "</iframe",
        "noembed" => "</noembed",
        "noframes" => "</noframes",
        "noscript" => "</noscript", // Browsers run scripts, so its content is text to them.
        "plaintext" => string.Empty, // Never closed: the rest is text.
        _ => null,
    };

    /// <summary>The offset of the end tag (<paramref name="closing"/> then white space, '/' or '>', any case) that ends the raw text from <paramref name="from"/>.</summary>
    private static int SkipRawText(string html, int from, int end, string closing)
    {
        if (closing.Length == 0)
        {
            return end;
        }

        for (int at = html.IndexOf(closing, from, end - from, StringComparison.OrdinalIgnoreCase); at >= 0; at = html.IndexOf(closing, at + 1, end - at - 1, StringComparison.OrdinalIgnoreCase))
        {
            int after = at + closing.Length;
            if (after < end && (IsSpace(html[after]) || html[after] is '/' or '>'))
            {
                return at;
            }
        }

        return end;
    }

    /// <summary>Just after the comment whose text starts at <paramref name="from"/> (after <c>&lt;!--</c>): <c>--&gt;</c>, <c>--!&gt;</c>, or an abrupt <c>&gt;</c> or <c>-&gt;</c> at once.</summary>
    private static int CommentEnd(string html, int from, int end)
    {
        if (from < end && html[from] == '>')
        {
            return from + 1;
        }

        if (from + 1 < end && html[from] == '-' && html[from + 1] == '>')
        {
            return from + 2;
        }

        for (int at = html.IndexOf("--", from, end - from, StringComparison.Ordinal); at >= 0 && at + 2 < end; at = html.IndexOf("--", at + 1, end - at - 1, StringComparison.Ordinal))
        {
            if (html[at + 2] == '>')
            {
                return at + 3;
            }

            if (html[at + 2] == '!' && at + 3 < end && html[at + 3] == '>')
            {
                return at + 4;
            }
        }

        return end;
    }

    /// <summary>HTML's white space in a tag (CR too: the input stream turns it into LF).</summary>
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>ASCII lower case only, as HTML folds names; the common names without a copy.</summary>
    private static string Lower(string html, int start, int length)
    {
        foreach (string known in KnownNames)
        {
            if (known.Length == length && IsNamed(html, start, known))
            {
                return known;
            }
        }

        char[] name = html.ToCharArray(start, length);
        for (int i = 0; i < name.Length; i++)
        {
            if (name[i] is >= 'A' and <= 'Z')
            {
                name[i] = (char)(name[i] + 32);
            }
        }

        return new string(name);
    }

    private static readonly string[] KnownNames = ["a", "p", "id", "li", "h1", "h2", "h3", "h4", "h5", "h6", "em", "ul", "ol", "pre", "img", "src", "alt", "div", "code", "name", "href", "span", "class", "width", "height", "title", "strong"];
}
