using System;
using System.Collections.Generic;
using ContentGen.Generator.Model;

namespace ContentGen.Generator.Parsing;

/// <summary>
/// Where links and images stand in rendered HTML: the <c>href</c> or <c>src</c> value, and for an
/// image the end of its attributes (docs/format.md, "Images" and "Links to pages"). The page step
/// rewrites exactly those places, so the HTML is never rendered twice.
/// </summary>
/// <remarks>
/// Raw <c>&lt;img&gt;</c> tags are read here, in one small place, by a minimal attribute scanner;
/// when the shared raw-HTML tokenizer (Parsing/RawHtml.cs) lands, <see cref="RawImages"/> moves onto it.
/// </remarks>
internal static class HtmlPlaces
{
    /// <summary>A Markdig link, <c>&lt;a href="..."</c> at <paramref name="start"/>.</summary>
    public static HtmlPlace? OfLink(string html, int start, int end) => Tag(html, start, end, "<a ", "href") is { } tag ? new HtmlPlace(tag.Value, tag.Length) : null;

    /// <summary>A Markdig image, <c>&lt;img src="..." alt="..." /&gt;</c> at <paramref name="start"/>.</summary>
    public static HtmlPlace? OfImage(string html, int start, int end) =>
        Tag(html, start, end, "<img", "src") is { } tag ? new HtmlPlace(tag.Value, tag.Length, tag.Insert, tag.HasSize, tag.HasLoading) : null;

    /// <summary>Every <c>&lt;img&gt;</c> tag in <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/> that has a src.</summary>
    public static List<RawImage> RawImages(string text, int start, int end)
    {
        var images = new List<RawImage>();
        for (int at = text.IndexOf('<', start); at >= 0 && at < end; at = text.IndexOf('<', at + 1))
        {
            if (Tag(text, at, end, "<img", "src") is { } tag)
            {
                images.Add(tag);
            }
        }

        return images;
    }

    /// <summary>One tag's attribute of interest: where its value is, and where new attributes go.</summary>
    internal sealed record RawImage(int Value, int Length, string Text, int Insert, bool HasSize, bool HasLoading);

    private static RawImage? Tag(string html, int start, int end, string open, string attribute)
    {
        if (start < 0 || start + open.Length >= end || string.Compare(html, start, open, 0, open.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return null;
        }

        int i = start + open.Length;
        if (open[open.Length - 1] != ' ' && !(char.IsWhiteSpace(html[i]) || html[i] == '/' || html[i] == '>'))
        {
            return null; // <imgx>, not <img>.
        }

        int value = -1, length = 0;
        bool size = false, loading = false;
        while (i < end)
        {
            while (i < end && (char.IsWhiteSpace(html[i]) || html[i] == '/'))
            {
                i++;
            }

            if (i >= end)
            {
                return null;
            }

            if (html[i] == '>')
            {
                if (value < 0)
                {
                    return null;
                }

                // Before " />", "/>" or ">", and before the blank ahead of it.
                int insert = i;
                if (insert > start && html[insert - 1] == '/')
                {
                    insert--;
                }

                while (insert > start && char.IsWhiteSpace(html[insert - 1]))
                {
                    insert--;
                }

                return new RawImage(value, length, html.Substring(value, length), insert, size, loading);
            }

            int nameStart = i;
            while (i < end && !char.IsWhiteSpace(html[i]) && html[i] is not ('/' or '>' or '='))
            {
                i++;
            }

            string name = html.Substring(nameStart, i - nameStart);
            int valueStart = -1, valueLength = 0;
            if (i < end && html[i] == '=')
            {
                i++;
                if (i < end && html[i] is '"' or '\'')
                {
                    char quote = html[i];
                    int close = html.IndexOf(quote, i + 1);
                    if (close < 0 || close >= end)
                    {
                        return null;
                    }

                    valueStart = i + 1;
                    valueLength = close - valueStart;
                    i = close + 1;
                }
                else
                {
                    valueStart = i;
                    while (i < end && !char.IsWhiteSpace(html[i]) && html[i] != '>')
                    {
                        i++;
                    }

                    valueLength = i - valueStart;
                }
            }

            if (name.Equals(attribute, StringComparison.OrdinalIgnoreCase) && value < 0 && valueStart >= 0)
            {
                value = valueStart;
                length = valueLength;
            }
            else if (name.Equals("width", StringComparison.OrdinalIgnoreCase) || name.Equals("height", StringComparison.OrdinalIgnoreCase))
            {
                size = true;
            }
            else if (name.Equals("loading", StringComparison.OrdinalIgnoreCase))
            {
                loading = true;
            }

            if (open == "<a " && value >= 0)
            {
                return new RawImage(value, length, html.Substring(value, length), -1, false, false);
            }
        }

        return null;
    }
}
