using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;
using ContentGen.Generator.Model;

namespace ContentGen.Generator.Linking;

/// <summary>
/// An article's final HTML, once links are resolved and image sizes known (docs/format.md,
/// "Links to pages" and "Images"): links between articles become page URLs, assets asset URLs,
/// and local images get width, height and <c>loading="lazy"</c> after the first. Markdig is not run
/// again: the parser recorded where each link and image stands in the HTML (<see cref="HtmlPlace"/>),
/// and only those places change; the texts' spans of the HTML shift with them.
/// </summary>
internal static class PageHtml
{
    /// <summary>The image formats the package's task reads sizes of, by extension.</summary>
    public static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg"];

    public static RenderedArticle Render(ArticleModel article, PageContext context)
    {
        var diagnostics = new List<DiagnosticInfo>();
        article = WithImageValues(article, context, diagnostics);
        if (article.Html is not { } html || article.Files.Count == 0)
        {
            return new RenderedArticle(article, diagnostics.ToEquatableArray());
        }

        RenderOptions options = context.Options;
        var edits = new List<(int At, int Remove, string Insert)>();
        bool first = true;
        foreach (FileReference file in article.Files.OrderBy(f => f.Html?.Value ?? int.MaxValue))
        {
            var located = LinkResolver.Locate(file, context.Index);
            if (located is not { } found)
            {
                continue; // Missing: resolution reported it (CG0025, CG0027).
            }

            if (!file.IsImage)
            {
                string? url = found.Article is { } target
                    ? Url(options.PageUrl, RenderOptions.SlugPlaceholder, target.Entry.Slug) is { } page ? page + Fragment(file.Written) : null
                    : Url(options.AssetUrl, RenderOptions.PathPlaceholder, AssetPath(found.Found, options)) is { } asset ? asset + Suffix(file.Written) : null;
                if (url is not null && file.Html is { } link)
                {
                    edits.Add((link.Value, link.Length, Escape(url)));
                }

                continue;
            }

            if (file.Html is { } image && Url(options.AssetUrl, RenderOptions.PathPlaceholder, AssetPath(found.Found, options)) is { } src)
            {
                edits.Add((image.Value, image.Length, Escape(src + Suffix(file.Written))));
            }

            if (!context.Images.Present)
            {
                continue;
            }

            string attributes = string.Empty;
            if (Measure(found.Found, file.Written, file.Location, context.Images, diagnostics) is { } info && file.Html is { HasSize: false })
            {
                attributes = string.Format(CultureInfo.InvariantCulture, " width=\"{0}\" height=\"{1}\"", info.Width, info.Height);
            }

            if (file.Html is { Insert: >= 0 } place)
            {
                // The first image may be above the fold: only the ones after it wait for the reader.
                if (!first && !place.HasLoading)
                {
                    attributes += " loading=\"lazy\"";
                }

                first = false;
                if (attributes.Length > 0)
                {
                    edits.Add((place.Insert, 0, attributes));
                }
            }
        }

        if (edits.Count == 0)
        {
            return new RenderedArticle(article, diagnostics.ToEquatableArray());
        }

        edits.Sort((a, b) => a.At.CompareTo(b.At));
        var output = new StringBuilder(html.Length + (edits.Count * 32));
        int at = 0;
        foreach ((int position, int remove, string insert) in edits)
        {
            output.Append(html, at, position - at).Append(insert);
            at = position + remove;
        }

        output.Append(html, at, html.Length - at);
        return new RenderedArticle(article with { Html = output.ToString(), HtmlSpans = Shift(article.HtmlSpans, edits) }, diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// An image's size from the table, or null with the reason as a diagnostic at the reference:
    /// a format the task does not read (CG0042), a file it could not read (CG0041).
    /// </summary>
    private static ImageInfo? Measure(string path, string written, LocationInfo location, ImageTable images, List<DiagnosticInfo> diagnostics)
    {
        if (!ImageExtensions.Contains(Extension(path), StringComparer.OrdinalIgnoreCase))
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnsupportedImage, location, written, path));
            return null;
        }

        if (images.Find(path) is not { } info)
        {
            return null; // Not in the table yet (a design-time build before the task ran): no size, no error.
        }

