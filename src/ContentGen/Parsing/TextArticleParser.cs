using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;
using ContentGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Generator.Parsing;

/// <summary>Where a file is and what it is called: the parser's inputs besides its text.</summary>
/// <param name="Path">The path the compiler knows the file by (diagnostics point here).</param>
/// <param name="SourcePath">Relative to the project directory, '/' separators.</param>
/// <param name="Slug">The slug; empty when none could be derived (CG0015).</param>
/// <param name="Identifier">The C# identifier; empty when none could be derived.</param>
/// <param name="NamedByPath">No Slug metadata: slug and identifier come from the path.</param>
/// <param name="Problem">CG0030 when the item's Slug metadata is not a URL path (it is not used then).</param>
internal sealed record ContentFile(string Path, string SourcePath, string Slug, string Identifier, bool NamedByPath = true, Diagnostics.DiagnosticInfo? Problem = null);

/// <summary>
/// The plain-text article format (docs/format.md): blocks separated by blank lines; a block is a
/// paragraph, an <c>Also read:</c> related link, or (first block only) a headline.
/// </summary>
/// <remarks>A pure function of its inputs: no I/O, invariant culture, cancellable per block.</remarks>
internal static class TextArticleParser
{
    /// <summary>The prefix of a related-link block, compared case-insensitively.</summary>
    public const string RelatedPrefix = "Also read:";

    /// <summary>A headline is a single first line of at most this many characters.</summary>
    public const int MaxHeadlineLength = 150;

    /// <summary>A title derived from the lead is cut at a word boundary to at most this many characters.</summary>
    public const int MaxDerivedTitleLength = 80;

    /// <summary>At most this many CG0011 per file: a binary file would otherwise flood the error list.</summary>
    public const int MaxInvalidCharacterReports = 20;

    private static readonly char[] SentenceEnds = ['.', '!', '?', '…', ':', ';', ',', '。', '！', '？', '؟', '۔', '।', '॥'];
    private static readonly char[] ClosingMarks = ['"', '\'', '’', '”', '»', ')', ']', '}', '」', '』'];
    private static readonly char[] UrlTrailers = ['.', ',', ';', ':', '!', '?', '\'', '"', '’', '”', '»', '…', ')', ']', '}', '>'];

    public static ParseResult Parse(SourceText text, ContentFile file, CancellationToken cancellationToken)
    {
        if (Binary(text, file) is { } binary)
        {
            return binary;
        }

        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();

        FrontMatter frontMatter = FrontMatterParser.Parse(text, file.Path, diagnostics);
        MetadataModel? metadata = frontMatter.Metadata;
        List<Block> blocks = SplitBlocks(text, file, frontMatter.BodyLine, diagnostics, cancellationToken);

        var paragraphs = new List<string>();
        var links = new List<LinkModel>();

        // Front matter comes first in the document, so its related: entries are the first links.
        foreach (SlugReference reference in metadata?.Related ?? EquatableArray<SlugReference>.Empty)
        {
            links.Add(new LinkModel(reference.Slug, LinkKind.Related, -1, string.Empty, HasUrl: false, reference.Location, IsSlugReference: true));
        }
        string? headline = null;
        Line? leadLine = null;

        for (int b = 0; b < blocks.Count; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Block block = blocks[b];
            string first = block.Lines[0].Text;

            if (!IsParagraphBlock(block))
            {
                string rest = Join(block.Lines, skipFirst: RelatedPrefix.Length);
                if (rest.Length == 0)
                {
                    LocationInfo at = LocationInfo.Of(file.Path, text, new TextSpan(block.Lines[0].Start, RelatedPrefix.Length));
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.EmptyRelatedLink, at, first.Substring(0, RelatedPrefix.Length)));
                }
                else
                {
                    bool url = IsAbsoluteWebUrl(rest);
                    links.Add(new LinkModel(rest, LinkKind.Related, paragraphs.Count - 1, url ? rest : string.Empty, url, LocationInfo.Of(file.Path, text, TextOf(block))));
                }

                continue;
            }

            string paragraph = Join(block.Lines, skipFirst: 0);
            if (b == 0 && IsHeadline(block, paragraph) && blocks.Skip(1).Any(IsParagraphBlock))
            {
                headline = paragraph;
                continue;
            }

