using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;
using ContentGen.Generator.Model;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Generator.Parsing;

/// <summary>
/// Markdown articles (docs/format.md, "Markdown"): the same front matter as plain text, the body
/// parsed and rendered by Markdig at compile time, into the same model.
/// </summary>
/// <remarks>A pure function of its inputs, like <see cref="TextArticleParser"/>: paths are checked later, against the project's files.</remarks>
internal static class MarkdownArticleParser
{
    /// <summary>
    /// The default pipeline (<see cref="MarkdownExtensions.Default"/>): CommonMark with GitHub-style
    /// heading ids, pipe tables, strikethrough, task lists, autolinks and alerts, with precise
    /// source locations. Tests render with it to prove the generated <c>Html</c> equal to Markdig's output.
    /// </summary>
    public static MarkdownPipeline Pipeline => MarkdownExtensions.Pipeline(MarkdownExtensions.Normalize(null));

    /// <param name="extensions">The project's Markdig extensions, normalized (<see cref="MarkdownExtensions.Normalize"/>); the default when null.</param>
    /// <param name="highlightCode">Fenced code with a language is highlighted; an unknown language is CG0040.</param>
    /// <param name="headingAnchors">Each heading with an id gets a self-link.</param>
    public static ParseResult Parse(SourceText text, ContentFile file, CancellationToken cancellationToken, string? extensions = null, bool highlightCode = true, bool headingAnchors = false)
    {
        MarkdownPipeline pipeline = MarkdownExtensions.Pipeline(extensions ?? MarkdownExtensions.Normalize(null), highlightCode, headingAnchors);

        // One copy of the file for every check and for the body Markdig reads.
        string all = text.ToString();
        if (TextArticleParser.Binary(text, all, file) is { } binary)
        {
            return binary;
        }

        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        int reported = 0;
        bool loneSurrogates = TextArticleParser.CheckCharacters(text, 0, all, all.Length > 0 && all[0] == '\uFEFF' ? 1 : 0, file, ref reported, diagnostics);

        FrontMatter frontMatter = FrontMatterParser.Parse(text, file.Path, diagnostics);
        MetadataModel? metadata = frontMatter.Metadata;

        // Markdig reads the body only; its offsets are shifted back into the file, whose own line
        // map gives lines and columns (CRLF, BOM and the front matter included).
        int bodyStart = frontMatter.BodyLine < text.Lines.Count ? text.Lines[frontMatter.BodyLine].Start : text.Length;
        if (bodyStart == 0 && text.Length > 0 && text[0] == '\uFEFF')
        {
            bodyStart = 1;
        }

        string body = bodyStart == 0 ? all : all.Substring(bodyStart);
        if (loneSurrogates)
        {
            body = TextArticleParser.ReplaceLoneSurrogates(body);
        }

        cancellationToken.ThrowIfCancellationRequested();
        MarkdownDocument document = Markdown.Parse(body, pipeline);

        var reader = new Reader(text, file, body, bodyStart, diagnostics, highlightCode);
        foreach (SlugReference reference in metadata?.Related ?? EquatableArray<SlugReference>.Empty)
        {
            reader.Links.Add(new LinkModel(reference.Slug, LinkKind.Related, -1, string.Empty, HasUrl: false, reference.Location, IsSlugReference: true));
            reader.LinkSources.Add(null);
        }

        reader.ReadAll(document, cancellationToken);

        cancellationToken.ThrowIfCancellationRequested();
        Rendered rendered = Render(document, pipeline);
        string html = rendered.Html;

        // A page of front matter, headings, a table or code is a page: no paragraph is needed.
        string? firstHeading = reader.Headings.FirstOrDefault(h => h.Text.Length > 0)?.Text;
        ArticleModel article = TextArticleParser.Build(text, file, metadata, reader.FirstTitle, reader.Paragraphs, reader.Links, reader.Lead, diagnostics, firstHeading, requireParagraph: false) with
        {
            Headings = reader.Headings.ToEquatableArray(),
            Html = html,
            Files = reader.PlacedFiles(rendered).ToEquatableArray(),
            HtmlSpans = Spans(reader, rendered),
            Anchors = HtmlAnchors.Of(html, rendered.Code),
        };
        return new ParseResult(article, diagnostics.ToImmutable().ToEquatableArray());
    }

    /// <summary>The HTML, and where the parser's objects were written in it.</summary>
    /// <param name="Html">Byte for byte what <c>Markdown.ToHtml</c> gives.</param>
    /// <param name="Places">Where each paragraph, heading, link and raw HTML object was written (start, end).</param>
    /// <param name="Code">Where highlighted code was written: escaped text and token spans only, in order.</param>
    private sealed record Rendered(string Html, Dictionary<MarkdownObject, (int Start, int End)> Places, List<(int Start, int End)> Code);

