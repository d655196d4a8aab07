using System.Collections.Generic;
using System.Linq;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;

namespace ContentGen.Generator.Model;

/// <summary>What link resolution and the catalogs know of an article: its names, never its text.</summary>
/// <remarks>A paragraph edit leaves this unchanged, so resolution for every other article and the catalogs stay cached.</remarks>
/// <param name="Collection">The full name of its collection.</param>
/// <param name="Slug">Its slug.</param>
/// <param name="TitleKey">Its title, normalized for comparison.</param>
/// <param name="SourcePath">Its file.</param>
/// <param name="Anchors">Every id and <c>&lt;a name&gt;</c> of its HTML (Markdown), for links with a <c>#fragment</c>.</param>
/// <param name="Identifier">Its member name in its collection.</param>
/// <param name="Title">Its title, for the hover text of its property.</param>
/// <param name="Location">Its file, for duplicate diagnostics.</param>
/// <param name="IsDraft">Its front matter says <c>draft: true</c>: a build that leaves drafts out gives it no place.</param>
internal sealed record IndexEntry(string Collection, string Slug, string TitleKey, string SourcePath, EquatableArray<string> Anchors, string Identifier, string Title, LocationInfo Location, bool IsDraft = false);

/// <summary>Where an article lives in the generated payload: its collection's number, its bucket, and its key in the bucket.</summary>
/// <remarks>
/// Articles refer to each other (link targets, backlinks, references, properties, the indexes) by
/// this, never by C# name nor by position: the key comes from the article's identifier
/// (<see cref="Layout.Placement.KeyOf"/>), so adding or deleting another article changes no
/// reference to this one, and no record that holds one (docs/performance.md, "Payload format").
/// </remarks>
internal readonly record struct ArticleRef(int Collection, int Bucket, int Key);

/// <summary>An article that gets a place in its collection: its names and where it lives.</summary>
/// <param name="Entry">Its names.</param>
/// <param name="Ref">Its place in the payload.</param>
internal sealed record PlacedEntry(IndexEntry Entry, ArticleRef Ref);

/// <summary>
/// The placed articles, with lookups built once per change of the index (not once per article:
/// at C10k that was 10,000 lookups of 10,000 entries).
/// </summary>
/// <remarks>Equality is the entries' and assets' only; the lookups are derived from them.</remarks>
internal sealed class LinkIndex(EquatableArray<PlacedEntry> entries, EquatableArray<string> assets, DataLayout? data = null, EquatableArray<IndexEntry> leftOut = default) : System.IEquatable<LinkIndex>
{
    private ILookup<string, IndexEntry>? _leftOutBySlug;
    private ILookup<string, IndexEntry>? _leftOutByTitle;
    private ILookup<string, IndexEntry>? _leftOutByPath;

    /// <summary>The drafts this build leaves out: a link or reference to one is CG0060, and their own links are not checked.</summary>
    public EquatableArray<IndexEntry> LeftOut { get; } = leftOut;

    public IEnumerable<IndexEntry> LeftOutBySlug(string slug) => (_leftOutBySlug ??= LeftOut.ToLookup(e => e.Slug, System.StringComparer.Ordinal))[slug];

    public IEnumerable<IndexEntry> LeftOutByTitle(string titleKey) => (_leftOutByTitle ??= LeftOut.ToLookup(e => e.TitleKey, System.StringComparer.Ordinal))[titleKey];

    public IEnumerable<IndexEntry> LeftOutByPath(string sourcePath) => (_leftOutByPath ??= LeftOut.ToLookup(e => e.SourcePath, System.StringComparer.Ordinal))[sourcePath];

    private Dictionary<string, PlacedEntry>? _byPathIgnoringCase;
    private Dictionary<string, string>? _assetsIgnoringCase;
    private Dictionary<(string Collection, string Id), DataKey>? _dataById;
    private Dictionary<(string Collection, string Id), DataKey>? _leftOutData;
    private ILookup<string, DataKey>? _dataByAnyId;