            leadLine ??= block.Lines[0];
            FindInlineLinks(paragraph, paragraphs.Count, links);
            paragraphs.Add(paragraph);
        }

        TextSpan? lead = leadLine is null ? null : new TextSpan(leadLine.Start, leadLine.Text.Length);
        ArticleModel article = Build(text, file, metadata, headline, paragraphs, links, lead, diagnostics);
        return new ParseResult(article, diagnostics.ToImmutable().ToEquatableArray());
    }

    /// <summary>A file with a NUL character is binary, or not UTF-8: one CG0012, and no article (both formats).</summary>
    internal static ParseResult? Binary(SourceText text, ContentFile file) => Binary(text, IndexOf(text, '\0'), file);

    /// <inheritdoc cref="Binary(SourceText, ContentFile)"/>
    /// <param name="all">The text as one string, when the caller has it: searched at string speed.</param>
    internal static ParseResult? Binary(SourceText text, string all, ContentFile file) => Binary(text, all.IndexOf('\0'), file);

    private static ParseResult? Binary(SourceText text, int nul, ContentFile file)
    {
        if (nul < 0)
        {
            return null;
        }

        LocationInfo at = LocationInfo.Of(file.Path, text, new TextSpan(nul, 1));
        return new ParseResult(null, ImmutableArray.Create(DiagnosticInfo.Create(Descriptors.NotText, at, file.SourcePath, $"it contains a NUL character at line {at.Lines.Start.Line + 1}, so it is binary, or text in an encoding other than UTF-8")).ToEquatableArray());
    }

    /// <summary>
    /// What both formats do once the body is read: the checks that need the whole article
    /// (CG0001, CG0015), the title (front matter, headline, or derived from the lead with CG0014
    /// at <paramref name="lead"/>), the slug and identifier.
    /// </summary>
    /// <param name="fallbackTitle">The title when there is no paragraph to derive one from (a Markdown page's first heading); null for plain text, which needs a paragraph (CG0001).</param>
    internal static ArticleModel Build(SourceText text, ContentFile file, MetadataModel? metadata, string? headline, List<string> paragraphs, List<LinkModel> links, TextSpan? lead, ImmutableArray<DiagnosticInfo>.Builder diagnostics, string? fallbackTitle = null, bool requireParagraph = true)
    {
        LocationInfo fileStart = LocationInfo.StartOf(file.Path);
        if (file.Problem is { } problem)
        {
            diagnostics.Add(problem);
        }

        if (paragraphs.Count == 0 && requireParagraph)
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.NoParagraph, fileStart, file.SourcePath));
        }

        if (file.Slug.Length == 0 && metadata?.Slug is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.NoSlug, fileStart, file.SourcePath));
        }

        string title = metadata?.Title ?? headline ?? (paragraphs.Count == 0 ? fallbackTitle : null) ?? DeriveTitle(paragraphs, file);
        if (metadata?.Title is null && headline is null && paragraphs.Count > 0 && lead is { } span)
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.DerivedTitle, LocationInfo.Of(file.Path, text, span), file.SourcePath, title));
        }

        // A front matter slug replaces the one from the path, as written, identifier included.
        string slug = metadata?.Slug ?? file.Slug;
        string identifier = metadata?.Slug is { } named ? Naming.Identifier(named) : file.Identifier;

        return new ArticleModel(
            file.SourcePath,
            slug,
            identifier,
            title,
            CountWords(paragraphs),
            paragraphs.ToEquatableArray(),
            links.ToEquatableArray(),
            metadata,
            fileStart,
            NamedByPath: file.NamedByPath && metadata?.Slug is null);
    }

    /// <summary>
    /// The text's lines (LF, CR, CRLF and the Unicode breaks NEL, LS, PS, as in C# source), trimmed,
    /// grouped into blocks at blank lines. Reports invalid characters on the way, since every
    /// character is looked at here once.
    /// </summary>
    private static List<Block> SplitBlocks(SourceText text, ContentFile file, int bodyLine, ImmutableArray<DiagnosticInfo>.Builder diagnostics, CancellationToken cancellationToken)
    {
        var blocks = new List<Block>();
        List<Line>? current = null;
        int invalidReported = 0;

        for (int index = 0; index < text.Lines.Count; index++)
        {
            TextLine line = text.Lines[index];
            cancellationToken.ThrowIfCancellationRequested();
            string raw = text.ToString(line.Span);
            int start = 0;
            int end = raw.Length;

            // A BOM the decoder left in place (in-memory texts) is not content.
            if (line.Start == 0 && end > 0 && raw[0] == '\uFEFF')
            {
                start = 1;
            }

            CheckCharacters(text, line.Start, raw, start, file, ref invalidReported, diagnostics);

            // Front matter lines are checked for invalid characters above, and are not body text.
            if (index < bodyLine)
            {
                continue;
            }

            while (start < end && IsBlank(raw[start]))
            {
                start++;
            }

            while (end > start && IsBlank(raw[end - 1]))
            {
                end--;
            }

            if (start == end)
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                blocks.Add(new Block(current));
            }

            current.Add(new Line(line.Start + start, ReplaceLoneSurrogates(raw.Substring(start, end - start))));
        }

        return blocks;
    }

    /// <summary>
    /// Reports control characters and lone surrogates (CG0011) and U+FFFD (CG0029, a warning: real
    /// text may hold it) in one line, or in a whole file (line breaks are not reported), at most
    /// <see cref="MaxInvalidCharacterReports"/> per file.
    /// </summary>
    /// <returns>Whether a lone surrogate was found, reported or not: only then does the text need <see cref="ReplaceLoneSurrogates"/>.</returns>
    internal static bool CheckCharacters(SourceText text, int lineStart, string raw, int from, ContentFile file, ref int reported, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        bool lone = false;
        for (int i = from; i < raw.Length; i++)
        {
            // Most text is printable ASCII: one comparison each, on the path every character of a build takes.
            char c = raw[i];
            if ((c >= ' ' && c < '\u007F') || c is '\t' or '\r' or '\n' or '\u0085')
            {
                continue;
            }

            if (c == '\uFFFD' && reported++ < MaxInvalidCharacterReports)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.ReplacementCharacter, LocationInfo.Of(file.Path, text, new TextSpan(lineStart + i, 1))));
            }
            else if (IsInvalid(raw, i, out string? name))
            {
                lone |= char.IsSurrogate(c);
                if (reported++ < MaxInvalidCharacterReports)
                {
                    LocationInfo at = LocationInfo.Of(file.Path, text, new TextSpan(lineStart + i, 1));
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidCharacter, at, name!, "remove it or replace it with ordinary text"));
                }
            }

            if (char.IsSurrogatePair(raw, i))
            {
                i++;
            }
        }

        return lone;
    }

    /// <summary>
    /// Blank characters: Unicode white space (non-breaking spaces included) and the invisible
    /// zero-width space and BOM, which editors and CMS exports scatter through text.
    /// </summary>
    internal static bool IsBlank(char c) => Shared.HtmlText.IsBlank(c);

    private static bool IsInvalid(string text, int i, out string? name)
    {
        char c = text[i];
        if (char.IsControl(c) && c != '\t')
        {
            name = $"U+{(int)c:X4}";
            return true;
        }

        if (char.IsHighSurrogate(c) ? !char.IsSurrogatePair(text, i) : char.IsLowSurrogate(c))
        {
            name = $"U+{(int)c:X4} (a lone surrogate)";
            return true;
        }

        name = null;
        return false;
    }

    /// <summary>A lone surrogate cannot be encoded as UTF-8; it is reported (CG0011) and kept as U+FFFD.</summary>
    internal static string ReplaceLoneSurrogates(string text)
    {
        int first = 0;
        while (first < text.Length && !char.IsSurrogate(text[first]))
        {
            first++;
        }

        StringBuilder? builder = null;
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsSurrogatePair(text, i))
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append('\uFFFD');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>The span of a related block's text: from its first non-blank character after the prefix to the block's end.</summary>
    private static TextSpan TextOf(Block block)
    {
        Line last = block.Lines[block.Lines.Count - 1];
        int end = last.Start + last.Text.Length;
        foreach (Line line in block.Lines)
        {
            int from = line == block.Lines[0] ? RelatedPrefix.Length : 0;
            for (int i = from; i < line.Text.Length; i++)
            {
                if (!IsBlank(line.Text[i]))
                {
                    return TextSpan.FromBounds(line.Start + i, end);
                }
            }
        }

        return new TextSpan(end, 0);
    }

    /// <summary>Trimmed lines joined with single spaces; <paramref name="skipFirst"/> characters of the first line dropped.</summary>
    private static string Join(List<Line> lines, int skipFirst)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < lines.Count; i++)
        {
            string part = i == 0 ? lines[0].Text.Substring(skipFirst) : lines[i].Text;
            if (builder.Length > 0 && part.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(part);
        }

        return Trim(builder.ToString());
    }

    internal static string Trim(string text)
    {
        int start = 0;
        int end = text.Length;
        while (start < end && IsBlank(text[start]))
        {
            start++;
        }

        while (end > start && IsBlank(text[end - 1]))
        {
            end--;
        }

        return text.Substring(start, end - start);
    }

    private static bool IsParagraphBlock(Block block) =>
        !block.Lines[0].Text.StartsWith(RelatedPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The first block is a headline when it is a single line of at most
    /// <see cref="MaxHeadlineLength"/> characters that does not end like a sentence (ignoring
    /// closing quotes and brackets), and a paragraph follows it (checked by the caller).
    /// </summary>
    private static bool IsHeadline(Block block, string text)
    {
        if (block.Lines.Count != 1 || text.Length > MaxHeadlineLength)
        {
            return false;
        }

        string core = text.TrimEnd(ClosingMarks);
        return core.Length > 0 && Array.IndexOf(SentenceEnds, core[core.Length - 1]) < 0;
    }

    /// <summary>
    /// The lead's first sentence (a sentence end followed by white space, after at least four
    /// words), without a final full stop; cut at the last word boundary within
    /// <see cref="MaxDerivedTitleLength"/> characters and ended with '…' when longer.
    /// </summary>
    internal static string DeriveTitle(List<string> paragraphs, ContentFile file)
    {
        if (paragraphs.Count == 0)
        {
            return file.Slug.Length > 0 ? file.Slug : ContentPath.FileName(file.SourcePath);
        }

        string lead = paragraphs[0];
        string sentence = lead;
        int words = 0;
        for (int i = 0; i < lead.Length; i++)
        {
            if (char.IsWhiteSpace(lead[i]))
            {
                words++;
                continue;
            }

            bool atEnd = i + 1 == lead.Length || char.IsWhiteSpace(lead[i + 1]);
            if (atEnd && words >= 3 && (lead[i] == '.' || lead[i] == '!' || lead[i] == '?' || lead[i] == '…'))
            {
                sentence = lead.Substring(0, i + 1);
                break;
            }
        }

        if (sentence.EndsWith(".", StringComparison.Ordinal) && !sentence.EndsWith("..", StringComparison.Ordinal))
        {
            sentence = sentence.Substring(0, sentence.Length - 1);
        }

        if (sentence.Length <= MaxDerivedTitleLength)
        {
            return sentence;
        }

        int cut = MaxDerivedTitleLength;
        while (cut > 0 && !char.IsWhiteSpace(sentence[cut]))
        {
            cut--;
        }

        // One unbroken word longer than the limit: cut inside it, never inside a surrogate pair.
        if (cut == 0)
        {
            cut = char.IsLowSurrogate(sentence[MaxDerivedTitleLength]) ? MaxDerivedTitleLength - 1 : MaxDerivedTitleLength;
        }

        return sentence.Substring(0, cut).TrimEnd().TrimEnd(',', ';', ':', '-', '–', '—') + "…";
    }

    /// <summary>
    /// Every http:// or https:// URL in a paragraph (at a word start), without trailing sentence
    /// punctuation; a closing bracket stays when the URL opened one.
    /// </summary>
    private static void FindInlineLinks(string paragraph, int paragraphIndex, List<LinkModel> links)
    {
        int from = 0;
        while (from < paragraph.Length)
        {
            int at = IndexOfScheme(paragraph, from);
            if (at < 0)
            {
                return;
            }

            int end = at;
            while (end < paragraph.Length && !char.IsWhiteSpace(paragraph[end]) && paragraph[end] != '<' && paragraph[end] != '"')
            {
                end++;
            }

            string url = paragraph.Substring(at, end - at);
            while (url.Length > 0 && Array.IndexOf(UrlTrailers, url[url.Length - 1]) >= 0 && !ClosesBracket(url))
            {
                url = url.Substring(0, url.Length - 1);
            }

            if (IsAbsoluteWebUrl(url))
            {
                links.Add(new LinkModel(url, LinkKind.Inline, paragraphIndex, url, HasUrl: true));
            }

            from = Math.Max(end, at + 1);
        }
    }

    private static int IndexOfScheme(string text, int from)
    {
        while (from < text.Length)
        {
            int i = text.IndexOf("http", from, StringComparison.OrdinalIgnoreCase);
            if (i < 0)
            {
                return -1;
            }

            if ((i == 0 || !char.IsLetterOrDigit(text[i - 1]))
                && (string.Compare(text, i, "http://", 0, 7, StringComparison.OrdinalIgnoreCase) == 0
                    || string.Compare(text, i, "https://", 0, 8, StringComparison.OrdinalIgnoreCase) == 0))
            {
                return i;
            }

            from = i + 4;
        }

        return -1;
    }

    private static bool ClosesBracket(string url)
    {
        char last = url[url.Length - 1];
        char open = last switch { ')' => '(', ']' => '[', '}' => '{', _ => '\0' };
        return open != '\0' && url.Count(c => c == open) >= url.Count(c => c == last);
    }

    internal static bool IsAbsoluteWebUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out Uri? uri)
        && (uri.Scheme == "http" || uri.Scheme == "https")
        && uri.Host.Length > 0
        && !text.Any(char.IsWhiteSpace);

    /// <summary>Whitespace-separated tokens over all paragraphs.</summary>
    internal static int CountWords(List<string> paragraphs)
    {
        int count = 0;
        foreach (string paragraph in paragraphs)
        {
            bool inWord = false;
            foreach (char c in paragraph)
            {
                bool white = char.IsWhiteSpace(c);
                if (!white && !inWord)
                {
                    count++;
                }

                inWord = !white;
            }
        }

        return count;
    }

    internal static int IndexOf(SourceText text, char value)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == value)
            {
                return i;
            }
        }

        return -1;
    }

    private sealed record Line(int Start, string Text);

    private sealed record Block(List<Line> Lines);
}
