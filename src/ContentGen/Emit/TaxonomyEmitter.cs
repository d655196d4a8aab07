using System.Globalization;
using System.Linq;
using ContentGen.Generator.Helpers;
using ContentGen.Generator.Model;

namespace ContentGen.Generator.Emit;

/// <summary>
/// Writes a collection's taxonomies: <c>Articles.AllTags</c>, or each <c>[Taxonomy]</c>
/// property's <c>All{Property}</c>, and the class that holds their terms as data.
/// </summary>
/// <remarks>A file of their own: a tag edited in one article rewrites this file, not the catalog.</remarks>
internal static class TaxonomyEmitter
{
    public const string Class = "__Taxonomies";

    public static string HintName(CollectionInfo collection) => collection.HintPrefix + ".Taxonomies.g.cs";

    /// <param name="model">The collection's taxonomies.</param>
    /// <param name="packed">Each taxonomy's terms, packed in segments.</param>
    /// <param name="newest">The default collection's <c>Articles.Newest</c> order, packed in segments; null for the others.</param>
    public static string Emit(CollectionTaxonomies model, EquatableArray<EquatableArray<string>> packed, EquatableArray<string>? newest)
    {
        CollectionInfo collection = model.Collection;
        string article = Collections.ArticleType(collection);
        var writer = new SourceWriter();
        Collections.Header(writer);
        using (Collections.Open(writer, collection))
        {
            for (int i = 0; i < model.Taxonomies.Count; i++)
            {
                string property = model.Taxonomies[i].Property;
                writer.Line(collection.IsDefault
                    ? "/// <summary>Every tag of every article of the project (front matter <c>tags</c>), ordered by name, each with its articles in the order of <see cref=\"All\"/>; computed at compile time.</summary>"
                    : $"/// <summary>Every term of <see cref=\"{CSharp.Identifier(property)}\"/>, ordered by name, each with its articles in the order of <see cref=\"All\"/>; computed at compile time.</summary>");
                if (!collection.IsDefault)
                {
                    writer.Line(CSharp.GeneratedCodeAttribute);
                }

                string member = collection.IsDefault ? CollectionInfo.AllTags : CollectionSchema.TaxonomyName(property);
                writer.Line($"public static global::ContentGen.Taxonomy<{article}> {member} => {Class}.Get({i.ToString(CultureInfo.InvariantCulture)});");
                writer.Line();
            }

            string count = model.Taxonomies.Count.ToString(CultureInfo.InvariantCulture);
            if (newest is not null)
            {
                writer.Line("/// <summary>Every article of the project with a publication date (front matter <c>date</c> or <c>published</c>), newest first; articles of one instant in the order of <see cref=\"All\"/>. The order is computed at compile time, and an article is created when it is first read: the newest 20 cost 20 articles, not a sort of all.</summary>");
                writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{article}> Newest => {Class}.Newest;");
                writer.Line();
            }

            Table(writer, model, article, packed, newest, count);
        }

        return writer.ToString();
    }

    /// <summary>
    /// The class that holds the payloads: each taxonomy (and <c>Articles.Newest</c>) in segments,
    /// each its own method, so that a hot reload after an add sends the segments of its terms and
    /// of its place in the order, not the whole taxonomy.
    /// </summary>
    private static void Table(SourceWriter writer, CollectionTaxonomies model, string article, EquatableArray<EquatableArray<string>> packed, EquatableArray<string>? newest, string count)
    {
        writer.Line("/// <summary>The collection's taxonomies, stored as data.</summary>");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        using (writer.Open($"internal sealed class {Class} : global::ContentGen.Storage.TaxonomyCatalog<{article}>"))
        {
            writer.Line($"internal static readonly {Class} Instance = new();");
            writer.Line();
            Collections.Constructor(writer, Class, CatalogEmitter.FormatVersion, count);
            writer.Line("/// <summary>What the collection's members return: one taxonomy, decoded on first use.</summary>");
            writer.Line($"internal static global::ContentGen.Taxonomy<{article}> Get(int taxonomy) => Instance.Decoded(taxonomy);");
            writer.Line();
            if (newest is not null)
            {
                writer.Line("/// <summary><c>Articles.Newest</c>, decoded on first use.</summary>");
                writer.Line($"internal static global::System.Collections.Generic.IReadOnlyList<{article}> Newest => Instance.Ordered({count});");
                writer.Line();
            }

            var payloads = Enumerable.Range(0, packed.Count).Select(t => (t, $"T{t.ToString(CultureInfo.InvariantCulture)}()")).ToList();
            if (newest is not null)
            {
                payloads.Add((packed.Count, "N()"));
            }

            CatalogEmitter.Dispatch(writer, "protected override string Terms(int taxonomy)", "taxonomy", payloads, "string.Empty");
            writer.Line();
            for (int t = 0; t < packed.Count; t++)
            {
                string name = "T" + t.ToString(CultureInfo.InvariantCulture);
                CatalogEmitter.Segmented(writer, $"private static string {name}()", name + "_", packed[t], "/// <summary>A taxonomy's segments, one after another.</summary>");
            }

            if (newest is { } order)
            {
                CatalogEmitter.Segmented(writer, "private static string N()", "N_", order, "/// <summary><c>Articles.Newest</c>'s segments, one after another.</summary>");
            }

            Collections.ArticleResolver(writer, model.Collections);
        }
    }
}
