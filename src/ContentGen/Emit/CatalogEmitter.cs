using System.Globalization;
using System.Text;
using ContentGen.Generator.Model;

namespace ContentGen.Generator.Emit;

/// <summary>Writes the collection class's shared part: <c>All</c>, <c>Find</c> and the lazy index behind them.</summary>
internal static class CatalogEmitter
{
    public static readonly string HintName = $"ContentGen.{ArticleEmitter.CollectionClass}.g.cs";

    /// <summary>
    /// Articles per factory method. Factories are chains of <c>if</c>: a <c>switch</c> over
    /// thousands of cases costs the compiler's decision-DAG and nullable analysis seconds
    /// (measured: 3 s of a C10k build), while an <c>if</c> binds in constant time. A chain runs
    /// once per article (the catalog caches what it creates), and chunks keep every method small
    /// enough for the JIT to optimize.
    /// </summary>
    public const int ChunkSize = 128;

    public static string Emit(CatalogModel catalog)
    {
        EmitOptions options = catalog.Options;
        string articles = $"global::{options.Namespace}.{ArticleEmitter.CollectionClass}";
        const string Article = "global::ContentGen.Article";
        int count = catalog.Entries.Count;

        var writer = new SourceWriter();
        ArticleEmitter.Header(writer);
        using (writer.Open($"namespace {options.Namespace}"))
        {
            writer.Line("/// <summary>The articles compiled from this project's content files: one property per article.</summary>");
            writer.Line(CSharp.GeneratedCodeAttribute);
            using (writer.Open($"{options.Visibility} static partial class {ArticleEmitter.CollectionClass}"))
            {
                writer.Line("/// <summary>Every article, ordered by source path (ordinal). An article is created when it is first read.</summary>");
                writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{Article}> All => __Catalog.Instance;");
                writer.Line();
                writer.Line("/// <summary>The article with this slug (ordinal comparison), or <see langword=\"null\"/>.</summary>");
                writer.Line("/// <param name=\"slug\">A slug, such as <c>news/my-article</c>.</param>");
                writer.Line("/// <returns>The article, or <see langword=\"null\"/> when no article has that slug.</returns>");
                writer.Line($"public static {Article}? Find(string slug) => __Catalog.Instance.Find(slug);");
                writer.Line();
                writer.Line("/// <summary>The generated class of each article: one sealed class per content file.</summary>");
                writer.Line(CSharp.GeneratedCodeAttribute);
                writer.Line($"{options.Visibility} static partial class Types");
                writer.Line("{");
                writer.Line("}");
                writer.Line();

                // Nothing here runs before All or Find is first used, and neither touches the text.
                using (writer.Open("private static class __Catalog"))
                {
                    writer.Line($"internal static readonly global::ContentGen.ArticleCatalog<{Article}> Instance = new({count.ToString(CultureInfo.InvariantCulture)}, Create, Slugs);");
                    writer.Line();

                    var slugs = new StringBuilder();
                    foreach (CatalogEntry entry in catalog.Entries)
                    {
                        slugs.Append(entry.Slug).Append('\n');
                    }

                    writer.Line($"private static global::System.ReadOnlySpan<byte> Slugs() => {CSharp.Utf8Literal(slugs.ToString())};");
                    writer.Line();
                    // Flow analysis has nothing to find in thousands of returns of non-null
                    // properties, and was most of this file's compile time (docs/performance.md).
                    writer.Line("#nullable disable");
                    Factories(writer, catalog, articles, Article);
                    writer.Line("#nullable restore");
                }
            }
        }

        return writer.ToString();
    }

    private static void Factories(SourceWriter writer, CatalogModel catalog, string articles, string article)
    {
        int count = catalog.Entries.Count;
        if (count == 0)
        {
            writer.Line($"private static {article} Create(int index) => throw new global::System.ArgumentOutOfRangeException(nameof(index));");
            return;
        }

        int chunks = (count + ChunkSize - 1) / ChunkSize;
        if (chunks > 1)
        {
            writer.Line($"private static {article} Create(int index)");
            writer.Line("{");
            for (int c = 0; c < chunks; c++)
            {
                string n = c.ToString(CultureInfo.InvariantCulture);
                string limit = ((c + 1) * ChunkSize).ToString(CultureInfo.InvariantCulture);
                writer.Line($"    if (index < {limit}) return Create{n}(index);");
            }

            writer.Line("    throw new global::System.ArgumentOutOfRangeException(nameof(index));");
            writer.Line("}");
            writer.Line();
        }

        for (int c = 0; c < chunks; c++)
        {
            string name = chunks > 1 ? "Create" + c.ToString(CultureInfo.InvariantCulture) : "Create";
            writer.Line($"private static {article} {name}(int index)");
            writer.Line("{");
            for (int i = c * ChunkSize; i < count && i < (c + 1) * ChunkSize; i++)
            {
                writer.Line($"    if (index == {i.ToString(CultureInfo.InvariantCulture)}) return {articles}.{CSharp.Identifier(catalog.Entries[i].Identifier)};");
            }

            writer.Line("    throw new global::System.ArgumentOutOfRangeException(nameof(index));");
            writer.Line("}");
            if (c + 1 < chunks)
            {
                writer.Line();
            }
        }
    }
}
