using System.Text;

namespace ContentGen.Shared;

/// <summary>
/// The words of a piece of rendered HTML: compiled into both the generator and the runtime, so
/// that a Markdown article stores its paragraph, link and heading texts as spans of its HTML.
/// The generator keeps a span only where this gives exactly the text it parsed (otherwise it
/// stores the text), so the runtime never reads a text that differs from the compiled one.
/// </summary>
internal static class HtmlText
{
    /// <summary>
    /// <paramref name="html"/> from <paramref name="start"/> for <paramref name="length"/>
    /// characters: tags dropped, <c>&amp;amp;</c>, <c>&amp;lt;</c>, <c>&amp;gt;</c>,
    /// <c>&amp;quot;</c>, <c>&amp;#39;</c> and numeric references decoded, line breaks as
    /// spaces, blank characters trimmed at both ends.
    /// </summary>
    public static string Of(string html, int start, int length)
    {
        var text = new StringBuilder(length);
        int end = start + length;
        for (int i = start; i < end; i++)
        {
            char c = html[i];
            if (c == '<')
            {
                int close = html.IndexOf('>', i + 1, end - i - 1);
                i = close < 0 ? end : close;
            }
            else if (c == '&' && Reference(html, i, end, out string? decoded, out int after))
            {
                text.Append(decoded);
                i = after - 1;
            }
            else
            {
                text.Append(c is '\r' or '\n' ? ' ' : c);
            }
        }

        int first = 0;
        int last = text.Length;
        while (first < last && IsBlank(text[first]))
        {
            first++;
        }

        while (last > first && IsBlank(text[last - 1]))
        {
            last--;
        }

        return text.ToString(first, last - first);
    }

    /// <summary>
    /// Whether <see cref="Of"/> would give exactly <paramref name="text"/>, without building it: the
    /// generator asks this of every paragraph, link and heading of every article.
    /// </summary>
    public static bool Matches(string html, int start, int length, string text)
    {
        if (text.Length > 0 && (IsBlank(text[0]) || IsBlank(text[text.Length - 1])))
        {
            return false; // Of trims its result: it never gives a text with a blank at either end.
        }

        int end = start + length;
        int at = 0; // The next character of text to match; blanks before the first are skipped, as Of trims them.
        for (int i = start; i < end; i++)
        {
            char c = html[i];
            if (c == '<')
            {
                int close = html.IndexOf('>', i + 1, end - i - 1);
                i = close < 0 ? end : close;
                continue;
            }

            if (c == '&' && Reference(html, i, end, out string? decoded, out int after))
            {
                foreach (char d in decoded!)
                {
                    if (!Next(d, text, ref at))
                    {
                        return false;
                    }
                }

                i = after - 1;
                continue;
            }

            if (!Next(c is '\r' or '\n' ? ' ' : c, text, ref at))
            {
                return false;
            }
        }

        return at == text.Length;
    }

    /// <summary>One character of the HTML's text against the next one of <paramref name="text"/>: blanks outside it are what Of trims.</summary>
    private static bool Next(char c, string text, ref int at)
    {
        if (at < text.Length && (at > 0 || !IsBlank(c)))
        {
            if (c != text[at])
            {
                return false;
            }

            at++;
            return true;
        }

        // Before the text's first character or after its last: only blanks, which Of trims.
        return IsBlank(c);
    }

    /// <summary>An attribute value's text: character references decoded as in <see cref="Of"/>, nothing else changed.</summary>
    public static string Decode(string value)
    {
        if (value.IndexOf('&') < 0)
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] == '&' && Reference(value, i, value.Length, out string? decoded, out int after))
            {
                text.Append(decoded);
                i = after - 1;
            }
            else
            {
                text.Append(value[i]);
            }
        }

        return text.ToString();
    }

    /// <summary>Unicode white space and the invisible zero-width space and BOM: what both parsers trim.</summary>
    public static bool IsBlank(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';

    private static bool Reference(string html, int at, int end, out string? decoded, out int after)
    {
        decoded = null;
        after = at;
        int semicolon = html.IndexOf(';', at + 1, System.Math.Min(12, end - at - 1));
        if (semicolon < 0)
        {
            return false;
        }

        string name = html.Substring(at + 1, semicolon - at - 1);
        decoded = name switch
        {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "#39" => "'",
            _ => Numeric(name),
        };
        after = semicolon + 1;
        return decoded is not null;
    }

    private static string? Numeric(string name)
    {
        if (name.Length < 2 || name[0] != '#')
        {
            return null;
        }

        bool hex = name[1] is 'x' or 'X';
        int value = 0;
        for (int i = hex ? 2 : 1; i < name.Length; i++)
        {
            int digit = name[i] switch
            {
                >= '0' and <= '9' => name[i] - '0',
                >= 'a' and <= 'f' when hex => name[i] - 'a' + 10,
                >= 'A' and <= 'F' when hex => name[i] - 'A' + 10,
                _ => -1,
            };
            if (digit < 0 || value > 0x10FFFF)
            {
                return null;
            }

            value = (value * (hex ? 16 : 10)) + digit;
        }

        return value is > 0 and <= 0x10FFFF and (< 0xD800 or > 0xDFFF) ? char.ConvertFromUtf32(value) : null;
    }
}
