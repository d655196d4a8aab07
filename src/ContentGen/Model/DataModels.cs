using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;

namespace ContentGen.Generator.Model;

/// <summary>One entry of a data file as written, before its collection's schema types it.</summary>
/// <param name="Id">Its id: the path under the collection's folder (one entry per file), the key of a mapping, or an item's <c>id</c>.</param>
/// <param name="Identifier">Its member name, from the same path or id.</param>
/// <param name="Order">Its position in the file.</param>
/// <param name="Location">Where it is written: its key or <c>id</c> value, else the file's start.</param>
/// <param name="Entries">Its keys and values.</param>
/// <param name="Mapping">Where its mapping is written (for a missing required value).</param>
internal sealed record RawEntry(string Id, string Identifier, int Order, LocationInfo Location, EquatableArray<FrontMatterEntry> Entries, LocationInfo Mapping);

/// <summary>An entry of a data collection, typed by its schema.</summary>
/// <remarks>Equatable data only (see <see cref="ArticleModel"/>); its location is a data file's, never a C# file's.</remarks>
/// <param name="Collection">The full name of its data collection type.</param>
/// <param name="Id">Its id (unique in the collection).</param>
/// <param name="Identifier">Its member name, clear of the type's own members.</param>
/// <param name="SourcePath">Its file, relative to the project.</param>
/// <param name="Order">Its position in the file: <c>All</c> is ordered by source path, then this.</param>
/// <param name="Location">Where it is written.</param>
/// <param name="IsDraft">Its <c>draft</c> key is true.</param>
/// <param name="Values">Its typed values, in the schema's order.</param>
internal sealed record DataEntryModel(string Collection, string Id, string Identifier, string SourcePath, int Order, LocationInfo Location, bool IsDraft, EquatableArray<PropertyValue> Values)
{
    /// <summary>What references and placement need of it: its names, never its values or where they are.</summary>
    public DataKey Key => new(Collection, Id, Identifier, SourcePath, Order, IsDraft);
}