    /// <summary>
    /// Renders the document once, recording where the objects the parser needs were written: each
    /// renderer is wrapped (<see cref="Recording"/>), instead of two events raised for every object.
    /// </summary>
    private static Rendered Render(MarkdownDocument document, MarkdownPipeline pipeline)
    {
        var writer = new System.IO.StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        StringBuilder output = writer.GetStringBuilder();
        var places = new Dictionary<MarkdownObject, (int Start, int End)>();
        var code = new List<(int Start, int End)>();
        ObjectRendererCollection renderers = renderer.ObjectRenderers;
        for (int i = 0; i < renderers.Count; i++)
        {
            IMarkdownObjectRenderer inner = renderers[i];
            if (inner is MarkdownRendering.HighlightedCodeRenderer highlighted)
            {
                highlighted.Written = code;
            }

            // Every renderer, not only those of the six types: an extension's renderer for a subtype
            // (a LinkInline of its own) writes objects the parser must place too.
            renderers[i] = new Recording(inner, output, places);
        }

        renderer.Render(document);
        writer.Flush();
        return new Rendered(output.ToString(), places, code);
    }

    /// <summary>An object renderer that notes where each object it writes starts and ends in the output.</summary>
    private sealed class Recording(IMarkdownObjectRenderer inner, StringBuilder output, Dictionary<MarkdownObject, (int Start, int End)> places) : IMarkdownObjectRenderer
    {
        public bool Accept(RendererBase renderer, Type objectType) => inner.Accept(renderer, objectType);

        public void Write(RendererBase renderer, MarkdownObject objectToRender)
        {
            int start = output.Length;
            inner.Write(renderer, objectToRender);
            if (objectToRender is ParagraphBlock or HeadingBlock or LinkInline or AutolinkInline or HtmlBlock or HtmlInline)
            {
                places[objectToRender] = (start, output.Length);
            }
        }
    }

    /// <summary>
    /// For each paragraph, link and heading text (in the payload's order), where the same words
    /// stand in the HTML, or -1 where the runtime's <see cref="Shared.HtmlText"/> would not give
    /// exactly them: then the text itself is stored. Most texts are spans, and the payload
    /// carries the words once (docs/performance.md).
    /// </summary>
    private static EquatableArray<int> Spans(Reader reader, Rendered rendered)
    {
        string html = rendered.Html;
        Dictionary<MarkdownObject, (int Start, int End)> places = rendered.Places;
        int[] spans = new int[(reader.Paragraphs.Count + reader.Links.Count + reader.Headings.Count) * 2];
        int next = 0;
        void Add(MarkdownObject? item, string expected)
        {
            if (item is not null && places.TryGetValue(item, out (int Start, int End) at))
            {
                if (item is HeadingBlock && html.IndexOf(MarkdownRendering.AnchorStart, at.Start, at.End - at.Start, StringComparison.Ordinal) is int anchor and >= 0)
                {
                    at.End = anchor; // The self-link's '#' is not the heading's text.
                }

                if (Shared.HtmlText.Matches(html, at.Start, at.End - at.Start, expected))
                {
                    spans[next++] = at.Start;
                    spans[next++] = at.End - at.Start;
                    return;
                }
            }

            spans[next++] = -1;
            spans[next++] = 0;
        }

        for (int i = 0; i < reader.Paragraphs.Count; i++)
        {
            Add(reader.ParagraphSources[i], reader.Paragraphs[i]);
        }

        for (int i = 0; i < reader.Links.Count; i++)
        {
            Add(reader.LinkSources[i], reader.Links[i].Text);
        }

        for (int i = 0; i < reader.Headings.Count; i++)
        {
            Add(reader.HeadingSources[i], reader.Headings[i].Text);
        }

        return spans.ToEquatableArray();
    }

    /// <summary>Walks the blocks in document order, collecting paragraphs, links, headings and file references.</summary>
    private sealed class Reader(SourceText text, ContentFile file, string body, int bodyStart, ImmutableArray<DiagnosticInfo>.Builder diagnostics, bool highlightCode)
    {
        public List<string> Paragraphs { get; } = [];

        public List<LinkModel> Links { get; } = [];

        public List<HeadingModel> Headings { get; } = [];

        public List<FileReference> Files { get; } = [];

