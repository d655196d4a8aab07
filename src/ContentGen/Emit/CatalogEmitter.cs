using System;
using System.Globalization;
using System.Text;
using ContentGen.Generator.Model;

namespace ContentGen.Generator.Emit;

/// <summary>Writes the collection class's shared part: <c>All</c>, <c>Find</c> and the lazy index behind them.</summary>
internal static class CatalogEmitter
{
    public static string HintName(CollectionInfo collection) => collection.HintPrefix + ".g.cs";

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
        CollectionInfo collection = catalog.Collection;
        string articles = collection.FullName;
        string article = collection.IsDefault ? "global::ContentGen.Article" : collection.FullName;
        string visibility = collection.IsDefault ? collection.Visibility : "public";
        int count = catalog.Entries.Count;

        var writer = new SourceWriter();
        ArticleEmitter.Header(writer);
        IDisposable? ns = collection.Namespace.Length > 0 ? writer.Open($"namespace {collection.Namespace}") : null;
        if (collection.IsDefault)
        {
            writer.Line("/// <summary>The articles compiled from this project's content files: one property per article.</summary>");
            writer.Line(CSharp.GeneratedCodeAttribute);
            writer.Line(ArticleEmitter.Declaration(collection));
        }
        else
        {
            // The user's type, completed: abstract, so that only its generated articles exist.
            // No [GeneratedCode] on the type itself: analyzers must still see the user's part.
            writer.Line($"abstract partial class {collection.Name}");
        }

        writer.Line("{");
        using (writer.Indent())
        {
            if (!collection.IsDefault)
            {
                writer.Line("/// <summary>Called by generated code only.</summary>");
                writer.Line("/// <param name=\"slug\">The article's slug.</param>");
                writer.Line("/// <param name=\"title\">The article's title.</param>");
                writer.Line("/// <param name=\"sourcePath\">The content file, relative to the project.</param>");
                writer.Line("/// <param name=\"wordCount\">The number of words of the paragraphs.</param>");
                writer.Line("/// <param name=\"paragraphCount\">The number of paragraphs.</param>");
                writer.Line(CSharp.GeneratedCodeAttribute);
                writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
                writer.Line($"protected {collection.Name}(string slug, string title, string sourcePath, int wordCount, int paragraphCount)");
                writer.Line("    : base(slug, title, sourcePath, wordCount, paragraphCount)");
                writer.Line("{");
                writer.Line("}");
                writer.Line();
            }

            writer.Line("/// <summary>Every article, ordered by source path (ordinal). An article is created when it is first read.</summary>");
            MemberAttribute(writer, collection);
            writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{article}> All => __Catalog.Instance;");
            writer.Line();
            writer.Line("/// <summary>The article with this slug (ordinal comparison), or <see langword=\"null\"/>.</summary>");
            writer.Line("/// <param name=\"slug\">A slug, such as <c>news/my-article</c>.</param>");
            writer.Line("/// <returns>The article, or <see langword=\"null\"/> when no article has that slug.</returns>");
            MemberAttribute(writer, collection);
            writer.Line($"public static {article}? Find(string slug) => __Catalog.Instance.Find(slug);");
            writer.Line();
            writer.Line("/// <summary>The generated class of each article: one sealed class per content file.</summary>");
            writer.Line(CSharp.GeneratedCodeAttribute);
            writer.Line($"{visibility} static partial class Types");
            writer.Line("{");
            writer.Line("}");
            writer.Line();

            // Nothing here runs before All or Find is first used, and neither touches the text.
            using (writer.Open("private static class __Catalog"))
            {
                writer.Line($"internal static readonly global::ContentGen.ArticleCatalog<{article}> Instance = new({count.ToString(CultureInfo.InvariantCulture)}, Create, Slugs);");
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
                Factories(writer, catalog, articles, article);
                writer.Line("#nullable restore");
            }
        }

        writer.Line("}");
        ns?.Dispose();
        return writer.ToString();
    }

    /// <summary>A user's type is not generated as a whole, so its generated members say they are.</summary>
    private static void MemberAttribute(SourceWriter writer, CollectionInfo collection)
    {
        if (!collection.IsDefault)
        {
            writer.Line(CSharp.GeneratedCodeAttribute);
        }
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
