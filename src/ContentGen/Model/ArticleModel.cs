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
/// <param name="Text">The related title, or the URL of an inline link. Never contains a line break.</param>
/// <param name="Kind">Related or inline.</param>
/// <param name="ParagraphIndex">The paragraph it sits in (inline) or follows (related; -1 before the first).</param>
/// <param name="HasUrl">The text is an absolute http(s) URL, checked here so the runtime can trust it.</param>
/// <param name="Location">Where the link's text is, for resolution diagnostics.</param>
/// <param name="IsSlugReference">A front matter <c>related:</c> entry: the text is a slug, and must resolve.</param>
internal sealed record LinkModel(string Text, LinkKind Kind, int ParagraphIndex, bool HasUrl, LocationInfo? Location = null, bool IsSlugReference = false);

/// <summary>Everything the emitter needs to write one article's class.</summary>
/// <remarks>
/// <see cref="NamedByPath"/> says the identifier comes from the file's path (no custom slug), so a
/// collection may shorten it to the path under its folder.
/// <see cref="Collection"/> (the full name of the class that holds it) and <see cref="Values"/>
/// (its typed front matter) are empty after parsing and set when the article is bound to its collection.
/// </remarks>
/// <remarks>
/// Models hold only strings, numbers, enums and <see cref="EquatableArray{T}"/>: never an
/// AdditionalText, SourceText, Location, symbol or syntax node. Value equality is what lets the
/// incremental driver skip an article whose file did not change, and keeps no compilation alive.
/// Texts never contain line breaks or lone surrogates (the parser guarantees it), which the
/// emitter relies on for its UTF-8 layout.
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
    EquatableArray<PropertyValue> Values = default)
{
    /// <summary>The C# that reaches this article: its collection's full name and its property.</summary>
    /// <remarks>Unique across collections, so links and references name articles by it.</remarks>
    public string Member => Collection + "." + Emit.CSharp.Identifier(Identifier);
}

/// <summary>What parsing one file gives: an article where one can be built, and every problem found.</summary>
internal sealed record ParseResult(ArticleModel? Article, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The small projection of an article that cross-file steps see (catalog, duplicate checks).</summary>
/// <remarks>Editing a paragraph leaves this unchanged, so the catalog step stays cached.</remarks>
internal sealed record CatalogEntry(string SourcePath, string Slug, string Identifier, LocationInfo Location, string Collection);
