using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Threading;
using ContentGen.Shared;
using ContentGen.Storage;

namespace ContentGen;

/// <summary>
/// One content file (plain text or Markdown), compiled. Reach the articles of a project through
/// the generated <c>Articles</c> class (one property per file, <c>All</c>, <c>Find</c>), or through
/// a <see cref="ContentCollectionAttribute"/> type that derives from this one.
/// </summary>
/// <remarks>
/// The generator stores every article as compressed data in the assembly (docs/performance.md):
/// creating an article decodes nothing but a few numbers; its title, slug and metadata are decoded
/// when first read, and its text when any of it is first read: the HTML at once, the paragraphs,
/// links and headings when one of them is read. No article creates another until a link, backlink
/// or reference is followed. Every member may be read from any thread.
/// </remarks>
[DebuggerDisplay("{Slug,nq}: {Title,nq}")]
public abstract class Article
{
    // Hidden from the debugger's view of an article, which shows its public properties (a
    // collection type's own included): a type proxy would hide those (dotnet/runtime#91526).
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly ArticleData _data;

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private Body? _body;

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private ArticleMetadata? _metadata;

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private ReadOnlyCollection<Article>? _linkedFrom;

    /// <summary>Called by generated code only.</summary>
    /// <param name="data">The article's record.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected Article(ArticleData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _data = data;

