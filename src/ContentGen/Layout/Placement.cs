using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;
using ContentGen.Generator.Model;

namespace ContentGen.Generator.Layout;

/// <summary>
/// Gives every article its place: which articles of a collection get a member (duplicates are
/// reported and skipped), their order (by source path) and their bucket and key. Runs over the
/// small <see cref="IndexEntry"/> projection only: a paragraph edit never reruns it.
/// </summary>
internal static class Placement
{
    public const int Buckets = ContentGen.Shared.PayloadFormat.Buckets;

    /// <summary>The bucket of an identifier: FNV-1a, stable across processes and platforms (unlike string.GetHashCode).</summary>
    public static int BucketOf(string identifier) => (int)(Hash(identifier) % Buckets);

    /// <summary>
    /// The key an article would like in its bucket: 14 bits of the same hash, bits its bucket does
    /// not use (two bytes as a varint, what a slot of a bucket past 128 articles costs).
    /// </summary>
    public static int KeyOf(string identifier) => (int)((Hash(identifier) >> 16) & 0x3FFF);

    /// <summary>
    /// FNV-1a over the characters: stable across processes and platforms. Other seeds give the
    /// other hashes of the layout (chunk ends, index segments), whose bits then say nothing about
    /// an article's bucket or key.
    /// </summary>
    internal static uint Hash(string text, uint seed = 2166136261)
    {
        uint hash = seed;
        foreach (char c in text)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return hash;
    }