    public EquatableArray<PlacedEntry> Entries { get; } = entries;

    /// <summary>Every data entry's names: what references to data resolve against.</summary>
    public DataLayout Data { get; } = data ?? DataLayout.Empty;

    /// <summary>The entry of a data collection with this id, if it has a place.</summary>
    public DataKey? Entry(string collection, string id)
    {
        _dataById ??= Data.Entries.GroupBy(k => (k.Collection, k.Id)).ToDictionary(g => g.Key, g => g.First());
        return _dataById.TryGetValue((collection, id), out DataKey? key) ? key : null;
    }

    /// <summary>The draft of a data collection with this id that this build leaves out, if any.</summary>
    public DataKey? LeftOutEntry(string collection, string id)
    {
        _leftOutData ??= Data.LeftOut.GroupBy(k => (k.Collection, k.Id)).ToDictionary(g => g.Key, g => g.First());
        return _leftOutData.TryGetValue((collection, id), out DataKey? key) ? key : null;
    }

    /// <summary>The entries of every data collection with this id.</summary>
    public IEnumerable<DataKey> EntriesWithId(string id)
    {
        _dataByAnyId ??= Data.Entries.ToLookup(k => k.Id, System.StringComparer.Ordinal);
        return _dataByAnyId[id];
    }

    /// <summary>The project-relative paths of the asset files (ContentGenAsset items), sorted.</summary>
    public EquatableArray<string> Assets { get; } = assets;

    public HashSet<string> AssetSet { get; } = new(assets, System.StringComparer.Ordinal);

    /// <summary>Articles by source path.</summary>
    public ILookup<string, PlacedEntry> ByPath { get; } = entries.ToLookup(e => e.Entry.SourcePath, System.StringComparer.Ordinal);

    public ILookup<string, PlacedEntry> BySlug { get; } = entries.ToLookup(e => e.Entry.Slug, System.StringComparer.Ordinal);

    /// <summary>Slugs are unique within a collection (CG0008): the key is the collection and the slug.</summary>
    public Dictionary<(string Collection, string Slug), PlacedEntry> ByCollectionSlug { get; } = Distinct(entries);

    public ILookup<string, PlacedEntry> ByTitle { get; } = entries.ToLookup(e => e.Entry.TitleKey, System.StringComparer.Ordinal);

    /// <summary>The article with this source path, compared exactly or ignoring case; the first by path when several differ only in case.</summary>
    public PlacedEntry? Article(string path, bool exact)
    {
        if (exact)
        {
            return ByPath[path].FirstOrDefault();
        }

        _byPathIgnoringCase ??= Entries.GroupBy(e => e.Entry.SourcePath, System.StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Entry.SourcePath, System.StringComparer.Ordinal).First(), System.StringComparer.OrdinalIgnoreCase);
        return _byPathIgnoringCase.TryGetValue(path, out PlacedEntry? found) ? found : null;
    }

    /// <summary>The asset with this path, compared exactly or ignoring case: its real path, or null.</summary>
    public string? Asset(string path, bool exact)
    {
        if (exact)
        {
            return AssetSet.Contains(path) ? path : null;
        }

        _assetsIgnoringCase ??= Assets.GroupBy(a => a, System.StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a, System.StringComparer.Ordinal).First(), System.StringComparer.OrdinalIgnoreCase);
        return _assetsIgnoringCase.TryGetValue(path, out string? found) ? found : null;
    }

    /// <summary>The place of the article of a collection with this source path, if it has one.</summary>
    public ArticleRef? RefOf(string collection, string sourcePath)
    {
        foreach (PlacedEntry placed in ByPath[sourcePath])
        {
            if (placed.Entry.Collection == collection)
            {
                return placed.Ref;
            }
        }

        return null;
    }

    private static Dictionary<(string, string), PlacedEntry> Distinct(EquatableArray<PlacedEntry> entries)
    {
        var bySlug = new Dictionary<(string, string), PlacedEntry>();
        foreach (PlacedEntry placed in entries)
        {
            if (!bySlug.ContainsKey((placed.Entry.Collection, placed.Entry.Slug)))
            {
                bySlug.Add((placed.Entry.Collection, placed.Entry.Slug), placed);
            }
        }

        return bySlug;
    }

    public bool Equals(LinkIndex? other) => other is not null && Entries.Equals(other.Entries) && Assets.Equals(other.Assets) && Data.Equals(other.Data) && LeftOut.Equals(other.LeftOut);

    public override bool Equals(object? obj) => Equals(obj as LinkIndex);

    public override int GetHashCode() => Entries.GetHashCode();
}

