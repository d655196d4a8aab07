using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text;
using System.Threading;
using ContentGen.Storage;

namespace ContentGen;

/// <summary>
/// One content file (plain text or Markdown), compiled. Reach the articles of a project through
/// the generated <c>Articles</c> class (one property per file, <c>All</c>, <c>Find</c>), or through
/// a <see cref="ContentCollectionAttribute"/> type that derives from this one.
/// </summary>
/// <remarks>
/// The generator stores every article as compressed data in the assembly (docs/performance.md):
/// creating an article reads its metadata only, and its text (paragraphs, links, headings, HTML)
/// is inflated on the first read of any of them. No article creates another until a link,
/// backlink or reference is followed.
/// </remarks>
public abstract class Article
{
    private readonly ArticleData _data;
    private ArticleBody? _body;
    private ArticleMetadata? _metadata;
    private ReadOnlyCollection<Article>? _linkedFrom;

    /// <summary>Called by generated code only.</summary>
    /// <param name="data">The article's record.</param>
    protected Article(ArticleData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _data = data;

        // Visible to reference cycles before the derived constructor reads its references.
        ArticleCatalog.Constructed(data, this);
    }

    /// <summary>The URL path of the article: derived from its path under the content folder, or as its front matter or item metadata sets it.</summary>
    public string Slug => _data.Slug;

    /// <summary>The headline, or a title derived from the lead when the file has none. Never empty.</summary>
    public string Title => _data.Title;

    /// <summary>The content file, relative to the project directory, with '/' separators.</summary>
    public string SourcePath => _data.SourcePath;

    /// <summary>The paragraphs, in document order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs => Body.Paragraphs;

    /// <summary>Related and inline links, together in document order.</summary>
    public IReadOnlyList<Link> Links => Body.Links;

    /// <summary>The number of whitespace-separated tokens in the paragraphs.</summary>
    public int WordCount => _data.WordCount;

    /// <summary><see cref="WordCount"/> read at 238 words a minute, rounded up to whole minutes.</summary>
    public TimeSpan ReadingTime => TimeSpan.FromMinutes((WordCount + WordsPerMinute - 1) / WordsPerMinute);

    /// <summary>The reading speed <see cref="ReadingTime"/> assumes.</summary>
    public const int WordsPerMinute = 238;

    /// <summary>The headings of a Markdown article, in document order (a table of contents); empty for plain text.</summary>
    public IReadOnlyList<Heading> Headings => Body.Headings;

    /// <summary>
    /// The body as HTML: for a Markdown article, rendered by Markdig at compile time, with code
    /// highlighted (<see cref="CodeStyles"/> colours it), images with their width and height, and
    /// links between articles as page URLs when the project sets ContentGenPageUrl; for plain
    /// text, each paragraph as <c>&lt;p&gt;</c> with its text escaped.
    /// </summary>
    public string Html => Body.Html;

    /// <summary>
    /// The front matter's metadata, typed; <see cref="ArticleMetadata.Summary"/> defaults to the
    /// first paragraph. Empty values when the file has no front matter.
    /// </summary>
    public ArticleMetadata Metadata => Once(ref _metadata, static article =>
        article._data.Metadata.WithSummary(article._data.Metadata.Summary is null && article._data.ParagraphCount > 0 ? article.Paragraphs[0].Text : null));

    /// <summary>
    /// The articles whose links resolve to this one ("what links here"), ordered by their source
    /// path; computed at compile time. Reading it creates those articles, nothing more.
    /// </summary>
    public IReadOnlyList<Article> LinkedFrom => Once(ref _linkedFrom, static article =>
        Array.AsReadOnly(Array.ConvertAll(article._data.LinkedFrom, source => article._data.Resolve(source)!)));

    internal Article? ResolveLinkTarget(int linkIndex) =>
        _data.Links[linkIndex].Target is { } target ? _data.Resolve(target) : null;

    /// <inheritdoc/>
    public override string ToString() => Title;

    private ArticleBody Body => Once(ref _body, static article => article.Decode());

    /// <summary>The one lazy pattern of this class: two threads may compute at once; both results are equal and one wins.</summary>
    private T Once<T>(ref T? field, Func<Article, T> create)
        where T : class =>
        Volatile.Read(ref field) ?? Interlocked.CompareExchange(ref field, create(this), null) ?? field!;

    private ArticleBody Decode()
    {
        ArticleData data = _data;

        // After a hot reload the generated methods return the new payload, where this article's
        // offsets mean nothing: its text comes from the article that now has its slug.
        if (!ReferenceEquals(data.State, data.Catalog.State))
        {
            Article? current = data.Catalog.FindCore(data.Slug);
            return current is null || ReferenceEquals(current, this) ? ArticleBody.Empty : current.Body;
        }

        byte[] chunk = data.BodyLength == 0 ? [] : Payload.Inflate(data.Catalog.ChunkOf(data.Bucket, data.Chunk), data.BodyOffset + data.BodyLength);
        var reader = new PayloadReader(chunk.AsSpan(data.BodyLength == 0 ? 0 : data.BodyOffset, data.BodyLength));

        string html = data.HasHtml ? reader.String() : string.Empty;
        var paragraphs = new Paragraph[data.ParagraphCount];
        for (int i = 0; i < paragraphs.Length; i++)
        {
            paragraphs[i] = new Paragraph(reader.Text(html), i);
        }

        var links = new Link[data.Links.Length];
        for (int i = 0; i < links.Length; i++)
        {
            string text = reader.Text(html);
            string destination = reader.String();
            links[i] = new Link(this, i, text, destination, data.Links[i]);
        }

        var headings = new Heading[data.HeadingLevels.Length];
        for (int i = 0; i < headings.Length; i++)
        {
            string text = reader.Text(html);
            headings[i] = new Heading(data.HeadingLevels[i], text, reader.String());
        }

        return new ArticleBody(paragraphs, links, headings, data.HasHtml ? html : ParagraphsAsHtml(paragraphs));
    }

    /// <summary>Plain text as HTML: each paragraph a <c>&lt;p&gt;</c>, escaped as Markdig escapes text.</summary>
    private static string ParagraphsAsHtml(Paragraph[] paragraphs)
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

    private sealed class ArticleBody(Paragraph[] paragraphs, Link[] links, Heading[] headings, string html)
    {
        public static readonly ArticleBody Empty = new([], [], [], string.Empty);

        public IReadOnlyList<Paragraph> Paragraphs { get; } = Array.AsReadOnly(paragraphs);

        public IReadOnlyList<Link> Links { get; } = Array.AsReadOnly(links);

        public IReadOnlyList<Heading> Headings { get; } = Array.AsReadOnly(headings);

        public string Html { get; } = html;
    }
}
