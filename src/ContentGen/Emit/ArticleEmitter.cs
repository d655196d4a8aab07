using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ContentGen.Generator.Model;
using ContentGen.Generator.Parsing;

namespace ContentGen.Generator.Emit;

/// <summary>Writes one bucket of article classes, and the collection properties that reach them.</summary>
internal static class ArticleEmitter
{
    public const string CollectionClass = Naming.DefaultCollection;

    public static string HintName(CollectionInfo collection, int bucket) => $"{collection.HintPrefix}.{bucket.ToString("D2", CultureInfo.InvariantCulture)}.g.cs";

    /// <summary>The declaration of a collection class's part: the default one is a static class, a user's type keeps its own modifiers.</summary>
    public static string Declaration(CollectionInfo collection) => collection.IsDefault
        ? $"{collection.Visibility} static partial class {collection.Name}"
        : $"partial class {collection.Name}";

    /// <summary>Opens the collection's namespace (none for the global namespace) and its class.</summary>
    public static IDisposable OpenCollection(SourceWriter writer, CollectionInfo collection)
    {
        IDisposable? ns = collection.Namespace.Length > 0 ? writer.Open($"namespace {collection.Namespace}") : null;
        IDisposable type = writer.Open(Declaration(collection));
        return new Both(type, ns);
    }

    public static string Emit(ArticleBucket bucket)
    {
        CollectionInfo collection = bucket.Collection;
        string visibility = collection.IsDefault ? collection.Visibility : "public";
        var writer = new SourceWriter();
        Header(writer);
        string types = $"{collection.FullName}.Types";

        using (OpenCollection(writer, collection))
        {
            // Same identifier twice: keep the first by path; CG0008 already fails the build.
            var written = new HashSet<string>();
            var entries = new List<BucketArticle>();
            foreach (BucketArticle entry in bucket.Articles)
            {
                if (entry.Article.Identifier.Length > 0 && written.Add(entry.Article.Identifier))
                {
                    entries.Add(entry);
                }
            }

            foreach (ArticleModel article in entries.ConvertAll(e => e.Article))
            {
                string name = CSharp.Identifier(article.Identifier);
                Summary(writer, article);
                writer.Line($"public static {types}.{name} {name} => {types}.{name}.__Instance;");
                writer.Line();
            }

            // All text of the bucket in one UTF-8 literal; each article reads its own slice.
            var data = new StringBuilder();
            int offset = 0;
            string dataClass = $"__Data{bucket.Number.ToString("D2", CultureInfo.InvariantCulture)}";
            using (writer.Open($"{visibility} static partial class Types"))
            {
                for (int i = 0; i < entries.Count; i++)
                {
                    if (i > 0)
                    {
                        writer.Line();
                    }

                    string text = Texts(entries[i].Article);
                    int length = Encoding.UTF8.GetByteCount(text);
                    data.Append(text);
                    ArticleClass(writer, entries[i], collection, visibility, $"{collection.FullName}.{dataClass}.Bytes.Slice({offset.ToString(CultureInfo.InvariantCulture)}, {length.ToString(CultureInfo.InvariantCulture)})");
                    offset += length;
                }
            }

            // UTF-8 literals live in the assembly's data section, not the user-string heap that
            // ordinary literals fill up (CS8103 at ~8.4M characters): this is what lets a project
            // hold tens of thousands of articles. One literal per bucket, not per article: each
            // literal is a field of one compiler-generated class, whose loading cost grew with
            // the number of literals (15 ms at the first read of a C10k article; now 64 at most),
            // and a class holds at most 65,535 fields (docs/performance.md).
            writer.Line();
            using (writer.Open($"private static class {dataClass}"))
            {
                writer.Line($"internal static global::System.ReadOnlySpan<byte> Bytes => {CSharp.Utf8Literal(data.ToString())};");
            }
        }

        return writer.ToString();
    }

    /// <summary>
    /// The paragraph texts, the link texts, each heading's text and id, each followed by a line
    /// feed, then the HTML of a Markdown article (the runtime's layout, see <c>Article.Utf8Text</c>).
    /// </summary>
    private static string Texts(ArticleModel article)
    {
        var texts = new StringBuilder();
        foreach (string paragraph in article.Paragraphs)
        {
            texts.Append(paragraph).Append('\n');
        }

        foreach (LinkModel link in article.Links)
        {
            texts.Append(link.Text).Append('\n');
        }

        foreach (HeadingModel heading in article.Headings)
        {
            texts.Append(heading.Text).Append('\n').Append(heading.Id).Append('\n');
        }

        // The HTML runs to the end of the slice: it is the only text that may hold line breaks.
        return texts.Append(article.Html).ToString();
    }

