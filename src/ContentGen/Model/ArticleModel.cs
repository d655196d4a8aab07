using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;

namespace ContentGen.Generator.Model;

/// <summary>The kind of a link; the names match <c>ContentGen.LinkKind</c> in the runtime library.</summary>
internal enum LinkKind
{
    Related,
    Inline,
}

/// <summary>One link of an article, as the runtime <c>ContentGen.Link</c> will expose it.</summary>
/// <param name="Text">The words of the link: the related title, the URL of a plain-text link, the visible text of a Markdown link. Never contains a line break.</param>
/// <param name="Kind">Related or inline.</param>
/// <param name="ParagraphIndex">The paragraph it sits in (inline) or follows (related; -1 before the first).</param>
/// <param name="Destination">Where it points, as written (a URL or a Markdown destination); empty for a related title.</param>
/// <param name="HasUrl">The destination is an absolute http(s) URL or a relative Markdown destination, checked here so the runtime can trust it.</param>
/// <param name="Location">Where the link's text is, for resolution diagnostics.</param>
/// <param name="IsSlugReference">A front matter <c>related:</c> entry: the text is a slug, and must resolve.</param>
/// <param name="IsRelative">A relative URL (a Markdown link to another file); only with <paramref name="HasUrl"/>.</param>
internal sealed record LinkModel(string Text, LinkKind Kind, int ParagraphIndex, string Destination, bool HasUrl, LocationInfo? Location = null, bool IsSlugReference = false, bool IsRelative = false);

/// <summary>A heading of a Markdown article.</summary>
/// <param name="Level">1 to 6.</param>
/// <param name="Text">Its text, inline markup flattened; no line break.</param>
/// <param name="Id">Its anchor id in the rendered HTML.</param>
internal sealed record HeadingModel(int Level, string Text, string Id);

/// <summary>A Markdown link or image to a local file, checked once every content file and asset is known.</summary>
/// <param name="Path">The target, relative to the project directory, normalized; empty for an anchor in the same article.</param>
/// <param name="Anchor">The <c>#fragment</c>, without '#'; empty when none (a lone '#' or no fragment).</param>
/// <param name="IsImage">An image: its file must exist.</param>
/// <param name="LinkIndex">The link's index in the article's <c>Links</c>, or -1 when it is not one (images, links in headings).</param>
/// <param name="Written">The destination as written, for messages.</param>
/// <param name="Location">Where the destination is written.</param>
/// <param name="IsFolder">The destination ends with '/': a folder, served by its index page.</param>
/// <param name="Html">Where the reference stands in the article's rendered HTML, for the page step to rewrite it; null when it is not there as an attribute.</param>
internal sealed record FileReference(string Path, string Anchor, bool IsImage, int LinkIndex, string Written, LocationInfo Location, bool IsFolder = false, HtmlPlace? Html = null);

/// <summary>Everything the payload needs of one article.</summary>
/// <remarks>
/// <see cref="NamedByPath"/> says the identifier comes from the file's path (no custom slug), so a
/// collection may shorten it to the path under its folder.
/// <see cref="Collection"/> (the full name of the class that holds it) and <see cref="Values"/>
/// (its typed front matter) are empty after parsing and set when the article is bound to its collection.
/// <see cref="Headings"/>, <see cref="Html"/>, <see cref="Files"/>, <see cref="HtmlSpans"/> and
/// <see cref="Anchors"/> (every id and <c>&lt;a name&gt;</c> of the HTML) are set for Markdown articles only.
/// <see cref="HtmlSpans"/> holds, for each paragraph, link and heading text in that order, a
/// start and a length in <see cref="Html"/> where the runtime reads the same words, or -1 and 0.
/// Each of <see cref="Files"/> carries its place in <see cref="Html"/> (<see cref="HtmlPlace"/>):
/// the page step (Linking/PageHtml.cs) rewrites those places once links are resolved and image
/// sizes known, and gives back the article with its final <see cref="Html"/>, its
/// <see cref="HtmlSpans"/> shifted, and its image properties' <see cref="Values"/> resolved.
/// </remarks>
/// <remarks>
/// Models hold only strings, numbers, enums and <see cref="EquatableArray{T}"/>: never an
/// AdditionalText, SourceText, Location, symbol or syntax node, and never C# text (only the
/// emitter writes C#). Value equality is what lets the incremental driver skip an article whose
/// file did not change, and keeps no compilation alive.
/// </remarks>
internal sealed record ArticleModel(
    string SourcePath,
    string Slug,
    string Identifier,
    string Title,
    int WordCount,
    EquatableArray<string> Paragraphs,
    EquatableArray<LinkModel> Links,
    MetadataModel? Metadata,
    LocationInfo Location,
    bool NamedByPath = true,
    string Collection = "",
    EquatableArray<PropertyValue> Values = default,
    EquatableArray<HeadingModel> Headings = default,
    string? Html = null,
    EquatableArray<FileReference> Files = default,
    EquatableArray<int> HtmlSpans = default,
    EquatableArray<string> Anchors = default);

/// <summary>What parsing one file gives: an article where one can be built, and every problem found.</summary>
internal sealed record ParseResult(ArticleModel? Article, EquatableArray<DiagnosticInfo> Diagnostics);
