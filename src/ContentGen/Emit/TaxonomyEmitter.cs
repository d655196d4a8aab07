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
    /// <param name="packed">Each taxonomy's terms, packed.</param>
    /// <param name="newest">The default collection's <c>Articles.Newest</c> order, packed; null for the others.</param>
    public static string Emit(CollectionTaxonomies model, EquatableArray<string> packed, string? newest)
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

            Collections.PayloadTable(
                writer,
                "The collection's taxonomies, stored as data.",
                Class,
                "global::ContentGen.Storage.TaxonomyCatalog",
                article,
                collection.FullName,
                ("Terms", "taxonomy"),
                newest is null
                    ? [$"internal static global::ContentGen.Taxonomy<{article}> Get(int taxonomy) => Instance.Decoded(taxonomy);"]
                    : [$"internal static global::ContentGen.Taxonomy<{article}> Get(int taxonomy) => Instance.Decoded(taxonomy);", $"internal static global::System.Collections.Generic.IReadOnlyList<{article}> Newest => Instance.Ordered({count});"],
                newest is null ? packed : packed.Append(newest).ToEquatableArray(),
                model.Taxonomies.Count);
        }

        return writer.ToString();
    }
}
