using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ContentGen.Generator.Helpers;
using ContentGen.Generator.Model;

namespace ContentGen.Generator.Emit;

/// <summary>
/// Writes the code that reads typed values (a collection article's front matter, a data entry)
/// from <c>ArticleValues</c>, property after property in the schema's order: the payload holds,
/// for each, 0 (not given: it keeps its initializer), 1 (null) or 2 and the value.
/// </summary>
/// <remarks>
/// A nested record is read by a static method of the class being written (one per record type
/// and shape), which builds it with an object initializer (init-only and required properties are
/// set there). A property the mapping does not give takes the value a fresh instance has: its
/// initializer's, read from a template built only when some property is missing.
/// </remarks>
internal sealed class ValueReaders
{
    private readonly List<SchemaType> _records = [];

    /// <summary>Reads every supported property into <c>this</c>: for the generated constructor of the collection's class.</summary>
    public void Properties(SourceWriter writer, EquatableArray<SchemaProperty> properties, string values)
    {
        SchemaProperty[] supported = [.. properties.Where(p => p.Type.Kind != ValueKind.Unsupported)];
        if (supported.Length == 0)
        {
            return;
        }

        writer.Line($"global::ContentGen.Storage.ArticleValues __values = {values};");
        foreach (SchemaProperty property in supported)
        {
            Statement(writer, property);
        }
    }

    /// <summary>The record readers the properties used, each once (readers of records inside records included).</summary>
    public void Records(SourceWriter writer)
    {
        for (int i = 0; i < _records.Count; i++)
        {
            writer.Line();
            Record(writer, _records[i], i);
        }
    }

    /// <remarks>
    /// A required property is assigned whatever the payload says: the build guarantees a value
    /// (CG0006 otherwise), and nullable analysis sees the constructor set it.
    /// </remarks>
    private void Statement(SourceWriter writer, SchemaProperty property)
    {
        SchemaType type = property.Type;
        string target = "this." + CSharp.Identifier(property.Name);
        string value = type.IsList ? string.Empty : type.IsNullable ? $"__values.IsNull ? null : {Value(type)}" : Value(type);
        if (!type.IsList)
        {
            writer.Line(property.IsRequired
                ? $"{target} = __values.Next() ? {(type.IsNullable ? $"({value})" : value)} : default!;"
                : $"if (__values.Next()) {target} = {value};");
            return;
        }

        using (writer.Open("if (__values.Next())"))
        {
            writer.Line($"{target} = {List(writer, type)};");
        }

        if (property.IsRequired)
        {
            writer.Line("else");
            writer.Line("{");
            writer.Line($"    {target} = default!;");
            writer.Line("}");
        }
    }

    /// <summary>Reads a list's items into <c>__items</c>; returns its value: the array, or a read-only wrapper of it.</summary>
    private string List(SourceWriter writer, SchemaType type)
    {
        writer.Line($"var __items = new {type.ElementType}[__values.Count()];");
        writer.Line("for (int __i = 0; __i < __items.Length; __i++)");
        writer.Line("{");
        writer.Line($"    __items[__i] = {Value(type)};");
        writer.Line("}");
        writer.Line();
        return type.List == ListShape.ReadOnlyList ? "global::System.Array.AsReadOnly(__items)" : "__items";
    }

    /// <summary>The reader call for one value of the type.</summary>
    private string Value(SchemaType type) => type.Kind switch
    {
        ValueKind.String => "__values.String()",
        ValueKind.Boolean => "__values.Boolean()",
        ValueKind.Int32 => "__values.Int32()",
        ValueKind.Int64 => "__values.Int64()",
        ValueKind.Double => "__values.Double()",
        ValueKind.Decimal => "__values.Decimal()",
        ValueKind.DateOnly => "__values.DateOnly()",
        ValueKind.DateTime => "__values.DateTime()",
        ValueKind.DateTimeOffset => "__values.DateTimeOffset()",
        ValueKind.TimeSpan => "__values.TimeSpan()",
        ValueKind.Uri => "__values.Uri()",
        ValueKind.Guid => "__values.Guid()",
        ValueKind.Image => "__values.Image()",

        // The member's value, stored as 64 bits: cast back unchecked whatever the enum's underlying type.
        ValueKind.Enum => $"unchecked(({type.ElementType})__values.Int64())",
        ValueKind.Reference => $"({type.ElementType})__values.Article()",
        ValueKind.Entry => $"__values.Entry<{type.ElementType}>()",
        ValueKind.Record => $"{RecordMethod(type)}(ref __values)",
        _ => throw new System.InvalidOperationException($"No reader for {type.Kind}."),
    };