    /// <summary>The header every generated file starts with.</summary>
    public static void Header(SourceWriter writer)
    {
        writer.Line("// <auto-generated/>");
        writer.Line("// Generated by ContentGen from content files. Edit the content, not this file.");
        writer.Line("#nullable enable");
        writer.Line();
    }

    private static void ArticleClass(SourceWriter writer, BucketArticle entry, CollectionInfo collection, string visibility, string slice)
    {
        ArticleModel article = entry.Article;
        string name = CSharp.Identifier(article.Identifier);
        List<(string Property, string Expression)> values = Values(entry);

        // The lead preview lives on the property, where users hover; the class names the title only.
        writer.Line($"/// <summary>The article <b>{CSharp.XmlText(article.Title)}</b> (<c>{CSharp.XmlText(article.SourcePath)}</c>).</summary>");
        writer.Line(CSharp.GeneratedCodeAttribute);
        using (writer.Open($"{visibility} sealed class {name} : {collection.ArticleBase}"))
        {
            if (entry.References.Count == 0)
            {
                // A static field per class: touching one article initializes that class only.
                writer.Line($"internal static readonly {name} __Instance = new {name}();");
            }
            else
            {
                // References may form cycles (A follows up B, B follows up A). The constructor
                // publishes the instance before reading the articles it references, so a class
                // initializer that comes back to this one, on this thread or through the
                // runtime's initialization-deadlock rule, finds the instance and not null.
                writer.Line($"internal static {name} __Instance = null!;");
                writer.Line();
                writer.Line($"static {name}() => _ = new {name}();");
            }

            writer.Line();
            if (!collection.IsDefault)
            {
                // Required members get their values below, or CG0006 fails the build.
                writer.Line("[global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers]");
            }

            writer.Line($"private {name}()");
            writer.Line("    : base(");
            writer.Line($"        slug: {CSharp.Literal(article.Slug)},");
            writer.Line($"        title: {CSharp.Literal(article.Title)},");
            writer.Line($"        sourcePath: {CSharp.Literal(article.SourcePath)},");
            writer.Line($"        wordCount: {article.WordCount.ToString(CultureInfo.InvariantCulture)},");
            writer.Line($"        paragraphCount: {article.Paragraphs.Count.ToString(CultureInfo.InvariantCulture)})");
            writer.Line("{");
            if (entry.References.Count > 0)
            {
                writer.Line("    __Instance = this;");
            }

            foreach ((string property, string expression) in values)
            {
                writer.Line($"    {CSharp.Identifier(property)} = {expression};");
            }

            writer.Line("}");
            writer.Line();

            writer.Line("/// <inheritdoc/>");
            writer.Line($"protected override global::System.ReadOnlySpan<byte> Utf8Text => {slice};");

            if (article.Links.Count > 0)
            {
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                writer.Line("protected override global::ContentGen.LinkInfo[] CreateLinkInfos() => new global::ContentGen.LinkInfo[]");
                writer.Line("{");
                foreach (LinkModel link in article.Links)
                {
                    string kind = link.Kind == LinkKind.Related ? "Related" : "Inline";
                    string hasUrl = link.HasUrl ? "true" : "false";
                    string relative = link.IsRelative ? ", true" : string.Empty;
                    writer.Line($"    new(global::ContentGen.LinkKind.{kind}, {link.ParagraphIndex.ToString(CultureInfo.InvariantCulture)}, {hasUrl}{relative}),");
                }

                writer.Line("};");
            }

            if (article.Headings.Count > 0)
            {
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                writer.Line($"protected override int[] CreateHeadingLevels() => new int[] {{ {string.Join(", ", article.Headings.Select(h => h.Level.ToString(CultureInfo.InvariantCulture)))} }};");
            }

            if (entry.Targets.Count > 0)
            {
                // Resolved on each read of Link.Target: articles that link each other never build each other early.
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                // Chains of if, not switch: switch expressions cost the compiler far more per case (docs/performance.md).
                writer.Line("protected override global::ContentGen.Article? GetLinkTarget(int linkIndex)");
                writer.Line("{");
                foreach (LinkTarget target in entry.Targets)
                {
                    writer.Line($"    if (linkIndex == {target.LinkIndex.ToString(CultureInfo.InvariantCulture)}) return {target.Member};");
                }

                writer.Line("    return null;");
                writer.Line("}");
            }

            if (entry.LinkedFrom.Count > 0)
            {
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                writer.Line("protected override global::ContentGen.Article[] CreateLinkedFrom() => new global::ContentGen.Article[]");
                writer.Line("{");
                foreach (string source in entry.LinkedFrom)
                {
                    writer.Line($"    {source},");
                }

                writer.Line("};");
            }

            if (article.Metadata is { } metadata)
            {
                Metadata(writer, metadata);
            }
        }
    }

