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
}

/// <summary>One settable property of a collection type.</summary>
/// <param name="Name">The property name.</param>
/// <param name="Key">The front matter key it takes, normalized (lower-cased without '-', '_', '.' and spaces): its <c>[FrontMatter]</c> key, else its name.</param>
/// <param name="Type">What it holds.</param>
/// <param name="IsRequired">The <c>required</c> modifier or <c>[Required]</c>.</param>
/// <param name="Format">A date format its <c>[FrontMatter]</c> names (besides ISO 8601); null when none.</param>
/// <remarks>No location: see <see cref="CollectionSchema"/>.</remarks>
internal sealed record SchemaProperty(string Name, string Key, SchemaType Type, bool IsRequired, string? Format = null);

/// <summary>A <c>[ContentCollection]</c> type, read from C# into plain data: what binding, layout and the emitter need of it.</summary>
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
internal sealed record CollectionSchema(
    string Namespace,
    string Name,
    string Pattern,
    EquatableArray<SchemaProperty> Properties,
    bool IsValid,
    EquatableArray<string> Members = default)
{
    public string FullName => Namespace.Length == 0 ? "global::" + Name : $"global::{Namespace}.{Name}";
}

/// <summary>What reading one <c>[ContentCollection]</c> type gives: its shape for the pipeline, and what only its reporting outputs use.</summary>
/// <remarks>
/// The step that reads the type is the only one that sees its locations: <see cref="Schema"/> goes on
/// to every later step, while <see cref="Diagnostics"/> are reported from their own output and
/// <see cref="PatternLocation"/> places the diagnostics that later steps give as data (CG0032).
/// Those two outputs rerun on every keystroke in the file; they are cheap and feed nothing else.
/// </remarks>
/// <param name="Schema">The type's location-free shape.</param>
/// <param name="Diagnostics">CG0017, CG0019, CG0024 and CG0033 for this type.</param>
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
/// <param name="Number">Its number in the payload's article references: 0 for the default, then each valid collection by full name.</param>
internal sealed record CollectionInfo(string Namespace, string Name, bool IsDefault, string Visibility, int Number)
{
    /// <summary>The generated class that holds the default collection's members.</summary>
    public const string DefaultName = "Articles";

    /// <summary>The static members the generator adds to every collection class, besides one property per article.</summary>
    public static readonly EquatableArray<string> GeneratedMembers = new[] { "All", "Find" }.ToEquatableArray();

    public string FullName => Namespace.Length == 0 ? "global::" + Name : $"global::{Namespace}.{Name}";

    /// <summary>The start of every generated file's name for this collection; user types cannot clash with the default one.</summary>
    public string HintPrefix => IsDefault ? "ContentGen." + Name : "ContentGen.Collection." + (Namespace.Length == 0 ? Name : Namespace + "." + Name);
}

/// <summary>A front matter value bound to a property, as typed data: the emitter stores it, the generated reader decodes it.</summary>
/// <param name="Property">The property name.</param>
/// <param name="Kind">What each value is.</param>
/// <param name="IsNull">An empty value on a nullable property.</param>
/// <param name="IsList">A list value (<paramref name="Items"/> may be empty).</param>
/// <param name="Items">Each value in invariant form: text as written; numbers, dates and GUIDs round-trip formatted; an enum member's value.</param>
/// <param name="Reference">For a reference property, the slugs still to resolve; null otherwise.</param>
/// <param name="Images">For an image property, each path as written and where, until the page step resolves them into <paramref name="Items"/> (path, width, height, format and URL, tab-separated).</param>
internal sealed record PropertyValue(string Property, ValueKind Kind, bool IsNull, bool IsList, EquatableArray<string> Items, ReferenceValue? Reference = null, EquatableArray<ImageReference> Images = default);

/// <summary>An image a front matter value names, as written, and where.</summary>
internal sealed record ImageReference(string Written, LocationInfo? Location);

/// <summary>The slugs a reference property names, resolved once every article is known.</summary>
/// <param name="TargetCollection">The full name of the collection the slugs belong to.</param>
/// <param name="TargetName">Its name, for messages.</param>
/// <param name="Slugs">Each slug and where it is written.</param>
internal sealed record ReferenceValue(string TargetCollection, string TargetName, EquatableArray<SlugReference> Slugs);

/// <summary>A reference property's value once resolved: the articles it names.</summary>
internal sealed record ResolvedValue(string Property, EquatableArray<ArticleRef> Targets);

/// <summary>A file's article after its collection's schema is applied (null when the file gave none), with every problem the parse and the schema found.</summary>
internal sealed record BoundArticle(ArticleModel? Article, EquatableArray<DiagnosticInfo> Diagnostics);