    public static ContentLayout Build(ImmutableArray<IndexEntry> index, CollectionSet collections)
    {
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();

        // One file in two items: report it once, and place it once.
        var unique = new List<IndexEntry>();
        foreach (IGrouping<string, IndexEntry> group in index.GroupBy(e => e.Location.Path, StringComparer.Ordinal))
        {
            IndexEntry[] copies = [.. group];
            unique.Add(copies[0]);
            if (copies.Length > 1)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.AddedTwice, copies[0].Location, copies[0].SourcePath, copies.Length.ToString(CultureInfo.InvariantCulture)));
            }
        }

        var matched = new HashSet<string>(unique.Select(e => e.Collection), StringComparer.Ordinal);

        // A build that leaves drafts out gives them nothing: no place, no member, in no list, term or lookup.
        List<IndexEntry> leftOut = collections.IncludeDrafts ? [] : [.. unique.Where(e => e.IsDraft).OrderBy(e => e.SourcePath, StringComparer.Ordinal)];
        if (leftOut.Count > 0)
        {
            unique = [.. unique.Where(e => !e.IsDraft)];
        }

        ILookup<string, IndexEntry> byCollection = unique.ToLookup(e => e.Collection, StringComparer.Ordinal);
        var placed = new List<PlacedEntry>();
        var catalogs = new List<CatalogModel>();
        CollectionInfo defaultCollection = collections.Default;
        catalogs.Add(Catalog(defaultCollection, byCollection[defaultCollection.FullName], collections, collections.Emit, diagnostics, placed, EquatableArray<SchemaProperty>.Empty));

        var unmatched = new List<string>();
        foreach (CollectionSchema schema in collections.Schemas.Collections.Where(c => !c.IsData))
        {
            List<IndexEntry> members = [.. byCollection[schema.FullName]];
            // Drafts left out of this build still matched the pattern: only a pattern that matches nothing is reported.
            if (schema.IsValid && !matched.Contains(schema.FullName))
            {
                unmatched.Add(schema.FullName);
            }

            CollectionInfo info = collections.Collections.FirstOrDefault(c => c.FullName == schema.FullName)
                ?? new CollectionInfo(schema.Namespace, schema.Name, false, string.Empty, -1);
            catalogs.Add(Catalog(info, members, collections, collections.Emit && info.Number >= 0, ImmutableArray.CreateBuilder<DiagnosticInfo>(), placed, schema.Properties));
        }

        // One URL per slug: Articles.Find finds any article, so two collections may not share one (CG0008).
        var across = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        foreach (IGrouping<string, PlacedEntry> group in placed.GroupBy(p => p.Entry.Slug, StringComparer.Ordinal))
        {
            if (group.Select(p => p.Entry.Collection).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                foreach (PlacedEntry entry in group)
                {
                    string others = string.Join("', '", group.Where(o => o.Entry.Collection != entry.Entry.Collection).Select(o => o.Entry.SourcePath));
                    across.Add(DiagnosticInfo.Create(Descriptors.Duplicate, entry.Entry.Location, "slug", entry.Entry.Slug, entry.Entry.SourcePath, others));
                }
            }
        }

        // The default class holds Articles.All and Find: every placed article, by source path.
        EquatableArray<PlacedEntry> everything = placed.OrderBy(p => p.Entry.SourcePath, StringComparer.Ordinal).ThenBy(p => p.Entry.Location.Path, StringComparer.Ordinal).ToEquatableArray();
        catalogs[0] = catalogs[0] with
        {
            Everything = everything,
            Diagnostics = across.Count == 0 ? catalogs[0].Diagnostics : catalogs[0].Diagnostics.Concat(across).ToEquatableArray(),
        };

        return new ContentLayout(collections, placed.ToEquatableArray(), catalogs.ToEquatableArray(), unmatched.ToEquatableArray()) { LeftOut = leftOut.ToEquatableArray() };
    }

    /// <summary>
    /// CG0032 for each collection or data collection whose pattern matches no file, at the pattern
    /// in its C# file: the layouts name the collections, the schema reads know where their
    /// patterns are written.
    /// </summary>
    public static EquatableArray<DiagnosticInfo> Unmatched(EquatableArray<string> unmatched, ImmutableArray<SchemaRead> reads)
    {
        if (unmatched.Count == 0)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var diagnostics = new List<DiagnosticInfo>();
        foreach (SchemaRead read in reads.OrderBy(r => r.Schema.FullName, StringComparer.Ordinal))
        {
            if (unmatched.AsSpan().IndexOf(read.Schema.FullName) >= 0)
            {
                string files = read.Schema.IsData
                    ? "data file; data files are the .yaml, .yml and .json files among the project's ContentGenData and ContentGenAsset items"
                    : "content file; content files are the project's ContentGenArticle items";
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.EmptyGlob, read.PatternLocation, read.Schema.Pattern, read.Schema.Name, files));
            }
        }

        return diagnostics.ToEquatableArray();
    }

    private static CatalogModel Catalog(CollectionInfo collection, IEnumerable<IndexEntry> entries, CollectionSet collections, bool emit, ImmutableArray<DiagnosticInfo>.Builder diagnostics, List<PlacedEntry> placed, EquatableArray<SchemaProperty> properties)
    {
        IndexEntry[] ordered = entries
            .Where(e => e.Slug.Length > 0 && e.Identifier.Length > 0)
            .OrderBy(e => e.SourcePath, StringComparer.Ordinal)
            .ThenBy(e => e.Location.Path, StringComparer.Ordinal)
            .ToArray();

        foreach (IGrouping<string, IndexEntry> group in ordered.ToLookup(e => e.Slug, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Report(group.ToList(), "slug", diagnostics);
        }

        // The first article of an identifier, by path, gets the member; the catalog lists exactly those.
        var kept = new List<IndexEntry>();
        foreach (IGrouping<string, IndexEntry> group in ordered.GroupBy(e => e.Identifier, StringComparer.Ordinal))
        {
            List<IndexEntry> members = group.ToList();
            kept.Add(members[0]);

            // Files that share a slug share the identifier too; one diagnostic for one cause.
            if (members.Count > 1 && members.Select(m => m.Slug).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                Report(members, "identifier", diagnostics);
            }
        }

        var entriesOut = new List<PlacedEntry>(kept.Count);
        if (collection.Number >= 0)
        {
            // A key depends on the identifier only, so adding or deleting an article moves no
            // other article's key (a position would move every later one, and every record that
            // refers to those). Two identifiers that want one key: the first by source path keeps
            // it, the next takes the next free one; at 10,000 articles about one add in a hundred
            // moves one other article's key this way.
            var taken = new HashSet<int>[Buckets];
            foreach (IndexEntry entry in kept)
            {
                int bucket = BucketOf(entry.Identifier);
                HashSet<int> keys = taken[bucket] ??= [];
                int key = KeyOf(entry.Identifier);
                while (!keys.Add(key))
                {
                    key++;
                }

                entriesOut.Add(new PlacedEntry(entry, new ArticleRef(collection.Number, bucket, key)));
            }

            placed.AddRange(entriesOut);
        }

        return new CatalogModel(collection, collections.Collections, entriesOut.ToEquatableArray(), emit, diagnostics.ToImmutable().ToEquatableArray(), properties) { Data = collections.Data };
    }

    private static void Report(List<IndexEntry> members, string what, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        foreach (IndexEntry entry in members)
        {
            string value = what == "slug" ? entry.Slug : entry.Identifier;
            string others = string.Join("', '", members.Where(m => !ReferenceEquals(m, entry)).Select(m => m.SourcePath));
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.Duplicate, entry.Location, what, value, entry.SourcePath, others));
        }
    }
}
