using System.Globalization;
using ContentGen.Generator.Helpers;
using ContentGen.Generator.Model;

namespace ContentGen.Generator.Emit;

/// <summary>
/// Writes the backward lookups of a collection's reference properties: for each, a static
/// <c>With{Property}(target)</c> (<c>Post.WithAuthor(jane)</c>), and the class that holds their
/// payloads, computed at compile time.
/// </summary>
internal static class Lookups
{
    public const string Class = "__Lookups";

    public static string HintName(CollectionInfo collection) => collection.HintPrefix + ".Lookups.g.cs";

    /// <summary>An article collection's lookups, in a file of their own: a reference edited elsewhere rewrites this file only.</summary>
    public static string Emit(CollectionInfo collection, CollectionSchema schema, EquatableArray<LookupModel> lookups, EquatableArray<string> packed)
    {
        var writer = new SourceWriter();
        Collections.Header(writer);
        using (Collections.OpenNamespace(writer, collection))
        {
            writer.Line($"partial class {collection.Name}");
            using (writer.Open(null))
            {
                Members(writer, collection, schema, lookups, packed);
            }
        }

        return writer.ToString();
    }

    /// <summary>The <c>With{Property}</c> methods and the class of their payloads; nothing when the type has no reference property.</summary>
    public static void Members(SourceWriter writer, CollectionInfo collection, CollectionSchema schema, EquatableArray<LookupModel> lookups, EquatableArray<string> packed)
    {
        if (lookups.Count == 0)
        {
            return;
        }

        string type = collection.FullName;
        int number = 0;
        foreach (SchemaProperty property in schema.Properties)
        {
            if (!property.Type.IsReference)
            {
                continue;
            }

            string what = collection.IsData ? "entries" : "articles";
            string key = property.Type.Kind == ValueKind.Entry ? "Id" : "Slug";
            writer.Line($"/// <summary>The {what} whose <see cref=\"{CSharp.Identifier(property.Name)}\"/> {(property.Type.IsList ? "includes" : "is")} <paramref name=\"value\"/>, in the order of <see cref=\"All\"/>; computed at compile time.</summary>");
            writer.Line("/// <param name=\"value\">The entry or article they refer to.</param>");
            writer.Line($"/// <returns>The {what}; empty when none refers to it.</returns>");
            writer.Line(CSharp.GeneratedCodeAttribute);
            using (writer.Open($"public static global::System.Collections.Generic.IReadOnlyList<{type}> {CollectionSchema.LookupName(property.Name)}({property.Type.ElementType} value)"))
            {
                writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
                writer.Line($"return {Class}.Get({number.ToString(CultureInfo.InvariantCulture)}, value.{key});");
            }

            writer.Line();
            number++;
        }

        Collections.PayloadTable(
            writer,
            "The backward lookups of the collection's reference properties, stored as data.",
            Class,
            "global::ContentGen.Storage.ReferenceLookups",
            type,
            type,
            ("Lookup", "property"),
            [$"internal static global::System.Collections.Generic.IReadOnlyList<{type}> Get(int property, string key) => Instance.With(property, key);"],
            packed);
    }
}
