using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ContentGen.Generator.Model;
using ContentGen.Shared;

namespace ContentGen.Generator.Emit;

/// <summary>
/// Writes a collection class's shared part: <c>All</c>, <c>Find</c>, the catalog that reads the
/// payload, and the one class every article of the collection is an instance of.
/// </summary>
internal static class CatalogEmitter
{
    public static string HintName(CollectionInfo collection) => collection.HintPrefix + ".g.cs";

    public static string Emit(CatalogModel catalog, string index)
    {
        CollectionInfo collection = catalog.Collection;
        string article = Collections.ArticleType(collection);
        var writer = new SourceWriter();
        Collections.Header(writer);
        using (Collections.OpenNamespace(writer, collection))
        {
            if (collection.IsDefault)
            {
                writer.Line("/// <summary>The articles compiled from this project's content files: one property per article.</summary>");
                writer.Line(CSharp.GeneratedCodeAttribute);
                writer.Line(Collections.Declaration(collection));
            }
            else
            {
                // The user's type, completed: abstract, so that only its generated articles exist.
                // No [GeneratedCode] on the type itself: analyzers must still see the user's part.
                writer.Line($"abstract partial class {collection.Name}");
            }

            using (writer.Open(null))
            {
                if (!collection.IsDefault)
                {
                    writer.Line("/// <summary>Called by generated code only.</summary>");
                    writer.Line("/// <param name=\"data\">The article's record.</param>");
                    writer.Line(CSharp.GeneratedCodeAttribute);
                    writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
                    writer.Line($"protected {collection.Name}(global::ContentGen.Storage.ArticleData data)");
                    writer.Line("    : base(data)");
                    writer.Line("{");
                    writer.Line("}");
                    writer.Line();
                }

                writer.Line("/// <summary>Every article, ordered by source path (ordinal). An article is created when it is first read.</summary>");
                MemberAttribute(writer, collection);
                writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{article}> All => {Collections.Catalog}.Instance;");
                writer.Line();
                writer.Line("/// <summary>The article with this slug (ordinal comparison), or <see langword=\"null\"/>.</summary>");
                writer.Line("/// <param name=\"slug\">A slug, such as <c>news/my-article</c>.</param>");
                writer.Line("/// <returns>The article, or <see langword=\"null\"/> when no article has that slug.</returns>");
                MemberAttribute(writer, collection);
                writer.Line($"public static {article}? Find(string slug) => {Collections.Catalog}.Instance.BySlug(slug);");
                writer.Line();

                // Nothing here runs before an article, All or Find is first used.
                writer.Line("/// <summary>The collection's compressed content, and the articles created from it.</summary>");
                writer.Line(CSharp.GeneratedCodeAttribute);
                writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
                using (writer.Open($"internal sealed partial class {Collections.Catalog} : global::ContentGen.Storage.ArticleCatalog<{article}>"))
                {
                    writer.Line($"internal static readonly {Collections.Catalog} Instance = new();");
                    writer.Line();

                    // The format of the payloads below: the runtime library checks it before it reads
                    // them, so a library of another version fails with a message instead of garbage.
                    writer.Line($"private {Collections.Catalog}()");
                    writer.Line($"    : base({PayloadFormat.Version.ToString(CultureInfo.InvariantCulture)})");
                    writer.Line("{");
                    writer.Line("}");
                    writer.Line();
                    writer.Line("/// <summary>The article in a bucket's slot: what each article property returns.</summary>");
                    writer.Line($"internal static {article} Get(int bucket, int slot) => Instance.At(bucket, slot);");
                    writer.Line();
                    writer.Line("/// <summary>The article with this slug, or <see langword=\"null\"/>.</summary>");
                    writer.Line($"internal {article}? BySlug(string slug) => Find(slug);");
                    writer.Line();
                    writer.Line("/// <inheritdoc/>");
                    writer.Line($"protected override string Index() => {CSharp.Packed(index)};");
                    writer.Line();
                    int[] buckets = [.. catalog.Entries.Select(e => e.Ref.Bucket).Distinct().OrderBy(b => b)];
                    Dispatch(writer, "protected override string Heads(int bucket)", "bucket", buckets.Select(b => (b, $"{Collections.BucketClass(b)}.Heads()")), "string.Empty");
                    writer.Line();
                    Dispatch(writer, "protected override string Chunk(int bucket, int chunk)", "bucket", buckets.Select(b => (b, $"{Collections.BucketClass(b)}.Chunk(chunk)")), "string.Empty");
                    writer.Line();
                    writer.Line("/// <inheritdoc/>");
                    writer.Line($"protected override {article} Create(global::ContentGen.Storage.ArticleData data) => new {Collections.Entry}(data);");
                    writer.Line();

                    // Every bucket's class exists whether it holds articles or not: deleting the last
                    // article of a bucket then deletes members only, which hot reload applies, not a
                    // class (ENC0033, a restart). The bucket files complete them.
                    for (int b = 0; b < Layout.Placement.Buckets; b++)
                    {
                        writer.Line($"private static partial class {Collections.BucketClass(b)} {{ }}");
                    }

                    writer.Line();
                    Dispatch(
                        writer,
                        "protected override global::ContentGen.Article? Resolve(int collection, int bucket, int slot)",
                        "collection",
                        catalog.All.Select(c => (c.Number, $"{c.FullName}.{Collections.Catalog}.Get(bucket, slot)")),
                        "null");
                }

                writer.Line();
                Entry(writer, catalog);
            }
        }

        return writer.ToString();
    }

