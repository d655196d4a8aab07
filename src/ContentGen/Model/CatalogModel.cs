using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;

namespace ContentGen.Generator.Model;

/// <summary>A collection class's index: which articles exist, in what order, and the cross-file problems.</summary>
/// <param name="Collection">The class that holds the collection.</param>
/// <param name="Entries">The articles that get a member, ordered by source path (ordinal).</param>
/// <param name="Emit">Whether to write the class (settings valid, collection type completable).</param>
/// <param name="Diagnostics">CG0008 for duplicate slugs and identifiers; on the default collection also CG0013 and CG0021; CG0019 for a collection without files.</param>
internal sealed record CatalogModel(CollectionInfo Collection, EquatableArray<CatalogEntry> Entries, bool Emit, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>One catalog per collection: the default <c>Articles</c> first, then each <c>[ContentCollection]</c> type.</summary>
    public static IEnumerable<CatalogModel> Build(ImmutableArray<IndexEntry> index, SchemaSet schemas, EmitOptions options)
    {
        ImmutableArray<CatalogEntry> entries = index.Select(e => e.ToCatalogEntry()).ToImmutableArray();
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        diagnostics.AddRange(options.Diagnostics);

        // One file in two items: report it once, and index it once.
        var unique = new List<CatalogEntry>();
        foreach (IGrouping<string, CatalogEntry> group in entries.GroupBy(e => e.Location.Path, StringComparer.Ordinal))
        {
            CatalogEntry[] copies = [.. group];
            unique.Add(copies[0]);
            if (copies.Length > 1)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.AddedTwice, copies[0].Location, copies[0].SourcePath, copies.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        ILookup<string, CatalogEntry> byCollection = unique.ToLookup(e => e.Collection, StringComparer.Ordinal);
        CollectionInfo defaultCollection = CollectionInfo.Default(options);
        yield return Index(defaultCollection, byCollection[defaultCollection.FullName], options.IsValid, diagnostics);

        foreach (CollectionSchema schema in schemas.Collections)
        {
            var own = ImmutableArray.CreateBuilder<DiagnosticInfo>();
            List<CatalogEntry> members = byCollection[schema.FullName].ToList();
            if (members.Count == 0 && schema.IsValid)
            {
                own.Add(DiagnosticInfo.Create(Descriptors.InvalidGlob, schema.PatternLocation, schema.Pattern, schema.Name, "matches no content file; content files are the project's ContentGenArticle items") with { Severity = Microsoft.CodeAnalysis.DiagnosticSeverity.Warning });
            }

            yield return Index(CollectionInfo.Of(schema), members, options.IsValid && schema.IsValid, own);
        }
    }

    private static CatalogModel Index(CollectionInfo collection, IEnumerable<CatalogEntry> entries, bool emit, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        CatalogEntry[] ordered = entries
            .Where(e => e.Slug.Length > 0 && e.Identifier.Length > 0)
            .OrderBy(e => e.SourcePath, StringComparer.Ordinal)
            .ThenBy(e => e.Location.Path, StringComparer.Ordinal)
            .ToArray();

        var sameSlug = ordered.ToLookup(e => e.Slug, StringComparer.Ordinal);
        foreach (IGrouping<string, CatalogEntry> group in sameSlug.Where(g => g.Count() > 1))
        {
            Report(group.ToList(), "slug", diagnostics);
        }

        // The emitter keeps the first article of an identifier; the catalog must list exactly those.
        var kept = new List<CatalogEntry>();
        foreach (IGrouping<string, CatalogEntry> group in ordered.GroupBy(e => e.Identifier, StringComparer.Ordinal))
        {
            List<CatalogEntry> members = group.ToList();
            kept.Add(members[0]);

            // Files that share a slug share the identifier too; one diagnostic for one cause.
            if (members.Count > 1 && members.Select(m => m.Slug).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                Report(members, "identifier", diagnostics);
            }
        }

        EquatableArray<CatalogEntry> result = kept.OrderBy(e => e.SourcePath, StringComparer.Ordinal).ToEquatableArray();
        return new CatalogModel(collection, result, emit, diagnostics.ToImmutable().ToEquatableArray());
    }

    private static void Report(List<CatalogEntry> members, string what, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        foreach (CatalogEntry entry in members)
        {
            string value = what == "slug" ? entry.Slug : entry.Identifier;
            string others = string.Join("', '", members.Where(m => !ReferenceEquals(m, entry)).Select(m => m.SourcePath));
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.Duplicate, entry.Location, what, value, entry.SourcePath, others));
        }
    }
}
