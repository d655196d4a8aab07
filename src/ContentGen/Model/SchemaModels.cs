using System;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;

namespace ContentGen.Generator.Model;

/// <summary>What a schema property holds (docs/format.md, "Collections").</summary>
internal enum ValueKind
{
    /// <summary>A type ContentGen cannot store (CG0017); its key is ignored.</summary>
    Unsupported,
    String,
    Boolean,
    Int32,
    Int64,
    Double,
    Decimal,
    DateOnly,
    DateTime,
    DateTimeOffset,
    TimeSpan,
    Uri,
    Guid,
    Enum,

    /// <summary>An article of a collection: the front matter value is its slug.</summary>
    Reference,

    /// <summary>A <c>ContentGen.Image</c>: the front matter value is an image's path, relative to the article; its size comes from the image table.</summary>
    Image,

    /// <summary>An entry of a data collection: the value is its id.</summary>
    Entry,

    /// <summary>A plain class or record with settable properties: the value is a mapping, converted property by property (<see cref="SchemaType.Members"/>).</summary>
    Record,
}

/// <summary>What a collection type holds: articles (content files) or data entries (YAML and JSON records).</summary>
internal enum CollectionKind
{
    /// <summary>A <c>[ContentCollection]</c> type, deriving from <c>Article</c>.</summary>
    Articles,

    /// <summary>A <c>[DataCollection]</c> type.</summary>
    Data,
}

/// <summary>How a list property is typed: the generated reader builds that shape.</summary>
internal enum ListShape
{
    None,
    Array,
    ReadOnlyList,
}

/// <summary>The type of a schema property, as the binder converts values to it.</summary>
/// <param name="Kind">What one value is.</param>
/// <param name="ElementType">The element type's fully qualified name (<c>global::System.DateOnly</c>), for the emitter.</param>
/// <param name="IsNullable">A null (empty) value is allowed.</param>
/// <param name="List">Whether it is an array or an <c>IReadOnlyList&lt;T&gt;</c> of values.</param>
/// <param name="EnumMembers">An enum's member names, in declaration order.</param>
/// <param name="EnumValues">The value of each of <paramref name="EnumMembers"/>, invariant.</param>
/// <param name="Display">The property's type as C# shows it, for messages.</param>
internal sealed record SchemaType(ValueKind Kind, string ElementType, bool IsNullable, ListShape List, EquatableArray<string> EnumMembers, EquatableArray<string> EnumValues, string Display)
{
    public bool IsList => List != ListShape.None;

    /// <summary>A record's settable properties, ordered by name (ordinal) like a collection's; empty for other kinds.</summary>
    public EquatableArray<SchemaProperty> Members { get; init; } = EquatableArray<SchemaProperty>.Empty;

    /// <summary>A reference to another collection's member (an article or a data entry).</summary>
    public bool IsReference => Kind is ValueKind.Reference or ValueKind.Entry;
}

/// <summary>One settable property of a collection type.</summary>
/// <param name="Name">The property name.</param>
/// <param name="Key">The front matter key it takes, normalized (lower-cased without '-', '_', '.' and spaces): its <c>[FrontMatter]</c> key, else its name.</param>
/// <param name="Type">What it holds.</param>
/// <param name="IsRequired">The <c>required</c> modifier or <c>[Required]</c>.</param>
/// <param name="Format">A date format its <c>[FrontMatter]</c> names (besides ISO 8601); null when none.</param>
/// <param name="IsTaxonomy">Marked <c>[Taxonomy]</c>: its values are the terms of <c>All{Name}</c>.</param>
/// <remarks>No location: see <see cref="CollectionSchema"/>.</remarks>
internal sealed record SchemaProperty(string Name, string Key, SchemaType Type, bool IsRequired, string? Format = null, bool IsTaxonomy = false);

