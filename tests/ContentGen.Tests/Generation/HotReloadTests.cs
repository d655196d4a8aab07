using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using ContentGen.Storage;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Generation;

/// <summary>
/// The runtime half of content hot reload: after an applied update the generated payload methods
/// return the new content, and the MetadataUpdateHandler must drop what catalogs decoded from the
/// old. A real update needs a process started for it (DOTNET_MODIFIABLE_ASSEMBLIES=debug); here a
/// catalog whose payload methods switch from one generated build to the next stands for the
/// updated generated type, and the handler is found and invoked exactly as the runtime does.
/// The whole loop under dotnet watch is measured by bench/hot-reload/measure.sh.
/// Alone in its collection: the handler it invokes resets catalogs of the whole process.
/// </summary>
[Collection(ProcessWide.Name)]
public sealed class HotReloadTests
{
    [Fact]
    public void The_update_handler_drops_decoded_content_so_the_next_read_sees_the_update()
    {
        ArticleCatalog before = Catalog(new ContentProject()
            .File("Content/a.txt", "Old title\n\nOld paragraph.")
            .File("Content/b.txt", "Bee\n\nAlso read: Old title"));
        ArticleCatalog after = Catalog(new ContentProject()
            .File("Content/a.txt", "New title\n\nNew paragraph.")
            .File("Content/b.txt", "Bee\n\nAlso read: New title")
            .File("Content/c.txt", "Sea\n\nAdded while running."));

        var catalog = new UpdatableCatalog(before);
        Article a = catalog.Find("a")!;
        Assert.Equal("Old paragraph.", a.Paragraphs[0].Text);
        Assert.Equal(2, catalog.Count);

        // The update is applied: the generated methods now return the new payload. What the
        // catalog decoded stays until the handler runs; this is what the handler is for.
        catalog.Payload = after;
        Assert.Equal("Old paragraph.", catalog.Find("a")!.Paragraphs[0].Text);
        Assert.Null(catalog.Find("c"));

        InvokeUpdateHandlers(typeof(ArticleCatalog).Assembly, [typeof(UpdatableCatalog)]);

        Article updated = catalog.Find("a")!;
        Assert.Equal("New title", updated.Title);
        Assert.Equal("New paragraph.", updated.Paragraphs[0].Text);
        Assert.Equal(3, catalog.Count);
        Assert.Equal("Added while running.", catalog.Find("c")!.Paragraphs[0].Text);
        Assert.Same(updated, Assert.Single(catalog.Find("b")!.Links).Target);
        Assert.Equal(["b"], updated.LinkedFrom.Select(x => x.Slug));

        // An article object read before the update keeps its data: pages read through the catalog.
        Assert.Equal("Old paragraph.", a.Paragraphs[0].Text);
    }

    [Fact]
    public void An_update_of_another_assembly_leaves_the_catalogs_decoded_content_alone()
    {
        ArticleCatalog before = Catalog(new ContentProject().File("Content/a.txt", "Old title\n\nOld paragraph."));
        var catalog = new UpdatableCatalog(before);
        Assert.Equal("Old paragraph.", catalog.Find("a")!.Paragraphs[0].Text);
        int decoded = catalog.State.DecodedBuckets;

        InvokeUpdateHandlers(typeof(ArticleCatalog).Assembly, [typeof(string)]);
        Assert.Equal(decoded, catalog.State.DecodedBuckets);

        InvokeUpdateHandlers(typeof(ArticleCatalog).Assembly, null);
        Assert.Equal(0, catalog.State.DecodedBuckets);
    }

    /// <summary>As the runtime does after applying an update: every [MetadataUpdateHandler] type of the assembly, its static ClearCache(Type[]?).</summary>
    [Fact]
    public void Deleting_the_last_article_of_a_bucket_deletes_members_not_types()
    {
        GenerationResult two = new ContentProject().File("Content/a.txt", "Aye\n\nFirst.").File("Content/b.txt", "Bee\n\nSecond.").Generate();
        GenerationResult one = new ContentProject().File("Content/a.txt", "Aye\n\nFirst.").Generate();

        // b was alone in its bucket: its bucket file is gone with it...
        Assert.Equal(two.Sources.Count() - 1, one.Sources.Count());

        // ...but no type is: hot reload applies deleted members, and restarts the app for a deleted type (ENC0033).
        Assert.Equal(Types(two), Types(one));
        Assert.Equal(64, Types(one).Count(t => t.StartsWith("Consumer.Articles.__Catalog.B", StringComparison.Ordinal)));
    }