        if (info.Problem.Length > 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnreadableImage, location, written, path, info.Problem));
            return null;
        }

        return info;
    }

    /// <summary>
    /// A data file's entries with their image values resolved (<c>avatar: ./jane.jpg</c>, relative
    /// to the data file's folder), as an article's are, and the problems found with them.
    /// </summary>
    public static RenderedData RenderData(DataFileResult file, PageContext context)
    {
        if (!file.Entries.Any(e => HasImages(e.Values)))
        {
            return new RenderedData(file, EquatableArray<DiagnosticInfo>.Empty);
        }

        var diagnostics = new List<DiagnosticInfo>();
        string folder = Folder(file.SourcePath);
        var entries = new List<DataEntryModel>(file.Entries.Count);
        foreach (DataEntryModel entry in file.Entries)
        {
            entries.Add(HasImages(entry.Values) ? entry with { Values = ImageValues(entry.Values, folder, entry.Location, context, diagnostics) } : entry);
        }

        return new RenderedData(file with { Entries = entries.ToEquatableArray() }, diagnostics.ToEquatableArray());
    }

    /// <summary>An article's image properties, its nested records' included, resolved against its folder.</summary>
    private static ArticleModel WithImageValues(ArticleModel article, PageContext context, List<DiagnosticInfo> diagnostics) =>
        HasImages(article.Values)
            ? article with { Values = ImageValues(article.Values, Folder(article.SourcePath), article.Location, context, diagnostics) }
            : article;

    /// <summary>Whether any value, in a nested record too, names an image still to resolve.</summary>
    private static bool HasImages(EquatableArray<PropertyValue> values)
    {
        foreach (PropertyValue value in values)
        {
            if ((value.Kind == ValueKind.Image && value.Images.Count > 0) || (value.Kind == ValueKind.Record && value.Records.Any(r => HasImages(r.Values))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Image values (<c>cover: ./cover.jpg</c>), in nested records too: each path, relative to
    /// <paramref name="folder"/>, must be an asset (CG0027) and a readable image (CG0041, CG0042);
    /// its value is its project path, size, format and asset URL (tab-separated, as the payload
    /// writes it).
    /// </summary>
    private static EquatableArray<PropertyValue> ImageValues(EquatableArray<PropertyValue> values, string folder, LocationInfo fallback, PageContext context, List<DiagnosticInfo> diagnostics)
    {
        var resolved = new List<PropertyValue>(values.Count);
        foreach (PropertyValue value in values)
        {
            if (value.Kind == ValueKind.Record && value.Records.Any(r => HasImages(r.Values)))
            {
                resolved.Add(value with { Records = value.Records.Select(r => r with { Values = ImageValues(r.Values, folder, r.Location, context, diagnostics) }).ToEquatableArray() });
                continue;
            }

            if (value.Kind != ValueKind.Image || value.Images.Count == 0)
            {
                resolved.Add(value);
                continue;
            }

            var items = new List<string>(value.Images.Count);
            foreach (ImageReference image in value.Images)
            {
                LocationInfo location = image.Location ?? fallback;
                string path = ContentPath.Collapse(folder + Uri.UnescapeDataString(image.Written.Trim()));
                string? found = context.Index.Asset(path, exact: true) ?? context.Index.Asset(path, exact: false);
                if (found is null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.MissingImage, location, image.Written, path));
                    found = path;
                }
                else if (found != path)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.CaseMismatch, location, "image", image.Written, path, found));
                }

                ImageInfo? info = context.Images.Present ? Measure(found, image.Written, location, context.Images, diagnostics) : null;
                string url = Url(context.Options.AssetUrl, RenderOptions.PathPlaceholder, AssetPath(found, context.Options)) ?? string.Empty;
                items.Add(string.Join("\t", found, (info?.Width ?? 0).ToString(CultureInfo.InvariantCulture), (info?.Height ?? 0).ToString(CultureInfo.InvariantCulture), info?.Format ?? string.Empty, url));
            }

            resolved.Add(value with { Items = items.ToEquatableArray() });
        }

        return resolved.ToEquatableArray();
    }

    /// <summary>The folder of a project-relative path, with its '/'; empty at the project's root.</summary>
    private static string Folder(string sourcePath)
    {
        int slash = sourcePath.LastIndexOf('/');
        return slash >= 0 ? sourcePath.Substring(0, slash + 1) : string.Empty;
    }

    /// <summary>Each text's span moved by the edits before it, and grown by the edits inside it (always inside a tag: the text is the same).</summary>
    private static EquatableArray<int> Shift(EquatableArray<int> spans, List<(int At, int Remove, string Insert)> edits)
    {
        int Moved(int position)
        {
            int delta = 0;
            foreach ((int at, int remove, string insert) in edits)
            {
                if (at >= position)
                {
                    break;
                }

                delta += insert.Length - remove;
            }

            return position + delta;
        }

        int[] shifted = new int[spans.Count];
        for (int i = 0; i + 1 < spans.Count; i += 2)
        {
            if (spans[i] < 0)
            {
                shifted[i] = spans[i];
                shifted[i + 1] = spans[i + 1];
                continue;
            }

            int start = Moved(spans[i]);
            shifted[i] = start;
            shifted[i + 1] = Moved(spans[i] + spans[i + 1]) - start;
        }

        return shifted.ToEquatableArray();
    }

    /// <summary>The pattern with its placeholder replaced by the value, each '/'-separated segment URL-escaped; null when no pattern is set.</summary>
    private static string? Url(string pattern, string placeholder, string value) =>
        pattern.Length == 0 ? null : pattern.Replace(placeholder, string.Join("/", value.Split('/').Select(Uri.EscapeDataString)));

    /// <summary>An asset's path under the content folder (project-relative when outside it), for <c>{path}</c>.</summary>
    private static string AssetPath(string projectRelative, RenderOptions options) =>
        options.ContentDirectory.Length > 0 && projectRelative.StartsWith(options.ContentDirectory, StringComparison.Ordinal)
            ? projectRelative.Substring(options.ContentDirectory.Length)
            : projectRelative;

    /// <summary>The <c>#fragment</c> as written, or nothing.</summary>
    private static string Fragment(string written) => written.IndexOf('#') is int hash and >= 0 ? written.Substring(hash) : string.Empty;

    /// <summary>The <c>?query</c> and <c>#fragment</c> as written, or nothing.</summary>
    private static string Suffix(string written) => written.IndexOfAny(['?', '#']) is int at and >= 0 ? written.Substring(at) : string.Empty;

    private static string Extension(string path)
    {
        int dot = path.LastIndexOf('.');
        return dot > path.LastIndexOf('/') && dot >= 0 ? path.Substring(dot) : string.Empty;
    }

    /// <summary>An attribute value: what Markdig escapes in one.</summary>
    private static string Escape(string value) => value.Replace("&", "&amp;").Replace("\"", "&quot;").Replace("<", "&lt;").Replace(">", "&gt;");
}