/// <summary>A <c>[ContentCollection]</c> or <c>[DataCollection]</c> type, read from C# into plain data: what binding, layout and the emitter need of it.</summary>
/// <remarks>
/// Equatable data only, no symbol or syntax (see <see cref="ArticleModel"/>), and nothing that a
/// comment, a blank line, a reordering of members or a computed property's body changes: no
/// location (the type's diagnostics and its pattern's place stay in <see cref="SchemaRead"/>) and
/// properties by name, not by declaration. Every article is bound against this value, so an edit
/// of the collection's file that leaves it equal rebinds none of them.
/// </remarks>
/// <param name="Namespace">The type's namespace; empty for the global namespace.</param>
/// <param name="Name">The type's name.</param>
/// <param name="Pattern">The glob of its content files.</param>
/// <param name="Properties">Its settable instance properties, ordered by name (ordinal); a base type's property hides a derived one of the same name.</param>
/// <param name="IsValid">A type the generator can complete (CG0024 otherwise) with a valid glob (CG0019 otherwise).</param>
/// <param name="Members">Every member name of the type and its base types (<c>Article</c> and <c>object</c> included), sorted: names an article's property cannot take.</param>
/// <param name="Kind">Articles or data entries.</param>
/// <param name="DeclaresConstructor">A data collection type that declares an instance constructor of its own (else the generator keeps its public parameterless one).</param>
/// <param name="IsRecord">Declared as a <c>record</c>: the generated part is declared the same way.</param>
internal sealed record CollectionSchema(
    string Namespace,
    string Name,
    string Pattern,
    EquatableArray<SchemaProperty> Properties,
    bool IsValid,
    EquatableArray<string> Members = default,
    CollectionKind Kind = CollectionKind.Articles,
    bool DeclaresConstructor = false,
    bool IsRecord = false)
{
    public string FullName => Namespace.Length == 0 ? "global::" + Name : $"global::{Namespace}.{Name}";

    public bool IsData => Kind == CollectionKind.Data;

    /// <summary>The members the generator adds besides one property per article or entry: <c>All</c>, <c>Find</c>, <c>Id</c> (data), <c>With{P}</c> per reference property, <c>All{P}</c> per taxonomy.</summary>
    public EquatableArray<string> Generated => GeneratedNames(Kind, Properties);

    /// <summary>The backward lookup of a reference property: <c>Post.WithAuthor(jane)</c>.</summary>
    public static string LookupName(string property) => "With" + property;

    /// <summary>The taxonomy of a <c>[Taxonomy]</c> property: <c>Post.AllTags</c>.</summary>
    public static string TaxonomyName(string property) => "All" + property;

    private static EquatableArray<string> GeneratedNames(CollectionKind kind, EquatableArray<SchemaProperty> properties)
    {
        var names = new System.Collections.Generic.List<string> { "All", "Find" };
        if (kind == CollectionKind.Data)
        {
            names.Add("Id");
        }

        foreach (SchemaProperty property in properties)
        {
            if (property.Type.IsReference)
            {
                names.Add(LookupName(property.Name));
            }

            if (property.IsTaxonomy)
            {
                names.Add(TaxonomyName(property.Name));
            }
        }

        return names.ToEquatableArray();
    }
}

/// <summary>What reading one <c>[ContentCollection]</c> or <c>[DataCollection]</c> type gives: its shape for the pipeline, and what only its reporting outputs use.</summary>
/// <remarks>
/// The step that reads the type is the only one that sees its locations: <see cref="Schema"/> goes on
/// to every later step, while <see cref="Diagnostics"/> are reported from their own output and
/// <see cref="PatternLocation"/> places the diagnostics that later steps give as data (CG0032).
/// Those two outputs rerun on every keystroke in the file; they are cheap and feed nothing else.
/// </remarks>
/// <param name="Schema">The type's location-free shape.</param>
/// <param name="Diagnostics">CG0017, CG0019, CG0024, CG0033, CG0050, CG0051 and CG0057 for this type.</param>
/// <param name="PatternLocation">The pattern argument in the C# file.</param>
internal sealed record SchemaRead(CollectionSchema Schema, EquatableArray<DiagnosticInfo> Diagnostics, LocationInfo? PatternLocation);

/// <summary>Every collection of the project, ordered by full name.</summary>
internal sealed record SchemaSet(EquatableArray<CollectionSchema> Collections)
{
    public static readonly SchemaSet Empty = new(EquatableArray<CollectionSchema>.Empty);
}

/// <summary>The class that holds a collection's members: the default <c>Articles</c>, or a <c>[ContentCollection]</c> type.</summary>
/// <param name="Namespace">Its namespace; empty for the global namespace.</param>
/// <param name="Name">Its name.</param>
/// <param name="IsDefault">The generated static class <c>Articles</c> (else a user's partial class).</param>
/// <param name="Visibility">The default class's visibility (ContentGenVisibility); a user's type keeps its own.</param>
/// <param name="Number">Its number in the payload's article references: 0 for the default, then each valid collection by full name; data collections are numbered apart, from 0, by full name.</param>
/// <param name="IsData">A <c>[DataCollection]</c> type.</param>
internal sealed record CollectionInfo(string Namespace, string Name, bool IsDefault, string Visibility, int Number, bool IsData = false)
{
    /// <summary>The generated class that holds the default collection's members.</summary>
    public const string DefaultName = "Articles";

    /// <summary>The static members the generator adds to every collection class, besides one property per article.</summary>
    public static readonly EquatableArray<string> GeneratedMembers = new[] { "All", "Find" }.ToEquatableArray();