    [Fact]
    public void Editing_an_article_changes_its_chunks_method_only_not_every_chunk_of_its_bucket()
    {
        // Two articles of one bucket, each larger than a chunk: two chunks, two methods.
        string[] names = [.. Enumerable.Range(0, 1000).Select(i => $"post{i}").GroupBy(n => ContentGen.Generator.Layout.Placement.BucketOf(ContentGen.Generator.Parsing.Naming.Identifier(n))).First(g => g.Count() >= 2).Take(2)];
        string Text(string name, string words) => $"Title of {name}\n\nThe lead of {name}.\n\n{string.Join(" ", Enumerable.Range(0, 30_000).Select(i => words + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))}.";
        string Bucket(GenerationResult result) => result.Sources.Single(s => s.HintName.StartsWith("ContentGen.Articles.", StringComparison.Ordinal) && s.SourceText.ToString().Contains("C1()", StringComparison.Ordinal)).SourceText.ToString();

        string before = Bucket(new ContentProject().File($"Content/{names[0]}.txt", Text(names[0], "alpha")).File($"Content/{names[1]}.txt", Text(names[1], "beta")).Generate());
        string after = Bucket(new ContentProject().File($"Content/{names[0]}.txt", Text(names[0], "gamma")).File($"Content/{names[1]}.txt", Text(names[1], "beta")).Generate());

        string[] changed = [.. after.Split('\n').Except(before.Split('\n')).Select(l => l.Trim().Split(' ')[3])];
        Assert.Equal(["C0()"], changed); // Same title, word count and lead (the summary's default, in the records): the records are unchanged too.
    }

    private const string AuthorSchema = """
        #pragma warning disable CS1591
        namespace Consumer;
        [ContentGen.DataCollection("Data/authors.yaml")]
        public partial record Author
        {
            public required string Name { get; init; }
            public string? Bio { get; init; }
        }
        """;

    private static ContentProject Authors(string bio) => new ContentProject()
        .Source(AuthorSchema)
        .Data("Data/authors.yaml", $"jane:\n  name: Jane\n  bio: {bio}\nbob:\n  name: Bob\n")
        .File("Content/a.txt", "A\n\nText.");

    [Fact]
    public void Editing_a_data_entry_changes_the_entries_method_body_only_not_a_type()
    {
        GenerationResult before = Authors("Writes.").Generate();
        GenerationResult after = Authors("Writes about the web.").Generate();
        string Source(GenerationResult result) => result.Source("ContentGen.Data.Consumer.Author.g.cs");

        Assert.Equal(Types(before), Types(after));
        Assert.Equal(before.Sources.Select(s => s.HintName), after.Sources.Select(s => s.HintName));
        string[] changed = [.. Source(after).Split('\n').Except(Source(before).Split('\n')).Select(l => l.Trim().Split(' ')[3])];
        Assert.Equal(["Entries()"], changed);

        // No other generated file changes: the articles do not hold an author's values.
        foreach (GeneratedSourceResult source in before.Sources.Where(s => s.HintName != "ContentGen.Data.Consumer.Author.g.cs"))
        {
            Assert.Equal(source.SourceText.ToString(), after.Source(source.HintName));
        }
    }

    [Fact]
    public void The_update_handler_drops_decoded_entries_so_the_next_read_sees_the_update()
    {
        DataCatalog before = DataCatalogOf(Authors("Old bio.").Generate());
        DataCatalog after = DataCatalogOf(Authors("New bio.").Generate());
        var catalog = new UpdatableData(before);
        object jane = catalog.Find("jane")!;
        Assert.Equal("Old bio.", jane.GetType().GetProperty("Bio")!.GetValue(jane));

        catalog.Payload = after;
        Assert.Same(jane, catalog.Find("jane"));

        InvokeUpdateHandlers(typeof(DataCatalog).Assembly, [typeof(UpdatableData)]);
        object updated = catalog.Find("jane")!;
        Assert.NotSame(jane, updated);
        Assert.Equal("New bio.", updated.GetType().GetProperty("Bio")!.GetValue(updated));
        Assert.Equal("Old bio.", jane.GetType().GetProperty("Bio")!.GetValue(jane)); // An entry read before keeps its values.
    }

