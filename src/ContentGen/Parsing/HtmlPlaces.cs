using System.Collections.Generic;
using ContentGen.Generator.Model;

namespace ContentGen.Generator.Parsing;

/// <summary>
/// Where links and images stand in rendered HTML: the <c>href</c> or <c>src</c> value, and for an
/// image the end of its attributes (docs/format.md, "Images" and "Links to pages"). The page step
/// rewrites exactly those places, so the HTML is never rendered twice.
/// </summary>
/// <remarks>Tags are read by <see cref="RawHtml"/>, the one HTML tokenizer of the generator (anchors use it too).</remarks>
internal static class HtmlPlaces
{
    /// <summary>A Markdig link, <c>&lt;a href="..."</c> at <paramref name="start"/>.</summary>
    public static HtmlPlace? OfLink(string html, int start, int end) =>
        At(html, start, end, "a") is { } tag && Place(html, tag, "href") is { } place ? new HtmlPlace(place.Value, place.Length) : null;

    /// <summary>A Markdig image, <c>&lt;img src="..." alt="..." /&gt;</c> at <paramref name="start"/>.</summary>
    public static HtmlPlace? OfImage(string html, int start, int end) =>
        At(html, start, end, "img") is { } tag && Place(html, tag, "src") is { } place ? new HtmlPlace(place.Value, place.Length, place.Insert, place.HasSize, place.HasLoading) : null;

    /// <summary>Every <c>&lt;img&gt;</c> start tag with a src in <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>, as the tokenizer reads them (none in comments or raw text).</summary>
    public static List<RawImage> RawImages(string text, int start, int end)
    {
        var images = new List<RawImage>();
        foreach (HtmlTag tag in RawHtml.Tags(text, start, end))
        {
            if (!tag.IsEnd && tag.Name == "img" && Place(text, tag, "src") is { } image)
            {
                images.Add(image);
            }
        }

        return images;
    }

    /// <summary>A tag's attribute of interest: where its value is as written, its decoded text, and where new attributes go.</summary>
    internal sealed record RawImage(int Value, int Length, string Text, int Insert, bool HasSize, bool HasLoading);

    private static HtmlTag? At(string html, int start, int end, string name) =>
        start >= 0 && start < end && html[start] == '<' && RawHtml.ReadTag(html, start, end) is { IsEnd: false } tag && tag.Name == name ? tag : null;

    private static RawImage? Place(string html, HtmlTag tag, string attribute)
    {
        // An attribute without a value (<img src>) names nothing.
        if (tag.Attribute(attribute) is not { } value || (value.Quote == '\0' && value.ValueLength == 0))
        {
            return null;
        }

        // New attributes go before " />", "/>" or ">", and before the blank ahead of it.
        int insert = tag.End - 1;
        if (insert > tag.Start && html[insert - 1] == '/')
        {
            insert--;
        }

        while (insert > tag.Start && char.IsWhiteSpace(html[insert - 1]))
        {
            insert--;
        }

        // Never inside the last value: an unquoted one may end with the '/' (src=a.png/>).
        foreach (HtmlAttribute written in tag.Attributes)
        {
            insert = System.Math.Max(insert, written.ValueStart + written.ValueLength + (written.Quote == '\0' ? 0 : 1));
        }

        bool size = tag.Attribute("width") is not null || tag.Attribute("height") is not null;
        return new RawImage(value.ValueStart, value.ValueLength, value.Value, insert, size, tag.Attribute("loading") is not null);
    }
}
