using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;

namespace ContentGen.Generator.Model;

/// <summary>Every collection that gets code, numbered, and what binding needs to know of it.</summary>
/// <param name="Collections">The default collection first (number 0), then each valid <c>[ContentCollection]</c> type by full name.</param>
/// <param name="Schemas">Every declared collection type, valid or not (the binder reports their keys).</param>
/// <param name="Emit">Whether the settings are valid (CG0013 otherwise): nothing is generated while they are not.</param>
/// <param name="ObjectMembers">The member names of <c>object</c> in the compilation: the static class <c>Articles</c> inherits them.</param>
internal sealed record CollectionSet(EquatableArray<CollectionInfo> Collections, SchemaSet Schemas, bool Emit, EquatableArray<string> ObjectMembers = default)
{
    public CollectionInfo Default => Collections[0];

    /// <summary>Every valid <c>[DataCollection]</c> type, numbered from 0 by full name.</summary>
    public EquatableArray<CollectionInfo> Data { get; init; } = EquatableArray<CollectionInfo>.Empty;

    /// <summary>ContentGenIncludeDrafts: drafts get a place (else they are left out, and naming one is CG0060).</summary>
    public bool IncludeDrafts { get; init; } = true;

    /// <summary>The schema of a collection or data collection, by full name.</summary>
    public CollectionSchema? Schema(string fullName)
    {
        foreach (CollectionSchema schema in Schemas.Collections)
        {
            if (schema.FullName == fullName)
            {
                return schema;
            }
        }

        return null;
    }
}

/// <summary>One collection's catalog: its articles in source-path order, each with its place, and the buckets that exist.</summary>
/// <param name="Collection">The class that holds the collection.</param>
/// <param name="All">Every collection that gets code, for the generated reference resolver.</param>
/// <param name="Entries">The articles that get a member, ordered by source path (ordinal).</param>
/// <param name="Emit">Whether to write the class (settings valid, collection type completable).</param>
/// <param name="Diagnostics">CG0008 for duplicate slugs and identifiers; on the default collection also CG0021, and CG0008 for a slug served by two collections.</param>
/// <param name="Properties">The collection type's properties, by name, which the generated constructor reads in that order (none for the default collection).</param>
internal sealed record CatalogModel(CollectionInfo Collection, EquatableArray<CollectionInfo> All, EquatableArray<PlacedEntry> Entries, bool Emit, EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<SchemaProperty> Properties = default)
{
    /// <summary>Every data collection that gets code, for the generated resolver of references to entries.</summary>
    public EquatableArray<CollectionInfo> Data { get; init; } = EquatableArray<CollectionInfo>.Empty;

    /// <summary>For the default collection: every placed article of the project, ordered by source path (<c>Articles.All</c>); empty for the others.</summary>
    public EquatableArray<PlacedEntry> Everything { get; init; } = EquatableArray<PlacedEntry>.Empty;
}

/// <summary>Where every article lives: the input of link resolution, the catalogs and the buckets.</summary>
/// <param name="Collections">The collections that get code.</param>
/// <param name="Placed">Every placed article, by collection number, then source path.</param>
/// <param name="Catalogs">One catalog per declared collection, the default first.</param>
/// <param name="Unmatched">The full names of the valid collections whose pattern matches no file (CG0032, placed at the pattern by its own output).</param>
internal sealed record ContentLayout(CollectionSet Collections, EquatableArray<PlacedEntry> Placed, EquatableArray<CatalogModel> Catalogs, EquatableArray<string> Unmatched)
{
    /// <summary>The drafts this build leaves out (ContentGenIncludeDrafts false): no place, no member, in no list.</summary>
    public EquatableArray<IndexEntry> LeftOut { get; init; } = EquatableArray<IndexEntry>.Empty;
}