        /// <summary>The Markdown link or image each file reference came from.</summary>
        public List<MarkdownObject> FileSources { get; } = [];

        /// <summary>Raw HTML blocks and inline tags, in document order: their <c>&lt;img&gt;</c> tags show images too.</summary>
        public List<MarkdownObject> RawHtml { get; } = [];

        /// <summary>The Markdown object each paragraph, link and heading came from (null where there is none: front matter links, 'Also read:' lines).</summary>
        public List<MarkdownObject?> ParagraphSources { get; } = [];

        public List<MarkdownObject?> LinkSources { get; } = [];

        public List<MarkdownObject?> HeadingSources { get; } = [];

        /// <summary>One builder for every text this article flattens.</summary>
        private readonly StringBuilder _flat = new();

        /// <summary>The first level-1 heading: the title when the front matter has none.</summary>
        public string? FirstTitle { get; private set; }

        /// <summary>The first paragraph, where CG0014 points when the title is derived from it.</summary>
        public TextSpan? Lead { get; private set; }

        /// <summary>
        /// Every block in document order (a parent before its children), as Markdig's
        /// <c>Descendants</c> gives them, by a direct walk: its nested iterators were 0.6 s of a C10k build.
        /// </summary>
        public void ReadAll(ContainerBlock container, CancellationToken cancellationToken)
        {
            foreach (Block block in container)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Read(block);
                if (block is ContainerBlock children)
                {
                    ReadAll(children, cancellationToken);
                }
            }
        }

        private void Read(Block block)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    string title = Flatten(heading.Inline, _flat);
                    Headings.Add(new HeadingModel(heading.Level, title, heading.TryGetAttributes()?.Id ?? string.Empty));
                    HeadingSources.Add(heading);
                    if (heading.Level == 1 && FirstTitle is null && title.Length > 0)
                    {
                        FirstTitle = title;
                    }

                    References(heading.Inline, linkParagraph: -1);
                    break;

                case ParagraphBlock paragraph when !InTable(paragraph):
                    Paragraph(paragraph);
                    break;

                case FencedCodeBlock { Info: { Length: > 0 } info } fenced when highlightCode:
                    Language(fenced, info);
                    break;

                case HtmlBlock raw:
                    RawHtml.Add(raw);
                    break;

