using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;

namespace ContentGen.Generator.Model;

/// <summary>What link resolution knows of an article: its names, never its text.</summary>
/// <remarks>A paragraph edit leaves this unchanged, so resolution for every other article stays cached.</remarks>
internal sealed record IndexEntry(string Identifier, string Slug, string TitleKey, string SourcePath);

/// <summary>
/// The collection's names, with lookups built once per change of the index (not once per article:
/// at C10k that was 10,000 lookups of 10,000 entries).
/// </summary>
/// <remarks>Equality is the entries' only; the lookups are derived from them.</remarks>
internal sealed class LinkIndex(EquatableArray<IndexEntry> entries) : System.IEquatable<LinkIndex>
{
    public EquatableArray<IndexEntry> Entries { get; } = entries;

    public System.Linq.ILookup<string, IndexEntry> BySlug { get; } = System.Linq.Enumerable.ToLookup(entries, e => e.Slug, System.StringComparer.Ordinal);

    public System.Linq.ILookup<string, IndexEntry> ByTitle { get; } = System.Linq.Enumerable.ToLookup(entries, e => e.TitleKey, System.StringComparer.Ordinal);

    public bool Equals(LinkIndex? other) => other is not null && Entries.Equals(other.Entries);

    public override bool Equals(object? obj) => Equals(obj as LinkIndex);

    public override int GetHashCode() => Entries.GetHashCode();
}

/// <summary>The related links of one article that need resolving, by their index in its <c>Links</c>.</summary>
internal sealed record LinkQuery(string Identifier, string SourcePath, EquatableArray<RelatedLink> Related);

internal sealed record RelatedLink(int LinkIndex, string Text, bool IsSlugReference, LocationInfo? Location);

/// <summary>One resolved link: the link's index in its article, and the identifier of the article it targets.</summary>
internal sealed record LinkTarget(int LinkIndex, string Identifier);

/// <summary>Resolution of one article's related links, with the diagnostics it produced.</summary>
internal sealed record ResolvedLinks(string Identifier, string SourcePath, EquatableArray<LinkTarget> Targets, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>An article as its bucket writes it: the article, its link targets and its backlinks.</summary>
internal sealed record BucketArticle(ArticleModel Article, EquatableArray<LinkTarget> Targets, EquatableArray<string> LinkedFrom);
