using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;

namespace ContentGen.Generator.Model;

/// <summary>The collection class's index: which articles exist, in what order, and the cross-file problems.</summary>
/// <param name="Entries">The articles that get a member, ordered by source path (ordinal).</param>
/// <param name="Options">How to write the code.</param>
/// <param name="Diagnostics">CG0008 for duplicate slugs and identifiers, CG0013 for invalid settings.</param>
internal sealed record CatalogModel(EquatableArray<CatalogEntry> Entries, EmitOptions Options, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static CatalogModel Build(ImmutableArray<CatalogEntry> entries, EmitOptions options)
    {
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

        CatalogEntry[] ordered = unique
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
        return new CatalogModel(result, options, diagnostics.ToImmutable().ToEquatableArray());
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