        // Visible to reference cycles before the derived constructor reads its references.
        ArticleCatalog.Constructed(data, this);
    }

    /// <summary>The reading speed <see cref="ReadingTime"/> assumes, in words a minute.</summary>
    public static int WordsPerMinute => 238;

    /// <summary>The URL path of the article: derived from its path under the content folder, or as its front matter or item metadata sets it.</summary>
    public string Slug => _data.Slug;

    /// <summary>The headline, or a title derived from the lead when the file has none. Never empty.</summary>
    public string Title => _data.Title;

    /// <summary>
    /// Whether the front matter says <c>draft: true</c>. Drafts are in builds that include them
    /// (ContentGenIncludeDrafts: by default every configuration but Release); a build that leaves
    /// them out has no trace of them.
    /// </summary>
    public bool IsDraft => (_data.Flags & HeadFlags.Draft) != 0;

    /// <summary>The content file, relative to the project directory, with '/' separators.</summary>
    public string SourcePath => _data.SourcePath;

    /// <summary>The paragraphs, in document order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs => Text.Structure.Paragraphs;

    /// <summary>Related and inline links, together in document order.</summary>
    public IReadOnlyList<Link> Links => Text.Structure.Links;

    /// <summary>The number of whitespace-separated tokens in the paragraphs.</summary>
    public int WordCount => _data.WordCount;

    /// <summary><see cref="WordCount"/> read at <see cref="WordsPerMinute"/>, rounded up to whole minutes.</summary>
    public TimeSpan ReadingTime => TimeSpan.FromMinutes((WordCount + WordsPerMinute - 1) / WordsPerMinute);

    /// <summary>The headings of a Markdown article, in document order (a table of contents); empty for plain text.</summary>
    public IReadOnlyList<Heading> Headings => Text.Structure.Headings;

    /// <summary>
    /// The body as HTML: for a Markdown article, rendered by Markdig at compile time, with code
    /// highlighted (<see cref="CodeStyles"/> colours it), images with their width and height, and
    /// links between articles as page URLs when the project sets ContentGenPageUrl; for plain
    /// text, each paragraph as <c>&lt;p&gt;</c> with its text escaped.
    /// </summary>
    public string Html => Text.Html;

    /// <summary>
    /// The front matter's metadata, typed; <see cref="ArticleMetadata.Summary"/> defaults to the
    /// first paragraph. Empty values when the file has no front matter. Reading it never reads the body.
    /// </summary>
    public ArticleMetadata Metadata => Volatile.Read(ref _metadata) ?? Once(ref _metadata, _data.Metadata());

    /// <summary>
    /// The articles whose links resolve to this one ("what links here"), ordered by their source
    /// path; computed at compile time. Reading it creates those articles, nothing more.
    /// </summary>
    public IReadOnlyList<Article> LinkedFrom => Volatile.Read(ref _linkedFrom)
        ?? Once(ref _linkedFrom, Array.AsReadOnly(Array.ConvertAll(_data.LinkedFrom(), source => _data.Resolve(source)!)));

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private Body Text => Volatile.Read(ref _body) ?? TakeBody(redirects: ArticleCatalog.ReloadRetries);

    /// <inheritdoc/>
    public override string ToString() => Title;

    /// <summary>Another index placed this article where its record says another belongs: the payload changed under the state it was read from, which starts again.</summary>
    internal void InvalidateState() => _data.Catalog.Invalidate(_data.State);

    internal Article? ResolveLinkTarget(int linkIndex) =>
        _data.Links[linkIndex].Target is { } target ? _data.Resolve(target) : null;

    /// <summary>The one lazy pattern of this class: two threads may compute at once; both results are equal and one wins.</summary>
    private static T Once<T>(ref T? field, T value)
        where T : class =>
        Interlocked.CompareExchange(ref field, value, null) ?? value;

    /// <summary>
    /// Copies this article's text out of its chunk, which is inflated once for all its articles and
    /// released when the last has taken its text: the HTML as a string, the rest (paragraphs,
    /// links, headings, mostly spans of the HTML) as its few bytes, decoded when first read.
    /// </summary>
    private Body TakeBody(int redirects)
    {
        ArticleData data = _data;
        ArticleCatalog catalog = data.Catalog;

        // After a hot reload the generated methods return the new payload, where this article's
        // offsets mean nothing: its text comes from the article that now has its slug.
        if (!ReferenceEquals(data.State, catalog.State))
        {
            return Redirect(redirects);
        }

        byte[] chunk = data.Bucket.Chunk(data.Chunk);
        int offset = data.BodyOffset;
        int length = data.BodyLength;
        if (length < 2 || (long)offset + length > chunk.Length
            || new PayloadReader(chunk.AsSpan(offset, 2)).UInt16() != PayloadFormat.GuardOf(data.Slug))
        {
            // The chunk changed under this state (an update applied, its handler not run yet).
            catalog.Invalidate(data.State);
            return Redirect(redirects);
        }

        var reader = new PayloadReader(chunk.AsSpan(offset, length)) { Position = 2 };
        string? html = null;
        if (data.HasHtml)
        {
            html = reader.String();
            if ((data.Flags & HeadFlags.LeadHtml) != 0)
            {
                html = string.Concat(data.LeadHtml().Html, html);
            }
        }

        var body = new Body(this, html, chunk.AsSpan(offset + reader.Position, length - reader.Position).ToArray());
        Body? earlier = Interlocked.CompareExchange(ref _body, body, null);
        if (earlier is null)
        {
            data.Bucket.Taken(data.Chunk);
        }

        return earlier ?? body;
    }

    private Body Redirect(int redirects)
    {
        if (redirects == 0)
        {
            throw _data.Catalog.Corrupt($"the text of '{_data.Slug}' is not where its record says");
        }

        ArticleCatalog.BeforeRetry(ArticleCatalog.ReloadRetries - redirects);
        Article? current = _data.Catalog.FindCore(_data.Slug);
        Body body = current is null || ReferenceEquals(current, this)
            ? new Body(this, string.Empty, null)
            : Volatile.Read(ref current._body) ?? current.TakeBody(redirects - 1);
        return Interlocked.CompareExchange(ref _body, body, null) ?? body;
    }

    /// <summary>Plain text as HTML: each paragraph a <c>&lt;p&gt;</c>, escaped as Markdig escapes text.</summary>
    private static string ParagraphsAsHtml(IReadOnlyList<Paragraph> paragraphs)
    {
        var html = new StringBuilder();
        foreach (Paragraph paragraph in paragraphs)
        {
            html.Append("<p>");
            foreach (char c in paragraph.Text)
            {
                _ = c switch
                {
                    '<' => html.Append("&lt;"),
                    '>' => html.Append("&gt;"),
                    '&' => html.Append("&amp;"),
                    '"' => html.Append("&quot;"),
                    _ => html.Append(c),
                };
            }

            html.Append("</p>\n");
        }

        return html.ToString();
    }

    /// <summary>An article's text, taken out of its chunk: the HTML, and the rest until it is decoded.</summary>
    private sealed class Body(Article owner, string? html, byte[]? rest)
    {
        private static readonly Structure None = new([], [], []);

        private readonly string? _markdownHtml = html;
        private byte[]? _rest = rest;
        private Structure? _structure;
        private string? _textHtml;

        public string Html => _markdownHtml ?? Volatile.Read(ref _textHtml) ?? Once(ref _textHtml, ParagraphsAsHtml(Structure.Paragraphs));

        public Structure Structure => Volatile.Read(ref _structure) ?? Decode();

        private Structure Decode()
        {
            byte[]? rest = Volatile.Read(ref _rest);
            if (rest is null)
            {
                // Decoded by another thread, which released the bytes after publishing it; or no text at all.
                return Volatile.Read(ref _structure) ?? None;
            }

            ArticleData data = owner._data;
            string html = _markdownHtml ?? string.Empty;
            var reader = new PayloadReader(rest);
            var paragraphs = new Paragraph[data.ParagraphCount];
            int first = 0;
            if (paragraphs.Length > 0 && (data.Flags & HeadFlags.LeadText) != 0)
            {
                paragraphs[0] = new Paragraph(data.LeadText, 0);
                first = 1;
            }
            else if (paragraphs.Length > 0 && (data.Flags & HeadFlags.LeadHtml) != 0)
            {
                (_, int start, int length) = data.LeadHtml();
                paragraphs[0] = new Paragraph(HtmlText.Of(html, start, length), 0);
                first = 1;
            }

            for (int i = first; i < paragraphs.Length; i++)
            {
                paragraphs[i] = new Paragraph(reader.Text(html), i);
            }

            LinkSlot[] slots = data.Links;
            var links = new Link[slots.Length];
            for (int i = 0; i < links.Length; i++)
            {
                string text = reader.Text(html);
                links[i] = new Link(owner, i, text, reader.String(), slots[i]);
            }

            byte[] levels = data.HeadingLevels();
            var headings = new Heading[levels.Length];
            for (int i = 0; i < headings.Length; i++)
            {
                string text = reader.Text(html);
                headings[i] = new Heading(levels[i], text, reader.String());
            }

            Structure structure = Once(ref _structure, new Structure(paragraphs, links, headings));
            Volatile.Write(ref _rest, null);
            return structure;
        }
    }

    private sealed class Structure(Paragraph[] paragraphs, Link[] links, Heading[] headings)
    {
        public IReadOnlyList<Paragraph> Paragraphs { get; } = Array.AsReadOnly(paragraphs);

        public IReadOnlyList<Link> Links { get; } = Array.AsReadOnly(links);

        public IReadOnlyList<Heading> Headings { get; } = Array.AsReadOnly(headings);
    }
}