    /// <summary>What the generator adds to <c>Articles</c> besides: the taxonomy of every article's tags.</summary>
    public const string AllTags = "AllTags";

    public string FullName => Namespace.Length == 0 ? "global::" + Name : $"global::{Namespace}.{Name}";

    /// <summary>The start of every generated file's name for this collection; user types cannot clash with the default one.</summary>
    public string HintPrefix => IsDefault ? "ContentGen." + Name : (IsData ? "ContentGen.Data." : "ContentGen.Collection.") + (Namespace.Length == 0 ? Name : Namespace + "." + Name);
}

/// <summary>A front matter value bound to a property, as typed data: the emitter stores it, the generated reader decodes it.</summary>
/// <param name="Property">The property name.</param>
/// <param name="Kind">What each value is.</param>
/// <param name="IsNull">An empty value on a nullable property.</param>
/// <param name="IsList">A list value (<paramref name="Items"/> may be empty).</param>
/// <param name="Items">Each value in invariant form: text as written; numbers, dates and GUIDs round-trip formatted; an enum member's value.</param>
/// <param name="Reference">For a reference property (an article's slug or a data entry's id), the names still to resolve; null otherwise.</param>
/// <param name="Records">For a record property, each record's values (one for a single record); empty otherwise.</param>
/// <param name="Images">For an image property, each path as written and where, until the page step resolves them into <paramref name="Items"/> (path, width, height, format and URL, tab-separated).</param>
internal sealed record PropertyValue(string Property, ValueKind Kind, bool IsNull, bool IsList, EquatableArray<string> Items, ReferenceValue? Reference = null, EquatableArray<RecordValue> Records = default, EquatableArray<ImageReference> Images = default);

/// <summary>An image a front matter value names, as written, and where.</summary>
internal sealed record ImageReference(string Written, LocationInfo? Location);

/// <summary>One record (a YAML mapping) converted to its type's properties, in their order.</summary>
internal sealed record RecordValue(EquatableArray<PropertyValue> Values, LocationInfo Location);

/// <summary>The slugs or ids a reference property names, resolved once every article and entry is known.</summary>
/// <param name="TargetCollection">The full name of the collection they belong to.</param>
/// <param name="TargetName">Its name, for messages.</param>
/// <param name="Slugs">Each slug (or id) and where it is written.</param>
/// <param name="IsEntry">The target is a data collection: the names are ids.</param>
internal sealed record ReferenceValue(string TargetCollection, string TargetName, EquatableArray<SlugReference> Slugs, bool IsEntry = false);

/// <summary>A reference value once resolved: the articles it names (none for data entries, which are stored by id), and whether every name resolved.</summary>
/// <param name="Property">The property (the outermost one, for a reference inside a record).</param>
/// <param name="Targets">The articles, in the order written.</param>
/// <param name="Complete">Every name resolved (else the value fails the build, and the payload leaves it out).</param>
internal sealed record ResolvedValue(string Property, EquatableArray<ArticleRef> Targets, bool Complete = true);

/// <summary>A file's article after its collection's schema is applied (null when the file gave none), with every problem the parse and the schema found.</summary>
internal sealed record BoundArticle(ArticleModel? Article, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Its references' names and its terms, for the cross-article steps; null without an article.</summary>
    public ArticleFacets? Facets { get; init; }
}

/// <summary>A reference value and the property it belongs to (the outermost, for one inside a record).</summary>
internal sealed record ReferenceUse(string Property, ReferenceValue Value);

/// <summary>The order in which reference values are resolved and stored: depth first, in the order of the values.</summary>
internal static class ReferenceOrder
{
    /// <summary>Every reference value of <paramref name="values"/>, records included, depth first.</summary>
    public static EquatableArray<ReferenceUse> Of(EquatableArray<PropertyValue> values)
    {
        if (values.Count == 0)
        {
            return EquatableArray<ReferenceUse>.Empty;
        }

        var uses = new System.Collections.Generic.List<ReferenceUse>();
        foreach (PropertyValue value in values)
        {
            Add(value.Property, value, uses);
        }

        return uses.Count == 0 ? EquatableArray<ReferenceUse>.Empty : uses.ToEquatableArray();
    }

    private static void Add(string property, PropertyValue value, System.Collections.Generic.List<ReferenceUse> uses)
    {
        if (value.Reference is { } reference)
        {
            uses.Add(new ReferenceUse(property, reference));
        }

        foreach (RecordValue record in value.Records)
        {
            foreach (PropertyValue inner in record.Values)
            {
                Add(property, inner, uses);
            }
        }
    }
}