    /// <summary>The typed front matter of a collection article, in the schema's order, references resolved.</summary>
    private static List<(string Property, string Expression)> Values(BucketArticle entry)
    {
        var values = new List<(string, string)>();
        foreach (PropertyValue value in entry.Article.Values)
        {
            if (value.Expression is { } expression)
            {
                values.Add((value.Property, expression));
            }
            else
            {
                foreach (ResolvedValue resolved in entry.References)
                {
                    if (resolved.Property == value.Property)
                    {
                        values.Add((value.Property, resolved.Expression));
                    }
                }
            }
        }

        return values;
    }

    private sealed class Both(IDisposable inner, IDisposable? outer) : IDisposable
    {
        public void Dispose()
        {
            inner.Dispose();
            outer?.Dispose();
        }
    }

    /// <summary>The front matter as constants: nothing is parsed at run time, dates included.</summary>
    private static void Metadata(SourceWriter writer, MetadataModel metadata)
    {
        var arguments = new List<string>();
        if (metadata.Published is { } published)
        {
            arguments.Add($"published: new global::System.DateTimeOffset({published.Ticks.ToString(CultureInfo.InvariantCulture)}, new global::System.TimeSpan({published.Offset.Ticks.ToString(CultureInfo.InvariantCulture)}))");
        }

        if (metadata.Authors.Count > 0)
        {
            arguments.Add($"authors: {StringArray(metadata.Authors)}");
        }

        if (metadata.Source is not null)
        {
            arguments.Add($"source: {CSharp.Literal(metadata.Source)}");
        }

        if (metadata.Tags.Count > 0)
        {
            arguments.Add($"tags: {StringArray(metadata.Tags)}");
        }

        if (metadata.Summary is not null)
        {
            arguments.Add($"summary: {CSharp.Literal(metadata.Summary)}");
        }

        if (metadata.Draft)
        {
            arguments.Add("draft: true");
        }

        if (metadata.Extra.Count > 0)
        {
            var entries = new List<string>();
            foreach (ExtraEntry entry in metadata.Extra)
            {
                entries.Add($"[{CSharp.Literal(entry.Key)}] = {CSharp.Literal(entry.Value)}");
            }

            arguments.Add($"extra: new global::System.Collections.Generic.Dictionary<string, string>(global::System.StringComparer.Ordinal) {{ {string.Join(", ", entries)} }}");
        }

        if (arguments.Count == 0)
        {
            return;
        }

        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("protected override global::ContentGen.ArticleMetadata CreateMetadata() => new global::ContentGen.ArticleMetadata(");
        for (int i = 0; i < arguments.Count; i++)
        {
            writer.Line($"    {arguments[i]}{(i + 1 < arguments.Count ? "," : ");")}");
        }
    }

    private static string StringArray(IEnumerable<string> values)
    {
        var items = new List<string>();
        foreach (string value in values)
        {
            items.Add(CSharp.Literal(value));
        }

        return $"new string[] {{ {string.Join(", ", items)} }}";
    }

    /// <summary>The hover text: the title in bold and the start of the lead, so IntelliSense previews the article.</summary>
    private static void Summary(SourceWriter writer, ArticleModel article)
    {
        writer.Line("/// <summary>");
        writer.Line($"/// <b>{CSharp.XmlText(article.Title)}</b>");
        if (article.Paragraphs.Count > 0)
        {
            writer.Line($"/// <para>{CSharp.XmlText(article.Paragraphs[0], maxLength: 240)}</para>");
        }

        writer.Line("/// </summary>");
        writer.Line($"/// <remarks><c>{CSharp.XmlText(article.SourcePath)}</c>: {Count(article.Paragraphs.Count, "paragraph")}, {Count(article.Links.Count, "link")}, {Count(article.WordCount, "word")}.</remarks>");
    }

    private static string Count(int n, string noun) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
}