/// <summary>What parsing and typing one data file gave: its entries, and every problem found.</summary>
/// <param name="Collection">The full name of the data collection that claims the file.</param>
/// <param name="SourcePath">The file, relative to the project.</param>
/// <param name="Entries">Its entries, in the file's order.</param>
/// <param name="Diagnostics">Every problem of the file: CG0004-CG0007, CG0018, CG0022, CG0023, CG0052, CG0053.</param>
internal sealed record DataFileResult(string Collection, string SourcePath, EquatableArray<DataEntryModel> Entries, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// An entry's names, for reference resolution and the collections' order. Editing an entry's
/// values (an author's bio) leaves it unchanged: nothing that only refers to the entry reruns.
/// </summary>
internal sealed record DataKey(string Collection, string Id, string Identifier, string SourcePath, int Order, bool IsDraft);

/// <summary>The entries of every data collection, by names only: what references resolve against.</summary>
/// <param name="Collections">The data collections that get code, numbered from 0 by full name.</param>
/// <param name="Entries">Every entry that gets a place, by collection number, then in <c>All</c> order (source path, then order in the file).</param>
/// <param name="LeftOut">Drafts this build leaves out: references to them are CG0060.</param>
internal sealed record DataLayout(EquatableArray<CollectionInfo> Collections, EquatableArray<DataKey> Entries, EquatableArray<DataKey> LeftOut)
{
    public static readonly DataLayout Empty = new(EquatableArray<CollectionInfo>.Empty, EquatableArray<DataKey>.Empty, EquatableArray<DataKey>.Empty);
}

/// <summary>A data file's references, resolved: for each entry, its reference values in <see cref="ReferenceOrder"/>.</summary>
/// <param name="SourcePath">The file.</param>
/// <param name="References">One array per entry of the file, in the file's order.</param>
/// <param name="Diagnostics">CG0016, CG0055, CG0056, CG0060.</param>
internal sealed record DataFileLinks(string SourcePath, EquatableArray<ResolvedEntry> References, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One entry's resolved reference values.</summary>
internal sealed record ResolvedEntry(string Id, EquatableArray<ResolvedValue> Values);

/// <summary>One data collection's code: its entries in <c>All</c> order with their resolved references, and its backward lookups.</summary>
/// <param name="Collection">The data collection.</param>
/// <param name="Schema">Its schema: the properties the generated constructor reads.</param>
/// <param name="Articles">Every article collection that gets code, for the generated resolver.</param>
/// <param name="Data">Every data collection that gets code, for the generated resolver.</param>
/// <param name="Entries">Its entries, ordered by source path then order in the file (duplicates and left-out drafts removed).</param>
/// <param name="References">Each entry's resolved reference values, one to one with <paramref name="Entries"/>.</param>
/// <param name="Lookups">Its backward lookups, one per reference property in schema order.</param>
/// <param name="Emit">Whether to write the class.</param>
/// <param name="Diagnostics">CG0032, CG0054.</param>
internal sealed record DataCatalogModel(
    CollectionInfo Collection,
    CollectionSchema Schema,
    EquatableArray<CollectionInfo> Articles,
    EquatableArray<CollectionInfo> Data,
    EquatableArray<DataEntryModel> Entries,
    EquatableArray<ResolvedEntry> References,
    EquatableArray<LookupModel> Lookups,
    bool Emit,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A backward lookup (<c>Post.WithAuthor</c>): for each target's key (an entry's id, an article's slug), the positions in the source collection's <c>All</c> of the members that name it.</summary>
/// <param name="Property">The reference property.</param>
/// <param name="Targets">Each target key and its sources' positions, ascending; targets ordered by key (ordinal).</param>
internal sealed record LookupModel(string Property, EquatableArray<LookupTarget> Targets);

/// <summary>One target of a backward lookup and the positions of the members that name it.</summary>
internal sealed record LookupTarget(string Key, EquatableArray<int> Positions);

/// <summary>
/// What the cross-article steps (backward lookups, taxonomies) need of an article: the names its
/// reference properties give, and its taxonomy terms; never its text. A paragraph edit leaves it
/// unchanged, so those steps stay cached.
/// </summary>
/// <param name="Collection">The full name of its collection.</param>
/// <param name="SourcePath">Its file: its position in <c>All</c> follows from it.</param>
/// <param name="References">Each top-level reference property it sets, with the names (ids or slugs) it gives.</param>
/// <param name="Terms">Its terms: its front matter <c>tags</c> (taxonomy <c>""</c>, for <c>Articles.AllTags</c>) and each <c>[Taxonomy]</c> property's.</param>
/// <param name="Published">Its publication instant (front matter <c>date</c> or <c>published</c>) as UTC ticks, for <c>Articles.Newest</c>; null without one.</param>
internal sealed record ArticleFacets(string Collection, string SourcePath, EquatableArray<ReferenceNames> References, EquatableArray<TermUse> Terms, long? Published);

/// <summary>A reference property's names, as written (references resolve by exact name).</summary>
internal sealed record ReferenceNames(string Property, EquatableArray<string> Names);

/// <summary>One use of a term: the taxonomy (a property name; empty for <c>Articles.AllTags</c>), the term as written (for an enum, the member's name), its slug, and where.</summary>
internal sealed record TermUse(string Taxonomy, string Term, string Slug, LocationInfo Location);

/// <summary>One term of a taxonomy: its name, slug, and its articles by place (collection, bucket, key) in the order of the collection's <c>All</c>: an add moves no other article's place, so it changes only its terms.</summary>
internal sealed record TermModel(string Name, string Slug, EquatableArray<ArticleRef> Articles);

/// <summary>A taxonomy: <c>Articles.AllTags</c> (property <c>Tags</c> of the default collection) or a <c>[Taxonomy]</c> property's <c>All{Property}</c>; terms ordered by name (ordinal, ignoring case).</summary>
internal sealed record TaxonomyModel(string Property, EquatableArray<TermModel> Terms);

/// <summary>A collection's taxonomies, for the file that holds them, with CG0058 and CG0059.</summary>
internal sealed record CollectionTaxonomies(CollectionInfo Collection, EquatableArray<TaxonomyModel> Taxonomies, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>For the default collection: the place of every article with a publication date, newest first (<c>Articles.Newest</c>); empty for the others.</summary>
    public EquatableArray<ArticleRef> Newest { get; init; } = EquatableArray<ArticleRef>.Empty;

    /// <summary>The collections a place may name (the catalog's <see cref="CatalogModel.All"/>), for the taxonomy class's resolver.</summary>
    public EquatableArray<CollectionInfo> Collections { get; init; } = EquatableArray<CollectionInfo>.Empty;
}

/// <summary>A collection's backward lookups, for the file that holds them.</summary>
internal sealed record CollectionLookups(CollectionInfo Collection, CollectionSchema Schema, EquatableArray<LookupModel> Lookups);
