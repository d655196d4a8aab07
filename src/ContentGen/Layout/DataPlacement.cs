using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;
using ContentGen.Generator.Model;

namespace ContentGen.Generator.Layout;

/// <summary>
/// Gives every data entry its place: each data collection's entries ordered by source path, then
/// by their order in the file; the first of two entries with one id (or one identifier) keeps it,
/// and drafts are left out when the build leaves drafts out.
/// </summary>
internal static class DataPlacement
{
    /// <summary>The entries' names in order, for reference resolution: built from names only, so an edit to an entry's values never reruns it.</summary>
    public static DataLayout Build(ImmutableArray<EquatableArray<DataKey>> files, CollectionSet collections)
    {
        var placed = new List<DataKey>();
        var leftOut = new List<DataKey>();
        ILookup<string, DataKey> byCollection = files.SelectMany(f => f).ToLookup(k => k.Collection, StringComparer.Ordinal);
        foreach (CollectionInfo collection in collections.Data)
        {
            (List<DataKey> kept, List<DataKey> drafts, _) = Place(byCollection[collection.FullName], collections.IncludeDrafts);
            placed.AddRange(kept);
            leftOut.AddRange(drafts);
        }

        return new DataLayout(collections.Data, placed.ToEquatableArray(), leftOut.ToEquatableArray());
    }

    /// <summary>The kept entries in order, the drafts left out, and each duplicate with the entry that keeps its id or identifier.</summary>
    private static (List<DataKey> Kept, List<DataKey> LeftOut, List<(DataKey Duplicate, DataKey Kept, string What)> Duplicates) Place(IEnumerable<DataKey> keys, bool includeDrafts)
    {
        var kept = new List<DataKey>();
        var leftOut = new List<DataKey>();
        var duplicates = new List<(DataKey, DataKey, string)>();
        var ids = new Dictionary<string, DataKey>(StringComparer.Ordinal);
        var identifiers = new Dictionary<string, DataKey>(StringComparer.Ordinal);
        foreach (DataKey key in keys.OrderBy(k => k.SourcePath, StringComparer.Ordinal).ThenBy(k => k.Order))
        {
            if (key.IsDraft && !includeDrafts)
            {
                leftOut.Add(key);
            }
            else if (ids.TryGetValue(key.Id, out DataKey? first))
            {
                duplicates.Add((key, first, "id"));
            }
            else if (identifiers.TryGetValue(key.Identifier, out DataKey? named))
            {
                duplicates.Add((key, named, "identifier"));
            }
            else
            {
                ids.Add(key.Id, key);
                identifiers.Add(key.Identifier, key);
                kept.Add(key);
            }
        }

        return (kept, leftOut, duplicates);
    }

    /// <summary>
    /// Each data collection's code: its kept entries with their values and resolved references,
    /// its backward lookups, and its diagnostics (a duplicate id, CG0054).
    /// </summary>
    public static IEnumerable<DataCatalogModel> Catalogs(ImmutableArray<DataFileResult> files, ImmutableArray<DataFileLinks> links, CollectionSet collections)
    {
        var models = new Dictionary<DataKey, DataEntryModel>();
        var resolved = new Dictionary<DataKey, ResolvedEntry>();
        for (int f = 0; f < files.Length; f++)
        {
            for (int e = 0; e < files[f].Entries.Count; e++)
            {
                DataEntryModel entry = files[f].Entries[e];
                if (models.ContainsKey(entry.Key))
                {
                    continue; // One file in two items: once.
                }

                models.Add(entry.Key, entry);
                if (f < links.Length && e < links[f].References.Count)
                {
                    resolved.Add(entry.Key, links[f].References[e]);
                }
            }
        }

        ILookup<string, DataKey> byCollection = models.Keys.ToLookup(k => k.Collection, StringComparer.Ordinal);
        foreach (CollectionSchema schema in collections.Schemas.Collections.Where(c => c.IsData))
        {
            CollectionInfo? collection = collections.Data.FirstOrDefault(c => c.FullName == schema.FullName);
            var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
            (List<DataKey> kept, _, List<(DataKey Duplicate, DataKey Kept, string What)> duplicates) = Place(byCollection[schema.FullName], collections.IncludeDrafts);
            foreach ((DataKey duplicate, DataKey first, string what) in duplicates)
            {
                DataEntryModel entry = models[duplicate];
                LocationInfo at = models[first].Location;
                string value = what == "id" ? duplicate.Id : duplicate.Identifier;
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.DuplicateId, entry.Location, what, value, schema.Name, $"{first.SourcePath}({at.Lines.Start.Line + 1},{at.Lines.Start.Character + 1})"));
            }