/// <summary>What one article needs resolved: related links (by their index in its <c>Links</c>), reference properties, and files.</summary>
internal sealed record LinkQuery(string Collection, string SourcePath, EquatableArray<RelatedLink> Related, EquatableArray<ReferenceUse> References, EquatableArray<FileReference> Files, EquatableArray<string> Anchors);

internal sealed record RelatedLink(int LinkIndex, string Text, bool IsSlugReference, LocationInfo? Location);

/// <summary>One resolved link: the link's index in its article, and the article it targets.</summary>
internal sealed record LinkTarget(int LinkIndex, ArticleRef Target);

/// <summary>Resolution of one article's links and references, with the diagnostics it produced.</summary>
/// <param name="Self">The article's own place (its backlinks' source); null when it has none (a duplicate).</param>
/// <param name="SourcePath">Its file: backlinks are ordered by it.</param>
/// <param name="Targets">Its links that resolved, by link index.</param>
/// <param name="References">Its reference values (<see cref="ReferenceOrder"/>), resolved, one to one.</param>
/// <param name="Diagnostics">CG0010, CG0016, CG0020, CG0025-CG0027, CG0055, CG0056, CG0060.</param>
internal sealed record ResolvedLinks(ArticleRef? Self, string SourcePath, EquatableArray<LinkTarget> Targets, EquatableArray<ResolvedValue> References, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The links of one article that resolved, as backlinks need them: a projection that a paragraph edit leaves equal.</summary>
/// <param name="Self">The article's place; null when it has none.</param>
/// <param name="SourcePath">Its file: backlinks are ordered by it.</param>
/// <param name="Targets">Its links that resolved.</param>
internal sealed record LinkEdges(ArticleRef? Self, string SourcePath, EquatableArray<LinkTarget> Targets);

/// <summary>For each article that other articles link to, those articles (by source path, each once).</summary>
/// <remarks>
/// Equality is the entries' only; the lookup is derived from them, built once per value. Cached
/// while no link changes, so every bucket keeps the same backlink arrays across paragraph edits.
/// </remarks>
internal sealed class Backlinks(EquatableArray<Backlink> entries) : System.IEquatable<Backlinks>
{
    private Dictionary<ArticleRef, EquatableArray<ArticleRef>>? _byTarget;

    public EquatableArray<Backlink> Entries { get; } = entries;

    /// <summary>The articles that link to <paramref name="target"/>.</summary>
    public EquatableArray<ArticleRef> To(ArticleRef target)
    {
        if (_byTarget is null)
        {
            var byTarget = new Dictionary<ArticleRef, EquatableArray<ArticleRef>>(Entries.Count);
            foreach (Backlink entry in Entries)
            {
                byTarget[entry.Target] = entry.Sources;
            }

            _byTarget = byTarget;
        }

        return _byTarget.TryGetValue(target, out EquatableArray<ArticleRef> sources) ? sources : EquatableArray<ArticleRef>.Empty;
    }

    public bool Equals(Backlinks? other) => other is not null && Entries.Equals(other.Entries);

    public override bool Equals(object? obj) => Equals(obj as Backlinks);

    public override int GetHashCode() => Entries.GetHashCode();
}

/// <summary>An article, and the articles that link to it.</summary>
internal sealed record Backlink(ArticleRef Target, EquatableArray<ArticleRef> Sources);