    /// <summary>A switch over a few dozen small numbers (buckets, collections): a jump table, cheap to compile.</summary>
    private static void Dispatch(SourceWriter writer, string signature, string on, IEnumerable<(int Case, string Expression)> cases, string otherwise)
    {
        writer.Line("/// <inheritdoc/>");
        writer.Line($"{signature} => {on} switch");
        writer.Line("{");
        foreach ((int value, string expression) in cases)
        {
            writer.Line($"    {value.ToString(CultureInfo.InvariantCulture)} => {expression},");
        }

        writer.Line($"    _ => {otherwise},");
        writer.Line("};");
    }

    /// <summary>
    /// The class of every article of the collection. For a collection type, its constructor reads
    /// the typed front matter into the type's properties, in their order (one method per
    /// collection, not one per article); each property the front matter does not set keeps its initializer.
    /// </summary>
    private static void Entry(SourceWriter writer, CatalogModel catalog)
    {
        CollectionInfo collection = catalog.Collection;
        string article = Collections.ArticleType(collection);
        writer.Line(CSharp.GeneratedCodeAttribute);
        using (writer.Open($"private sealed class {Collections.Entry} : {article}"))
        {
            if (collection.IsDefault)
            {
                writer.Line($"internal {Collections.Entry}(global::ContentGen.Storage.ArticleData data)");
                writer.Line("    : base(data)");
                writer.Line("{");
                writer.Line("}");
                return;
            }

            // Required members get their values here, or CG0006 fails the build.
            writer.Line("[global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers]");
            writer.Line($"internal {Collections.Entry}(global::ContentGen.Storage.ArticleData data)");
            writer.Line("    : base(data)");
            using (writer.Open(null))
            {
                SchemaProperty[] properties = [.. catalog.Properties.Where(p => p.Type.Kind != ValueKind.Unsupported)];
                if (properties.Length == 0)
                {
                    return;
                }

                writer.Line("global::ContentGen.Storage.ArticleValues __values = data.Values;");
                foreach (SchemaProperty property in properties)
                {
                    Read(writer, property);
                }
            }
        }
    }

    private static void Read(SourceWriter writer, SchemaProperty property)
    {
        SchemaType type = property.Type;
        string target = "this." + CSharp.Identifier(property.Name);
        if (!type.IsList)
        {
            string value = Value(type);
            writer.Line(type.IsNullable
                ? $"if (__values.Next()) {target} = __values.IsNull ? null : {value};"
                : $"if (__values.Next()) {target} = {value};");
            return;
        }

        using (writer.Open("if (__values.Next())"))
        {
            writer.Line($"var __items = new {type.ElementType}[__values.Count()];");
            writer.Line("for (int __i = 0; __i < __items.Length; __i++)");
            writer.Line("{");
            writer.Line($"    __items[__i] = {Value(type)};");
            writer.Line("}");
            writer.Line();
            writer.Line(type.List == ListShape.ReadOnlyList ? $"{target} = global::System.Array.AsReadOnly(__items);" : $"{target} = __items;");
        }
    }

    /// <summary>The reader call for one value of the type.</summary>
    private static string Value(SchemaType type) => type.Kind switch
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
        _ => throw new System.InvalidOperationException($"No reader for {type.Kind}."),
    };

    /// <summary>A user's type is not generated as a whole, so its generated members say they are.</summary>
    private static void MemberAttribute(SourceWriter writer, CollectionInfo collection)
    {
        if (!collection.IsDefault)
        {
            writer.Line(CSharp.GeneratedCodeAttribute);
        }
    }
}