    private static DataCatalog DataCatalogOf(GenerationResult result)
    {
        Type type = result.LoadAssembly().GetType("Consumer.Author")!.GetNestedType("__Data", BindingFlags.NonPublic)!;
        return (DataCatalog)type.GetField("Instance", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;
    }

    /// <summary>A data catalog whose payload answers from one generated build, then, once "updated", from another; its entries are made by the first build's constructor.</summary>
    private sealed class UpdatableData(DataCatalog payload) : DataCatalog<object>(Format.Version)
    {
        private readonly DataCatalog _creator = payload;

        public DataCatalog Payload { get; set; } = payload;

        public new object? Find(string id) => base.Find(id);

        protected override string Entries() => (string)Payload.GetType().GetMethod(nameof(Entries), BindingFlags.Instance | BindingFlags.NonPublic)!.Invoke(Payload, null)!;

        protected override object Create(DataEntry entry) => _creator.GetType().GetMethod(nameof(Create), BindingFlags.Instance | BindingFlags.NonPublic)!.Invoke(_creator, [entry])!;

        protected override Article? Resolve(int collection, int bucket, int key) => null;

        protected override object? ResolveEntry(int collection, string id) => Find(id);
    }

    private static string[] Types(GenerationResult result)
    {
        static IEnumerable<INamedTypeSymbol> All(INamespaceOrTypeSymbol container) =>
            container.GetMembers().OfType<INamespaceOrTypeSymbol>().SelectMany(m => m is INamedTypeSymbol type ? [type, .. All(type)] : All(m));

        return [.. All(result.Output.Assembly.GlobalNamespace).Select(t => t.ToDisplayString()).Order(StringComparer.Ordinal)];
    }

    internal static void InvokeUpdateHandlers(Assembly assembly, Type[]? updatedTypes)
    {
        MetadataUpdateHandlerAttribute handler = Assert.Single(assembly.GetCustomAttributes<MetadataUpdateHandlerAttribute>());
        MethodInfo clearCache = handler.HandlerType.GetMethod("ClearCache", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, [typeof(Type[])])!;
        Assert.NotNull(clearCache);
        clearCache.Invoke(null, [updatedTypes]);
    }

    internal static ArticleCatalog Catalog(ContentProject project)
    {
        Type catalogType = project.Generate().LoadAssembly().GetType("Consumer.Articles")!.GetNestedType("__Catalog", BindingFlags.NonPublic)!;
        return (ArticleCatalog)catalogType.GetField("Instance", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;
    }

    /// <summary>A catalog whose payload methods answer from one generated build, then, once "updated", from another.</summary>
    internal sealed class UpdatableCatalog(ArticleCatalog payload) : ArticleCatalog<Article>(Format.Version)
    {
        public ArticleCatalog Payload { get; set; } = payload;

        public int Count => ((IReadOnlyList<Article>)this).Count;

        public new Article? Find(string slug) => base.Find(slug);

        protected override string Index() => Call<string>(nameof(Index));

        protected override string Heads(int bucket) => Call<string>(nameof(Heads), bucket);

        protected override string Chunk(int bucket, int chunk) => Call<string>(nameof(Chunk), bucket, chunk);

        protected override Article Create(ArticleData data) => new Entry(data);

        protected override Article? Resolve(int collection, int bucket, int key) => At(bucket, key);

        private T Call<T>(string name, params object[] arguments)
        {
            // Read once: another thread may switch the payload between two reads.
            ArticleCatalog payload = Payload;
            return (T)payload.GetType().GetMethod(name, BindingFlags.Instance | BindingFlags.NonPublic, [.. arguments.Select(a => a.GetType())])!.Invoke(payload, arguments)!;
        }

        private sealed class Entry(ArticleData data) : Article(data);
    }
}
