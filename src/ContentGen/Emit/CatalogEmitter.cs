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

    /// <summary>The generated class that holds <c>Articles.All</c>: every article of the project.</summary>
    public const string Everything = "__All";

    /// <summary>The payload format every generated catalog passes to its base class, which checks it before it reads anything.</summary>
    public static readonly string FormatVersion = PayloadFormat.Version.ToString(CultureInfo.InvariantCulture);

    /// <param name="catalog">The collection.</param>
    /// <param name="index">Its packed index, in segments.</param>
    /// <param name="places">For the default collection, the packed places of every article of the project (<c>Articles.All</c>), in segments.</param>
    public static string Emit(CatalogModel catalog, Helpers.EquatableArray<string> index, Helpers.EquatableArray<string> places = default)
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

                // Articles.All is every article of the project; a collection's All, its own.
                string list = collection.IsDefault ? Everything : Collections.Catalog;
                writer.Line(collection.IsDefault
                    ? "/// <summary>Every article of the project, the collections' included, ordered by source path (ordinal). An article is created when it is first read.</summary>"
                    : "/// <summary>Every article, ordered by source path (ordinal). An article is created when it is first read.</summary>");
                MemberAttribute(writer, collection);
                writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{article}> All => {list}.Instance;");
                writer.Line();
                writer.Line(collection.IsDefault
                    ? "/// <summary>The article of the project with this slug (ordinal comparison), in any collection, or <see langword=\"null\"/>.</summary>"
                    : "/// <summary>The article with this slug (ordinal comparison), or <see langword=\"null\"/>.</summary>");
                writer.Line("/// <param name=\"slug\">A slug, such as <c>news/my-article</c>.</param>");
                writer.Line("/// <returns>The article, or <see langword=\"null\"/> when no article has that slug.</returns>");
                MemberAttribute(writer, collection);
                writer.Line($"public static {article}? Find(string slug) => {list}.Instance.BySlug(slug);");
                writer.Line();
                if (collection.IsDefault)
                {
                    writer.Line("/// <summary>Every article of the project, as data: its place and slug.</summary>");
                    writer.Line(CSharp.GeneratedCodeAttribute);
                    writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
                    using (writer.Open($"internal sealed class {Everything} : global::ContentGen.Storage.ArticleIndex"))
                    {
                        writer.Line($"internal static readonly {Everything} Instance = new();");
                        writer.Line();
                        Collections.Constructor(writer, Everything, FormatVersion);
                        writer.Line("/// <summary>The article with this slug, in any collection, or <see langword=\"null\"/>.</summary>");
                        writer.Line("internal global::ContentGen.Article? BySlug(string slug) => Find(slug);");
                        writer.Line();
                        Segmented(writer, "protected override string Places()", "P", places);
                        Collections.ArticleResolver(writer, catalog.All);
                    }

                    writer.Line();
                }

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
                    Collections.Constructor(writer, Collections.Catalog, FormatVersion);
                    writer.Line("/// <summary>The article with this key in a bucket: what each article property returns.</summary>");
                    writer.Line($"internal static {article} Get(int bucket, int key) => Instance.At(bucket, key);");
                    writer.Line();
                    writer.Line("/// <summary>The article with this slug, or <see langword=\"null\"/>.</summary>");
                    writer.Line($"internal {article}? BySlug(string slug) => Find(slug);");
                    writer.Line();
                    Segmented(writer, "protected override string Index()", "I", index);
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
                    Collections.ArticleResolver(writer, catalog.All);
                    if (catalog.Data.Count > 0)
                    {
                        writer.Line();
                        Collections.EntryResolver(writer, catalog.Data);
                    }
                }

                writer.Line();
                Entry(writer, catalog);
            }
        }

        return writer.ToString();
    }

    /// <summary>
    /// A payload in segments, each its own method: a hot reload sends the segments that changed,
    /// not the whole index (docs/performance.md, "Content hot reload"). The reader splits the
    /// concatenation at the end marker each literal ends with.
    /// </summary>
    internal static void Segmented(SourceWriter writer, string signature, string prefix, Helpers.EquatableArray<string> segments, string doc = "/// <inheritdoc/>")
    {
        writer.Line(doc);
        writer.Line($"{signature} => {(segments.Count == 0 ? "string.Empty" : string.Join(" + ", Enumerable.Range(0, segments.Count).Select(s => $"{prefix}{s.ToString(CultureInfo.InvariantCulture)}()")))};");
        writer.Line();
        for (int s = 0; s < segments.Count; s++)
        {
            writer.Line($"private static string {prefix}{s.ToString(CultureInfo.InvariantCulture)}() => {CSharp.Packed(segments[s])};");
            writer.Line();
        }
    }

    /// <summary>A switch over a few dozen small numbers (buckets, collections): a jump table, cheap to compile.</summary>
    internal static void Dispatch(SourceWriter writer, string signature, string on, IEnumerable<(int Case, string Expression)> cases, string otherwise)
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
            var readers = new ValueReaders();
            writer.Line("[global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers]");
            writer.Line($"internal {Collections.Entry}(global::ContentGen.Storage.ArticleData data)");
            writer.Line("    : base(data)");
            using (writer.Open(null))
            {
                readers.Properties(writer, catalog.Properties, "data.Values");
            }

            readers.Records(writer);
        }
    }

    /// <summary>A user's type is not generated as a whole, so its generated members say they are.</summary>
    private static void MemberAttribute(SourceWriter writer, CollectionInfo collection)
    {
        if (!collection.IsDefault)
        {
            writer.Line(CSharp.GeneratedCodeAttribute);
        }
    }
}
