using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;

namespace ContentGen.Generator.Model;

/// <summary>What link resolution and the catalogs know of an article: its names, never its text.</summary>
/// <remarks>A paragraph edit leaves this unchanged, so resolution for every other article and the catalogs stay cached.</remarks>
/// <param name="Member">How generated code reaches the article (<see cref="ArticleModel.Member"/>).</param>
/// <param name="Collection">The full name of its collection.</param>
/// <param name="Slug">Its slug.</param>
/// <param name="TitleKey">Its title, normalized for comparison.</param>
/// <param name="SourcePath">Its file.</param>
/// <param name="Anchors">The ids of its headings (Markdown), for links with a <c>#fragment</c>.</param>
/// <param name="Identifier">Its member name in its collection.</param>
/// <param name="Location">Its file, for duplicate diagnostics.</param>
internal sealed record IndexEntry(string Member, string Collection, string Slug, string TitleKey, string SourcePath, EquatableArray<string> Anchors, string Identifier, LocationInfo Location)
{
    public CatalogEntry ToCatalogEntry() => new(SourcePath, Slug, Identifier, Location, Collection);
}

/// <summary>
/// The collection's names, with lookups built once per change of the index (not once per article:
/// at C10k that was 10,000 lookups of 10,000 entries).
/// </summary>
/// <remarks>Equality is the entries' only; the lookups are derived from them.</remarks>
internal sealed class LinkIndex(EquatableArray<IndexEntry> entries, EquatableArray<string> assets) : System.IEquatable<LinkIndex>
{
    public EquatableArray<IndexEntry> Entries { get; } = entries;

    /// <summary>The project-relative paths of the asset files (ContentGenAsset items), sorted.</summary>
    public EquatableArray<string> Assets { get; } = assets;

    public System.Collections.Generic.HashSet<string> AssetSet { get; } = new(assets, System.StringComparer.Ordinal);

    /// <summary>Articles by source path (the first of a path added twice).</summary>
    public System.Linq.ILookup<string, IndexEntry> ByPath { get; } = System.Linq.Enumerable.ToLookup(entries, e => e.SourcePath, System.StringComparer.Ordinal);

    public System.Linq.ILookup<string, IndexEntry> BySlug { get; } = System.Linq.Enumerable.ToLookup(entries, e => e.Slug, System.StringComparer.Ordinal);

    /// <summary>Slugs are unique within a collection (CG0008): the key is the collection and the slug.</summary>
    public System.Collections.Generic.Dictionary<(string Collection, string Slug), IndexEntry> ByCollectionSlug { get; } = Distinct(entries);

    public System.Linq.ILookup<string, IndexEntry> ByTitle { get; } = System.Linq.Enumerable.ToLookup(entries, e => e.TitleKey, System.StringComparer.Ordinal);

    private static System.Collections.Generic.Dictionary<(string, string), IndexEntry> Distinct(EquatableArray<IndexEntry> entries)
    {
        var bySlug = new System.Collections.Generic.Dictionary<(string, string), IndexEntry>();
        foreach (IndexEntry entry in entries)
        {
            if (!bySlug.ContainsKey((entry.Collection, entry.Slug)))
            {
                bySlug.Add((entry.Collection, entry.Slug), entry);
            }
        }

        return bySlug;
    }

    public bool Equals(LinkIndex? other) => other is not null && Entries.Equals(other.Entries) && Assets.Equals(other.Assets);

    public override bool Equals(object? obj) => Equals(obj as LinkIndex);

    public override int GetHashCode() => Entries.GetHashCode();
}

/// <summary>What one article needs resolved: related links (by their index in its <c>Links</c>) and reference properties.</summary>
internal sealed record LinkQuery(string Member, string Collection, string SourcePath, EquatableArray<RelatedLink> Related, EquatableArray<PropertyValue> References, EquatableArray<FileReference> Files = default, EquatableArray<string> Anchors = default);

internal sealed record RelatedLink(int LinkIndex, string Text, bool IsSlugReference, LocationInfo? Location);

/// <summary>One resolved link: the link's index in its article, and the member of the article it targets.</summary>
internal sealed record LinkTarget(int LinkIndex, string Member);

/// <summary>Resolution of one article's related links and references, with the diagnostics it produced.</summary>
internal sealed record ResolvedLinks(string Member, string SourcePath, EquatableArray<LinkTarget> Targets, EquatableArray<ResolvedValue> References, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>An article as its bucket writes it: the article, its link targets, its backlinks (members) and its resolved references.</summary>
internal sealed record BucketArticle(ArticleModel Article, EquatableArray<LinkTarget> Targets, EquatableArray<string> LinkedFrom, EquatableArray<ResolvedValue> References);
