using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using System.Threading;

namespace ContentGen;

/// <summary>
/// One content file (plain text or Markdown), compiled. Every article of a project is a generated
/// sealed class deriving from this type, or from a <see cref="ContentCollectionAttribute"/> type
/// that derives from it; reach them through the generated <c>Articles</c> class or the collection type.
/// </summary>
/// <remarks>
/// Scalar facts (slug, title, path, word count) are constants passed by the generated constructor.
/// The text is a slice of a UTF-8 literal shared by the articles of one generated file, decoded on the first read of
/// <see cref="Paragraphs"/> or <see cref="Links"/>: creating an article, or listing all of them,
/// costs no text decoding, and no article builds another.
/// </remarks>
public abstract class Article
{
    private static readonly LinkInfo[] NoLinks = [];
    private static readonly int[] NoHeadings = [];

    private ArticleBody? _body;
    private ArticleMetadata? _metadata;
    private IReadOnlyList<Article>? _linkedFrom;

    /// <summary>Called by generated code only.</summary>
    /// <param name="slug">The article's slug.</param>
    /// <param name="title">The article's title.</param>
    /// <param name="sourcePath">The content file, relative to the project, with '/' separators.</param>
    /// <param name="wordCount">Whitespace-separated tokens of the paragraphs.</param>
    /// <param name="paragraphCount">How many of the texts in <see cref="Utf8Text"/> are paragraphs.</param>
    protected Article(string slug, string title, string sourcePath, int wordCount, int paragraphCount)
    {
        Slug = slug;
        Title = title;
        SourcePath = sourcePath;
        WordCount = wordCount;
        ParagraphCount = paragraphCount;
    }

    /// <summary>The URL-safe name of the article, derived from its path under the content folder.</summary>
    public string Slug { get; }

    /// <summary>The headline, or a title derived from the lead when the file has none. Never empty.</summary>
    public string Title { get; }

    /// <summary>The content file, relative to the project directory, with '/' separators.</summary>
    public string SourcePath { get; }

    /// <summary>The paragraphs, in document order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs => Body.Paragraphs;

    /// <summary>Related and inline links, together in document order.</summary>
    public IReadOnlyList<Link> Links => Body.Links;

    /// <summary>The number of whitespace-separated tokens in the paragraphs.</summary>
    public int WordCount { get; }

    /// <summary><see cref="WordCount"/> read at 238 words a minute, rounded up to whole minutes.</summary>
    public TimeSpan ReadingTime => TimeSpan.FromMinutes((WordCount + WordsPerMinute - 1) / WordsPerMinute);

    /// <summary>The reading speed <see cref="ReadingTime"/> assumes.</summary>
    public const int WordsPerMinute = 238;

    private int ParagraphCount { get; }

    /// <summary>
    /// Generated: the paragraph texts, the link texts, then each heading's text and id, in UTF-8,
    /// each followed by a line feed; then, for Markdown, the rendered HTML to the end. No text
    /// before the HTML contains a line break, so the line feed is an unambiguous separator.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected abstract ReadOnlySpan<byte> Utf8Text { get; }

    /// <summary>The headings of a Markdown article, in document order (a table of contents); empty for plain text.</summary>
    public IReadOnlyList<Heading> Headings => Body.Headings;

    /// <summary>
    /// The body as HTML: for a Markdown article, rendered by Markdig at compile time (a constant);
    /// for plain text, each paragraph as <c>&lt;p&gt;</c> with its text escaped.
    /// </summary>
    public string Html => Body.Html;

    /// <summary>Generated for a Markdown article with headings: the level of each, in document order.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected virtual int[] CreateHeadingLevels() => NoHeadings;

    /// <summary>Generated when the article has links: the kind and position of each, in document order.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected virtual LinkInfo[] CreateLinkInfos() => NoLinks;

    /// <summary>Generated when a link of this article resolves to another article.</summary>
    /// <param name="linkIndex">The link's index in <see cref="Links"/>.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected virtual Article? GetLinkTarget(int linkIndex) => null;

    internal Article? ResolveLinkTarget(int linkIndex) => GetLinkTarget(linkIndex);

    /// <summary>
    /// The front matter's metadata, typed; <see cref="ArticleMetadata.Summary"/> defaults to the
    /// first paragraph. Empty values when the file has no front matter.
    /// </summary>
    public ArticleMetadata Metadata
    {
        get
        {
            ArticleMetadata? metadata = Volatile.Read(ref _metadata);
            if (metadata is null)
            {
                metadata = CreateMetadata().WithSummary(ParagraphCount > 0 ? Paragraphs[0].Text : null);
                metadata = Interlocked.CompareExchange(ref _metadata, metadata, null) ?? metadata;
            }

            return metadata;
        }
    }

    /// <summary>
    /// The articles whose links resolve to this one ("what links here"), ordered by their source
    /// path; computed at compile time. Reading it creates those articles, nothing more.
    /// </summary>
    public IReadOnlyList<Article> LinkedFrom =>
        Volatile.Read(ref _linkedFrom) ?? Interlocked.CompareExchange(ref _linkedFrom, Array.AsReadOnly(CreateLinkedFrom()), null) ?? _linkedFrom!;

    /// <summary>Generated when other articles link to this one.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected virtual Article[] CreateLinkedFrom() => [];

    /// <summary>Generated when the file has front matter: its values as constants.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected virtual ArticleMetadata CreateMetadata() => new();

    /// <inheritdoc/>
    public override string ToString() => Title;

    private ArticleBody Body
    {
        get
        {
            ArticleBody? body = Volatile.Read(ref _body);
            if (body is not null)
            {
                return body;
            }

            // Two threads may decode at once; both results are equal and one wins.
            body = Decode();
            return Interlocked.CompareExchange(ref _body, body, null) ?? body;
        }
    }

    private ArticleBody Decode()
    {
        string text = Encoding.UTF8.GetString(Utf8Text);
        LinkInfo[] infos = CreateLinkInfos();
        int[] levels = CreateHeadingLevels();
        var paragraphs = new Paragraph[ParagraphCount];
        var links = new Link[infos.Length];
        var headings = new Heading[levels.Length];

        int start = 0;
        string Next()
        {
            int end = text.IndexOf('\n', start);
            string item = text.Substring(start, end - start);
            start = end + 1;
            return item;
        }

        for (int i = 0; i < paragraphs.Length; i++)
        {
            paragraphs[i] = new Paragraph(Next(), i);
        }

        for (int i = 0; i < links.Length; i++)
        {
            links[i] = new Link(this, i, Next(), infos[i]);
        }

        for (int i = 0; i < headings.Length; i++)
        {
            headings[i] = new Heading(levels[i], Next(), Next());
        }

        string html = start < text.Length ? text.Substring(start) : ParagraphsAsHtml(paragraphs);
        return new ArticleBody(paragraphs, links, headings, html);
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
        public IReadOnlyList<Paragraph> Paragraphs { get; } = Array.AsReadOnly(paragraphs);

        public IReadOnlyList<Link> Links { get; } = Array.AsReadOnly(links);

        public IReadOnlyList<Heading> Headings { get; } = Array.AsReadOnly(headings);

        public string Html { get; } = html;
    }
}