                case LeafBlock leaf:
                    // Tables and other leaves hold inlines too: their links and images are checked.
                    References(leaf.Inline, linkParagraph: -1);
                    break;
            }
        }

        /// <summary>A fenced block's language that nothing highlights: the block stays plain, and CG0040 (info) says so at the name.</summary>
        private void Language(FencedCodeBlock fenced, string info)
        {
            if (Highlighting.CodeLanguages.IsPlain(info) || Highlighting.CodeLanguages.Highlights(info))
            {
                return;
            }

            int line = Math.Min(body.Length, Math.Max(0, fenced.Span.Start));
            int end = body.IndexOfAny(['\r', '\n'], line) is int eol and >= 0 ? eol : body.Length;
            int at = body.IndexOf(info, line, end - line, StringComparison.Ordinal);
            TextSpan span = at >= 0 ? new TextSpan(bodyStart + at, info.Length) : new TextSpan(bodyStart + line, end - line);
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnknownCodeLanguage, Where(span), info));
        }

        /// <summary>Table cells hold paragraph blocks, but a cell is not a paragraph of the article.</summary>
        private static bool InTable(Block block)
        {
            for (Block? parent = block.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is Markdig.Extensions.Tables.Table)
                {
                    return true;
                }
            }

            return false;
        }

        private void Paragraph(ParagraphBlock paragraph)
        {
            string flat = Flatten(paragraph.Inline, _flat);
            if (flat.Length == 0)
            {
                // An image on its own (or only markup): no text, but its destination is checked.
                References(paragraph.Inline, linkParagraph: -1);
                return;
            }

            if (flat.StartsWith(TextArticleParser.RelatedPrefix, StringComparison.OrdinalIgnoreCase))
            {
                string rest = TextArticleParser.Trim(flat.Substring(TextArticleParser.RelatedPrefix.Length));
                int at = bodyStart + paragraph.Span.Start;
                if (rest.Length == 0)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.EmptyRelatedLink, Where(new TextSpan(at, TextArticleParser.RelatedPrefix.Length)), flat.Substring(0, TextArticleParser.RelatedPrefix.Length)));
                }
                else
                {
                    bool url = TextArticleParser.IsAbsoluteWebUrl(rest);
                    Links.Add(new LinkModel(rest, LinkKind.Related, Paragraphs.Count - 1, url ? rest : string.Empty, url, Where(RestSpan(paragraph))));
                    LinkSources.Add(null);
                }

                References(paragraph.Inline, linkParagraph: -1);
                return;
            }

            Lead ??= new TextSpan(bodyStart + paragraph.Span.Start, paragraph.Span.Length);
            References(paragraph.Inline, linkParagraph: Paragraphs.Count);
            Paragraphs.Add(flat);
            ParagraphSources.Add(paragraph);
        }

        /// <summary>Links become <c>Link</c>s (in a paragraph); local links and images become file references to check.</summary>
        private void References(ContainerInline? inlines, int linkParagraph)
        {
            for (Inline? inline = inlines?.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                Reference(inline, linkParagraph);
                if (inline is ContainerInline nested)
                {
                    References(nested, linkParagraph);
                }
            }
        }

        /// <summary>One inline: raw HTML is noted, a link becomes a <c>Link</c> (in a paragraph), a local destination a file reference.</summary>
        private void Reference(Inline inline, int linkParagraph)
        {
            if (inline is HtmlInline)
            {
                RawHtml.Add(inline);
                return;
            }

            string? url = inline switch
            {
                LinkInline link => link.Url,
                AutolinkInline auto when !auto.IsEmail => auto.Url,
                _ => null,
            };
            if (url is null)
            {
                return;
            }

            bool image = inline is LinkInline { IsImage: true };
            SourceSpan span = inline is LinkInline { UrlSpan: { IsEmpty: false } urlSpan } ? urlSpan : inline.Span;
            LocationInfo location = Where(new TextSpan(bodyStart + span.Start, Math.Max(0, span.Length)));
            int linkIndex = -1;
            (string Path, string Anchor, bool IsFolder)? local = LocalPath(url);
            if (!image && linkParagraph >= 0)
            {
                bool absolute = TextArticleParser.IsAbsoluteWebUrl(url);
                bool relative = !absolute && local is not null && Uri.TryCreate(url, UriKind.Relative, out _);
                linkIndex = Links.Count;
                // The words the reader sees; a link without any (an image only, empty brackets) is named by its destination.
                string words = inline is LinkInline label ? Flatten(label, _flat) : url;
                Links.Add(new LinkModel(words.Length > 0 ? words : url, LinkKind.Inline, linkParagraph, url, absolute || relative, location, IsRelative: relative));
                LinkSources.Add(inline);
            }

            if (local is { } reference)
            {
                Files.Add(new FileReference(reference.Path, reference.Anchor, image, linkIndex, url, location, reference.IsFolder));
                FileSources.Add(inline);
            }
        }

        /// <summary>
        /// The file references with their places in the rendered HTML (<see cref="HtmlPlaces"/>),
        /// then the local images of raw <c>&lt;img&gt;</c> tags, checked like Markdown images. A raw
        /// tag is matched to its source by its order within its block, and left out when the counts
        /// differ (<c>nohtml</c> escapes the tags, so they show nothing).
        /// </summary>
        public List<FileReference> PlacedFiles(Rendered result)
        {
            string html = result.Html;
            Dictionary<MarkdownObject, (int Start, int End)> rendered = result.Places;
            var files = new List<FileReference>(Files.Count);
            for (int i = 0; i < Files.Count; i++)
            {
                FileReference file = Files[i];
                HtmlPlace? place = rendered.TryGetValue(FileSources[i], out (int Start, int End) at)
                    ? file.IsImage ? HtmlPlaces.OfImage(html, at.Start, at.End) : HtmlPlaces.OfLink(html, at.Start, at.End)
                    : null;
                files.Add(place is null ? file : file with { Html = place });
            }

            foreach (MarkdownObject raw in RawHtml)
            {
                if (!rendered.TryGetValue(raw, out (int Start, int End) at))
                {
                    continue;
                }

                int sourceStart = Math.Max(0, raw.Span.Start);
                int sourceEnd = Math.Min(body.Length, raw.Span.End + 1);
                List<HtmlPlaces.RawImage> written = HtmlPlaces.RawImages(body, sourceStart, sourceEnd);
                List<HtmlPlaces.RawImage> output = HtmlPlaces.RawImages(html, at.Start, at.End);
                if (written.Count != output.Count)
                {
                    continue;
                }

                for (int i = 0; i < written.Count; i++)
                {
                    string src = written[i].Text.Trim();
                    if (LocalPath(src) is { } local && local.Path.Length > 0)
                    {
                        HtmlPlaces.RawImage tag = output[i];
                        LocationInfo location = Where(new TextSpan(bodyStart + written[i].Value, written[i].Length));
                        files.Add(new FileReference(local.Path, local.Anchor, IsImage: true, -1, src, location, Html: new HtmlPlace(tag.Value, tag.Length, tag.Insert, tag.HasSize, tag.HasLoading)));
                    }
                }
            }

            return files;
        }

        /// <summary>
        /// The project-relative file and anchor a destination names, or null for what is not a
        /// local file: a scheme (<c>https:</c>, <c>mailto:</c>), a rooted path (a site URL), <c>//host</c>.
        /// </summary>
        private (string Path, string Anchor, bool IsFolder)? LocalPath(string url)
        {
            if (url.Length == 0 || url.StartsWith("/", StringComparison.Ordinal) || url.StartsWith("\\", StringComparison.Ordinal))
            {
                return null;
            }

            int colon = url.IndexOf(':');
            int slash = url.IndexOfAny(['/', '?', '#']);
            if (colon >= 0 && (slash < 0 || colon < slash))
            {
                return null;
            }

            int hash = url.IndexOf('#');
            string anchor = hash >= 0 ? Unescape(url.Substring(hash + 1)) : string.Empty;
            string path = hash >= 0 ? url.Substring(0, hash) : url;
            int query = path.IndexOf('?');
            if (query >= 0)
            {
                path = path.Substring(0, query);
            }

            if (path.Length == 0)
            {
                return (string.Empty, anchor, false); // "#part": this article.
            }

            int folder = file.SourcePath.LastIndexOf('/');
            string combined = (folder >= 0 ? file.SourcePath.Substring(0, folder + 1) : string.Empty) + Unescape(path);
            return (ContentPath.Collapse(combined), anchor, path.EndsWith("/", StringComparison.Ordinal) || path == "." || path.EndsWith("/.", StringComparison.Ordinal));
        }

        private static string Unescape(string value)
        {
            try
            {
                return Uri.UnescapeDataString(value);
            }
            catch (UriFormatException)
            {
                return value;
            }
        }

        /// <summary>The text after <c>Also read:</c> in the source, from its first non-blank character to the paragraph's end.</summary>
        private TextSpan RestSpan(ParagraphBlock paragraph)
        {
            int start = paragraph.Span.Start + TextArticleParser.RelatedPrefix.Length;
            int end = paragraph.Span.End + 1;
            while (start < end && start < body.Length && TextArticleParser.IsBlank(body[start]))
            {
                start++;
            }

            return TextSpan.FromBounds(bodyStart + Math.Min(start, end), bodyStart + Math.Min(end, body.Length));
        }

        private LocationInfo Where(TextSpan span) =>
            LocationInfo.Of(file.Path, text, TextSpan.FromBounds(Math.Min(span.Start, text.Length), Math.Min(span.End, text.Length)));
    }

    /// <summary>
    /// Inline markup as plain text: literals and code spans as written, entities decoded, line
    /// breaks as one space, links by their text, images and raw HTML dropped; trimmed. No line breaks remain.
    /// </summary>
    internal static string Flatten(ContainerInline? inlines) => Flatten(inlines, new StringBuilder());

    /// <inheritdoc cref="Flatten(ContainerInline?)"/>
    /// <param name="builder">Emptied and reused: one per article, instead of one per text.</param>
    internal static string Flatten(ContainerInline? inlines, StringBuilder builder)
    {
        if (inlines is null)
        {
            return string.Empty;
        }

        builder.Clear();
        Append(inlines, builder);
        int start = 0;
        int end = builder.Length;
        while (start < end && TextArticleParser.IsBlank(builder[start]))
        {
            start++;
        }

        while (end > start && TextArticleParser.IsBlank(builder[end - 1]))
        {
            end--;
        }

        builder.Replace('\r', ' ', start, end - start).Replace('\n', ' ', start, end - start);
        return builder.ToString(start, end - start);
    }

    private static void Append(ContainerInline container, StringBuilder builder)
    {
        foreach (Inline inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    // The slice itself, not a copy of it; an empty or unset one (Text null) adds nothing, as its ToString gives "".
                    if (literal.Content is { Text: not null, Length: > 0 } content)
                    {
                        builder.Append(content.Text, content.Start, content.Length);
                    }

                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.ToString());
                    break;
                case AutolinkInline autolink:
                    builder.Append(autolink.Url);
                    break;
                case LinkInline { IsImage: true }:
                    // An image is not text: its alt text is for the HTML, not the paragraph.
                    break;
                case ContainerInline nested:
                    Append(nested, builder);
                    break;
            }
        }
    }
}