            DataEntryModel[] entries = [.. kept.Select(k => models[k])];
            ResolvedEntry[] references = [.. kept.Select(k => resolved.TryGetValue(k, out ResolvedEntry? r) ? r : new ResolvedEntry(k.Id, EquatableArray<ResolvedValue>.Empty))];
            yield return new DataCatalogModel(
                collection ?? new CollectionInfo(schema.Namespace, schema.Name, false, string.Empty, -1, IsData: true),
                schema,
                collections.Collections,
                collections.Data,
                entries.ToEquatableArray(),
                references.ToEquatableArray(),
                Lookups(schema, entries.Select(e => e.Values.Where(v => v.Reference is not null).Select(v => new ReferenceNames(v.Property, v.Reference!.Slugs.Select(n => n.Slug).ToEquatableArray())))),
                collections.Emit && collection is not null,
                diagnostics.ToImmutable().ToEquatableArray());
        }
    }

    /// <summary>
    /// The full names of the valid data collections that claim no data file (CG0032, placed at the
    /// pattern by its own output): from the files' collections only, so an edit of an entry
    /// leaves it equal.
    /// </summary>
    public static EquatableArray<string> Unmatched(ImmutableArray<string> claimed, CollectionSet collections)
    {
        var unmatched = new List<string>();
        foreach (CollectionSchema schema in collections.Schemas.Collections)
        {
            if (schema.IsData && schema.IsValid && !claimed.Contains(schema.FullName))
            {
                unmatched.Add(schema.FullName);
            }
        }

        return unmatched.ToEquatableArray();
    }

    /// <summary>Each article collection's backward lookups, from its articles' reference names in <c>All</c> order (the placed ones only).</summary>
    public static IEnumerable<CollectionLookups> ArticleLookups(ImmutableArray<ArticleFacets> facets, ContentLayout layout)
    {
        var bySource = new Dictionary<(string, string), ArticleFacets>();
        foreach (ArticleFacets facet in facets)
        {
            if (facet.References.Count > 0 && !bySource.ContainsKey((facet.Collection, facet.SourcePath)))
            {
                bySource.Add((facet.Collection, facet.SourcePath), facet);
            }
        }

        foreach (CatalogModel catalog in layout.Catalogs)
        {
            if (!catalog.Emit || catalog.Collection.IsDefault || layout.Collections.Schema(catalog.Collection.FullName) is not { } schema || !schema.Properties.Any(p => p.Type.IsReference))
            {
                continue;
            }

            IEnumerable<IEnumerable<ReferenceNames>> members = catalog.Entries.Select(e =>
                bySource.TryGetValue((e.Entry.Collection, e.Entry.SourcePath), out ArticleFacets? facet) ? facet.References : (IEnumerable<ReferenceNames>)[]);
            yield return new CollectionLookups(catalog.Collection, schema, Lookups(schema, members));
        }
    }

    /// <summary>
    /// The backward lookup of each reference property, in schema order: for each name a member
    /// gives (an id or a slug: references resolve by exact name), the positions of the members
    /// that give it, in <c>All</c> order, each once.
    /// </summary>
    /// <param name="schema">The source collection.</param>
    /// <param name="members">Each member's reference names, in <c>All</c> order.</param>
    public static EquatableArray<LookupModel> Lookups(CollectionSchema schema, IEnumerable<IEnumerable<ReferenceNames>> members)
    {
        SchemaProperty[] properties = [.. schema.Properties.Where(p => p.Type.IsReference)];
        if (properties.Length == 0)
        {
            return EquatableArray<LookupModel>.Empty;
        }

        var targets = properties.Select(_ => new SortedDictionary<string, List<int>>(StringComparer.Ordinal)).ToArray();
        int position = 0;
        foreach (IEnumerable<ReferenceNames> values in members)
        {
            foreach (ReferenceNames value in values)
            {
                int p = Array.FindIndex(properties, x => x.Name == value.Property);
                if (p < 0)
                {
                    continue;
                }

                foreach (string name in value.Names)
                {
                    if (!targets[p].TryGetValue(name, out List<int>? sources))
                    {
                        sources = [];
                        targets[p].Add(name, sources);
                    }

                    // A list that names one target twice lists the member once.
                    if (sources.Count == 0 || sources[sources.Count - 1] != position)
                    {
                        sources.Add(position);
                    }
                }
            }

            position++;
        }

        return properties
            .Select((property, p) => new LookupModel(property.Name, targets[p].Select(t => new LookupTarget(t.Key, t.Value.ToEquatableArray())).ToEquatableArray()))
            .ToEquatableArray();
    }
}