    /// <summary>The C# type of a property's value.</summary>
    private static string TypeName(SchemaType type) => type.List switch
    {
        ListShape.Array => type.ElementType + "[]",
        ListShape.ReadOnlyList => $"global::System.Collections.Generic.IReadOnlyList<{type.ElementType}>",
        _ => type.IsNullable ? type.ElementType + "?" : type.ElementType,
    };

    private string RecordMethod(SchemaType type)
    {
        // One reader per record type and shape; the list and nullability of a use do not matter.
        SchemaType shape = type with { IsNullable = false, List = ListShape.None, Display = string.Empty };
        int index = _records.IndexOf(shape);
        if (index < 0)
        {
            index = _records.Count;
            _records.Add(shape);
        }

        return "__Record" + index.ToString(CultureInfo.InvariantCulture);
    }

    private void Record(SourceWriter writer, SchemaType type, int index)
    {
        string name = type.ElementType;
        writer.Line("/// <summary>Reads one nested record; generated code only.</summary>");
        writer.Line(CSharp.GeneratedCodeAttribute);
        using (writer.Open($"private static {name} __Record{index.ToString(CultureInfo.InvariantCulture)}(ref global::ContentGen.Storage.ArticleValues __values)"))
        {
            SchemaProperty[] members = [.. type.Members];
            for (int i = 0; i < members.Length; i++)
            {
                SchemaType member = members[i].Type;
                if (member.Kind == ValueKind.Unsupported)
                {
                    continue;
                }

                string n = i.ToString(CultureInfo.InvariantCulture);
                writer.Line($"bool __h{n} = __values.Next();");
                if (member.IsList)
                {
                    writer.Line($"{TypeName(member)} __v{n} = default!;");
                    using (writer.Open($"if (__h{n})"))
                    {
                        writer.Line($"__v{n} = {List(writer, member)};");
                    }
                }
                else if (member.IsNullable)
                {
                    writer.Line($"{TypeName(member)} __v{n} = __h{n} && !__values.IsNull ? {Value(member)} : default;");
                }
                else
                {
                    writer.Line($"{TypeName(member)} __v{n} = __h{n} ? {Value(member)} : default!;");
                }
            }

            // A property the mapping leaves out keeps what a new instance holds; required ones are always given (CG0006).
            writer.Line($"{name}? __defaults = null;");
            writer.Line($"return new {name}");
            writer.Line("{");
            for (int i = 0; i < members.Length; i++)
            {
                string property = CSharp.Identifier(members[i].Name);
                string n = i.ToString(CultureInfo.InvariantCulture);
                string value = members[i].Type.Kind == ValueKind.Unsupported ? (members[i].IsRequired ? "default!" : string.Empty)
                    : members[i].IsRequired ? $"__v{n}"
                    : $"__h{n} ? __v{n} : (__defaults ??= {Template(type)}).{property}";
                if (value.Length > 0)
                {
                    writer.Line($"    {property} = {value},");
                }
            }

            writer.Line("};");
        }
    }

    /// <summary>A fresh instance, its required properties set to their default: the initializers of the others are what a missing key keeps.</summary>
    private static string Template(SchemaType type)
    {
        SchemaProperty[] required = [.. type.Members.Where(m => m.IsRequired)];
        return required.Length == 0
            ? $"new {type.ElementType}()"
            : $"new {type.ElementType} {{ {string.Join(", ", required.Select(m => CSharp.Identifier(m.Name) + " = default!"))} }}";
    }
}
