using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;

namespace ContentGen.Generator.Model;

/// <summary>What a schema property holds (docs/format.md, "Collections").</summary>
internal enum ValueKind
{
    /// <summary>A type ContentGen cannot write as a constant (CG0017); its key is ignored.</summary>
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
}

/// <summary>The type of a schema property, as the binder converts values to it.</summary>
/// <param name="Kind">What one value is.</param>
/// <param name="ElementType">The element type, fully qualified (<c>global::System.DateOnly</c>), as generated code writes it.</param>
/// <param name="IsNullable">A null (empty) value is allowed.</param>
/// <param name="IsList">An array or <c>IReadOnlyList&lt;T&gt;</c> of values.</param>
/// <param name="EnumMembers">An enum's member names, in declaration order.</param>
/// <param name="Display">The property's type as C# shows it, for messages.</param>
internal sealed record SchemaType(ValueKind Kind, string ElementType, bool IsNullable, bool IsList, EquatableArray<string> EnumMembers, string Display);

/// <summary>One settable property of a collection type.</summary>
/// <param name="Name">The property name.</param>
/// <param name="Key">The name lower-cased without '-' and '_': the front matter key it takes.</param>
/// <param name="Type">What it holds.</param>
/// <param name="IsRequired">The <c>required</c> modifier or <c>[Required]</c>.</param>
/// <param name="Location">The property's name in its C# file.</param>
internal sealed record SchemaProperty(string Name, string Key, SchemaType Type, bool IsRequired, LocationInfo? Location);

/// <summary>A <c>[ContentCollection]</c> type, read from C# into plain data.</summary>
/// <remarks>
/// Equatable data only, no symbol or syntax (see <see cref="ArticleModel"/>): editing an unrelated
/// C# file gives an equal schema, and nothing downstream reruns.
/// </remarks>
/// <param name="Namespace">The type's namespace; empty for the global namespace.</param>
/// <param name="Name">The type's name.</param>
/// <param name="Pattern">The glob of its content files.</param>
/// <param name="PatternLocation">The pattern argument in the C# file.</param>
/// <param name="Properties">Its settable instance properties, in declaration order (base types first).</param>
/// <param name="IsValid">A type the generator can complete (CG0024 otherwise) with a valid glob (CG0019 otherwise).</param>
/// <param name="Diagnostics">CG0017, CG0019 and CG0024 for this type.</param>
internal sealed record CollectionSchema(
    string Namespace,
    string Name,
    string Pattern,
    LocationInfo? PatternLocation,
    EquatableArray<SchemaProperty> Properties,
    bool IsValid,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public string FullName => Namespace.Length == 0 ? "global::" + Name : $"global::{Namespace}.{Name}";
}

/// <summary>Every collection of the project, ordered by full name, with lookups derived once per change.</summary>
/// <remarks>Equality is the schemas' only; the glob matchers and key lookups are derived from them.</remarks>
internal sealed class SchemaSet(EquatableArray<CollectionSchema> collections) : IEquatable<SchemaSet>
{
    public static readonly SchemaSet Empty = new(EquatableArray<CollectionSchema>.Empty);

    private Schema.CollectionGlobs? _globs;
    private Dictionary<string, Dictionary<string, SchemaProperty>>? _properties;

    public EquatableArray<CollectionSchema> Collections { get; } = collections;

    /// <summary>The collections whose glob matches <paramref name="sourcePath"/>, by full name.</summary>
    public List<CollectionSchema> Claiming(string sourcePath)
    {
        if (Collections.Count == 0)
        {
            return [];
        }

        // Built on first use: a project without collections never loads the glob library.
        _globs ??= new Schema.CollectionGlobs(Collections);
        return _globs.Claiming(sourcePath);
    }

    /// <summary>The properties of <paramref name="schema"/> by front matter key.</summary>
    public Dictionary<string, SchemaProperty> PropertiesOf(CollectionSchema schema)
    {
        _properties ??= Collections.ToDictionary(
            c => c.FullName,
            c =>
            {
                var byKey = new Dictionary<string, SchemaProperty>(StringComparer.Ordinal);
                foreach (SchemaProperty property in c.Properties)
                {
                    // Two properties with one key (Tags and tags): the first, in declaration order, takes it.
                    if (!byKey.ContainsKey(property.Key))
                    {
                        byKey.Add(property.Key, property);
                    }
                }

                return byKey;
            },
            StringComparer.Ordinal);
        return _properties[schema.FullName];
    }

    public bool Equals(SchemaSet? other) => other is not null && Collections.Equals(other.Collections);

    public override bool Equals(object? obj) => Equals(obj as SchemaSet);

    public override int GetHashCode() => Collections.GetHashCode();
}

/// <summary>The class that holds a collection's members: the default <c>Articles</c>, or a <c>[ContentCollection]</c> type.</summary>
/// <param name="Namespace">Its namespace; empty for the global namespace.</param>
/// <param name="Name">Its name.</param>
/// <param name="IsDefault">The generated static class <c>Articles</c> (else a user's partial class).</param>
/// <param name="Visibility">The default class's visibility (ContentGenVisibility); a user's type keeps its own.</param>
internal sealed record CollectionInfo(string Namespace, string Name, bool IsDefault, string Visibility)
{
    public string FullName => Namespace.Length == 0 ? "global::" + Name : $"global::{Namespace}.{Name}";

    /// <summary>What each article class derives from.</summary>
    public string ArticleBase => IsDefault ? "global::ContentGen.Article" : FullName;

    /// <summary>The start of every generated file's name for this collection; user types cannot clash with the default one.</summary>
    public string HintPrefix => IsDefault ? "ContentGen." + Name : "ContentGen.Collection." + (Namespace.Length == 0 ? Name : Namespace + "." + Name);

    public static CollectionInfo Default(EmitOptions options) => new(options.Namespace, Parsing.Naming.DefaultCollection, true, options.Visibility);

    public static CollectionInfo Of(CollectionSchema schema) => new(schema.Namespace, schema.Name, false, string.Empty);
}

/// <summary>A front matter value bound to a property: a C# expression, or slugs still to resolve.</summary>
/// <param name="Property">The property name.</param>
/// <param name="Expression">The value as C# (a constant or a constructor call); null for a reference.</param>
/// <param name="Reference">The slugs a reference property names; null otherwise.</param>
internal sealed record PropertyValue(string Property, string? Expression, ReferenceValue? Reference);

/// <summary>The slugs a reference property names, resolved once every article is known.</summary>
/// <param name="TargetCollection">The full name of the collection the slugs belong to.</param>
/// <param name="TargetName">Its name, for messages.</param>
/// <param name="Slugs">Each slug and where it is written.</param>
/// <param name="ListElementType">For a list, the element type to write the array with; null for one reference.</param>
internal sealed record ReferenceValue(string TargetCollection, string TargetName, EquatableArray<SlugReference> Slugs, string? ListElementType);

/// <summary>A reference property's value once resolved: the C# expression that reaches its articles.</summary>
internal sealed record ResolvedValue(string Property, string Expression);

/// <summary>A file's article after its collection's schema is applied (null when the file gave none), with every problem the parse and the schema found.</summary>
internal sealed record BoundArticle(ArticleModel? Article, EquatableArray<DiagnosticInfo> Diagnostics);
