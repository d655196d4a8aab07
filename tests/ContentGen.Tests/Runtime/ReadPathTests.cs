using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using ContentGen.Storage;
using ContentGen.Tests.Generation;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ContentGen.Tests.Runtime;

/// <summary>
/// The run-time read path (issue #23): each chunk inflated once, metadata without bodies, no lock
/// around user code, one object per article whatever the threads do, hot reload while reading,
/// and the format version checked before anything is decoded.
/// </summary>
[Collection(ProcessWide.Name)]
public sealed class ReadPathTests
{
    /// <summary>Plain text, and Markdown with and without a front matter summary: every kind of head.</summary>
    private static ContentProject Site(int articles)
    {
        var project = new ContentProject();
        for (int i = 0; i < articles; i++)
        {
            string n = i.ToString(CultureInfo.InvariantCulture);
            _ = (i % 3) switch
            {
                0 => project.File($"Content/t{n}.txt", $"Title {n}\n\nFirst paragraph of {n}.\n\nSecond paragraph of {n}, see https://example.com/{n}."),
                1 => project.File($"Content/m{n}.md", $"# Heading {n}\n\nLead of *{n}*.\n\n## Part\n\nMore of {n}, and [a link](t0.txt).\n"),
                _ => project.File($"Content/s{n}.md", $"---\nsummary: Summary {n}\ndate: 2024-01-{1 + (i % 28):D2}\n---\n# Heading {n}\n\nBody of {n}.\n"),
            };
        }

        return project;
    }

    [Fact]
    public void Reading_everything_inflates_each_chunk_once_and_holds_none_afterwards()
    {
        var catalog = new CountingCatalog(HotReloadTests.Catalog(Site(150)));
        IReadOnlyList<Article> all = catalog;
        foreach (Article article in all)
        {
            Assert.NotEmpty(article.Html);
        }

        foreach (Article article in all)
        {
            Assert.NotEmpty(article.Paragraphs);
        }

        Assert.NotEmpty(catalog.ChunkCalls);
        Assert.All(catalog.ChunkCalls.GroupBy(c => c), calls => Assert.Single(calls));
        Assert.Equal(catalog.HeadsCalls.Count, catalog.HeadsCalls.Distinct().Count());
        for (int bucket = 0; bucket < 64; bucket++)
        {
            Assert.Equal(0, catalog.State.Decoded(bucket)?.HeldChunks ?? 0);
        }
    }

    [Fact]
    public void Metadata_and_titles_never_inflate_a_body_and_the_summary_is_the_first_paragraph()
    {
        var catalog = new CountingCatalog(HotReloadTests.Catalog(Site(60)));
        IReadOnlyList<Article> all = catalog;
        var summaries = all.Select(a => (a.Slug, a.Title, a.Metadata.Summary, a.Metadata.Published)).ToList();
        Assert.Empty(catalog.ChunkCalls);

        foreach ((Article article, (string slug, string title, string? summary, _)) in all.Zip(summaries))
        {
            Assert.Equal(article.Slug, slug);
            string expected = slug.StartsWith('s') ? "Summary " + slug[1..] : article.Paragraphs[0].Text;
            Assert.Equal(expected, summary);
        }

        Assert.Equal("Lead of 1.", catalog.Find("m1")!.Metadata.Summary);
        Assert.Equal("First paragraph of 0.", catalog.Find("t0")!.Paragraphs[0].Text);
        Assert.Equal("<h1 id=\"heading-1\">Heading 1</h1>\n<p>Lead of <em>1</em>.</p>\n<h2 id=\"part\">Part</h2>\n<p>More of 1, and <a href=\"t0.txt\">a link</a>.</p>\n", catalog.Find("m1")!.Html);
        Assert.Same(catalog.Find("t0"), catalog.Find("m1")!.Links[0].Target);
    }

    [Fact]
    public void Newest_creates_only_the_articles_asked_for_and_decodes_only_their_buckets()
    {
        var project = new ContentProject();
        for (int i = 0; i < 200; i++)
        {
            string date = new DateTime(2020, 1, 1).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            project.File($"Content/p{i:D3}.md", $"---\ndate: {date}\n---\n# Post {i}\n\nText of {i}.\n");
        }

        GenerationResult result = project.Generate();
        IReadOnlyList<Article> all = result.LoadArticles();
        ArticleCatalog catalog = result.Catalog();
        var newest = (IReadOnlyList<Article>)result.LoadedArticlesType!.GetProperty("Newest")!.GetValue(null)!;

        // A home page's first request: the newest article, then its neighbours. Each read creates
        // the one article it returns and decodes the records of its bucket only (200 articles: 64 buckets).
        Article first = newest[0];
        Assert.Equal([first], catalog.State.Created());
        Assert.Equal(1, catalog.State.DecodedBuckets);
        Assert.Equal("p199", first.Slug);
        Assert.Equal("Post 199", first.Title);

        Assert.Equal(["p199", "p198", "p197"], newest.Take(3).Select(a => a.Slug));
        Assert.Equal(3, catalog.State.Created().Count());
        Assert.InRange(catalog.State.DecodedBuckets, 1, 3);
        Assert.Equal(
            Enumerable.Range(180, 20).Reverse().Select(i => $"p{i:D3}"),
            newest.Take(20).Select(a => a.Slug));
        Assert.Equal(20, catalog.State.Created().Count());
        Assert.Same(all[199], first);
    }

    [Fact]
    public void Find_in_every_article_starts_again_while_the_places_and_a_collection_disagree_and_never_returns_another_article()
    {
        GenerationResult result = new ContentProject()
            .File("Content/a.txt", "Alpha\n\nText of a.")
            .File("Content/b.txt", "Beta\n\nText of b.")
            .Generate();
        _ = result.LoadArticles();
        ArticleCatalog catalog = result.Catalog();
        object generated = result.LoadedArticlesType!.GetNestedType("__All", BindingFlags.NonPublic)!.GetField("Instance", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;
        string places = (string)generated.GetType().GetMethod("Places", BindingFlags.Instance | BindingFlags.NonPublic)!.Invoke(generated, null)!;
        string swapped = SwapFirstTwoSlugs(places);

        // Places that a hot reload changed and the collection never catches up with: each slug
        // names the other article's place. Every retry finds the other article, so Find fails
        // after the catalog's retries instead of returning it.
        var stuck = new ScriptedIndex(catalog, swapped);
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => stuck.Find("a"));
        Assert.Contains("does not read back", error.Message, StringComparison.Ordinal);
        Assert.Contains("places 'a' where its collection holds 'b'", error.Message, StringComparison.Ordinal);
        Assert.Equal(ArticleCatalog.ReloadRetries + 1, stuck.PlacesCalls);

        // Places that catch up (the update's handler ran): the retry reads them again and finds the right article.
        var catching = new ScriptedIndex(catalog, swapped, places);
        Article a = catching.Find("a")!;
        Assert.Equal("a", a.Slug);
        Assert.Equal("Text of a.", a.Paragraphs[0].Text);
        Assert.Equal(2, catching.PlacesCalls);
        Assert.Same(a, catching.Find("a"));
    }

    /// <summary>A places payload (PayloadFormat: count, then collection, bucket, slot and slug of each article) with the slugs of its first two articles swapped.</summary>
    private static string SwapFirstTwoSlugs(string packed)
    {
        byte[] bytes = Payload.Inflate(packed);
        var reader = new PayloadReader(bytes);
        var places = new List<(int Collection, int Bucket, int Slot, string Slug)>();
        for (int count = reader.Int(); count > 0; count--)
        {
            places.Add((reader.Int(), reader.Int(), reader.Int(), reader.String()));
        }

        (string first, string second) = (places[0].Slug, places[1].Slug);
        places[0] = places[0] with { Slug = second };
        places[1] = places[1] with { Slug = first };

        var stream = new List<byte>();
        Varint(stream, places.Count);
        foreach ((int collection, int bucket, int slot, string slug) in places)
        {
            Varint(stream, collection);
            Varint(stream, bucket);
            Varint(stream, slot);
            byte[] utf8 = System.Text.Encoding.UTF8.GetBytes(slug);
            Varint(stream, utf8.Length);
            stream.AddRange(utf8);
        }

        // Header: stored, then the stream's length.
        var payload = new List<byte> { 0 };
        Varint(payload, stream.Count);
        payload.AddRange(stream);
        return Format.Pack([.. payload]);

        static void Varint(List<byte> output, int value)
        {
            uint rest = (uint)value;
            while (rest >= 0x80)
            {
                output.Add((byte)(rest | 0x80));
                rest >>= 7;
            }

            output.Add((byte)rest);
        }
    }

    [Fact]
    public async Task Many_threads_reading_cold_articles_get_one_object_per_article_and_the_right_text()
    {
        ContentProject site = Site(300);
        for (int round = 0; round < 3; round++)
        {
            var catalog = new CountingCatalog(HotReloadTests.Catalog(site));
            IReadOnlyList<Article> all = catalog;
            string[] slugs = [.. Enumerable.Range(0, 300).Select(i => (i % 3 == 0 ? "t" : i % 3 == 1 ? "m" : "s") + i.ToString(CultureInfo.InvariantCulture))];

            // All is in source-path order.
            string[] bySource = [.. slugs.OrderBy(s => "Content/" + s + (s[0] == 't' ? ".txt" : ".md"), StringComparer.Ordinal)];
            var seen = new ConcurrentDictionary<string, Article>();
            using var start = new Barrier(8);
            Task[] readers = [.. Enumerable.Range(0, 8).Select(t => Task.Run(() =>
            {
                start.SignalAndWait();

                // Each thread walks the articles in its own order, through Find, All and links.
                var order = slugs.OrderBy(s => (s.GetHashCode(StringComparison.Ordinal) * (t + 1)) ^ t).ToArray();
                foreach (string slug in order)
                {
                    Article article = t % 2 == 0 ? catalog.Find(slug)! : all[Array.IndexOf(bySource, slug)];
                    Assert.Same(seen.GetOrAdd(slug, article), article);
                    Assert.Equal(slug, article.Slug);
                    string n = slug[1..];
                    Assert.Equal(slug[0] switch { 't' => "First paragraph of ", 'm' => "Lead of ", _ => "Body of " } + n + ".", article.Paragraphs[0].Text);
                    Assert.Contains(n, article.Html, StringComparison.Ordinal);
                    if (slug[0] == 'm')
                    {
                        Assert.Same(catalog.Find("t0"), article.Links[0].Target);
                    }

                    _ = article.LinkedFrom.Count;
                }
            }))];
            await Task.WhenAll(readers);
            Assert.Equal(300, seen.Count);
            Assert.Equal(300, catalog.State.Created().Count());
        }
    }

    [Fact]
    public async Task Reference_cycles_read_from_many_threads_see_the_same_objects_everywhere()
    {
        var project = new ContentProject().Source(Collections.CollectionTests.NewsSchema);
        for (int i = 0; i < 40; i++)
        {
            // Each article follows up the next one, the last the first: one cycle through 40 articles and many buckets.
            project.File($"Content/news/n{i}.txt", $"---\npublished: 2024-05-01\nfollow-up-of: news/n{(i + 1) % 40}\n---\nNews {i}\n\nText {i}.");
        }

        Assembly assembly = project.Generate().LoadAssembly();
        Type news = assembly.GetType("Consumer.NewsArticle")!;
        var find = news.GetMethod("Find")!.CreateDelegate<Func<string, Article?>>();
        using var start = new Barrier(6);
        Task[] readers = [.. Enumerable.Range(0, 6).Select(t => Task.Run(() =>
        {
            start.SignalAndWait();
            for (int i = 0; i < 40; i++)
            {
                int n = (i * (t + 1) + t) % 40;
                Article article = find($"news/n{n}")!;
                Assert.Same(find($"news/n{(n + 1) % 40}"), Collections.CollectionTests.Get(article, "FollowUpOf"));
            }
        }))];
        await Task.WhenAll(readers);
    }

    [Fact]
    public async Task No_lock_is_held_while_a_collection_constructor_runs_so_other_reads_and_the_debugger_go_on()
    {
        const string Schema = """
            #pragma warning disable CS1591
            using System.Threading;
            using ContentGen;

            namespace Consumer;

            public static class Hooks
            {
                public static readonly ManualResetEventSlim Entered = new();
                public static readonly ManualResetEventSlim Release = new();
                private static int _first;

                /// <summary>The first article created blocks in its initializer until the test releases it.</summary>
                public static int Block()
                {
                    if (Interlocked.Exchange(ref _first, 1) == 0)
                    {
                        Entered.Set();
                        Release.Wait();
                    }

                    return 1;
                }
            }

            [ContentCollection("Content/news/*.txt")]
            public partial class NewsArticle : Article
            {
                public int Hook { get; init; } = Hooks.Block();

                public NewsArticle? FollowUpOf { get; init; }
            }
            """;
        var project = new ContentProject().Source(Schema);
        for (int i = 0; i < 30; i++)
        {
            project.File($"Content/news/n{i}.txt", $"---\nfollow-up-of: news/n{(i + 1) % 30}\n---\nNews {i}\n\nText {i}, also https://example.com/{i}.");
        }

        project.File("Content/other.txt", "Other\n\nLinks to News 3.\n\nAlso read: News 3");
        Assembly assembly = project.Generate().LoadAssembly();
        Type hooks = assembly.GetType("Consumer.Hooks")!;
        var entered = (ManualResetEventSlim)hooks.GetField("Entered")!.GetValue(null)!;
        var release = (ManualResetEventSlim)hooks.GetField("Release")!.GetValue(null)!;
        Type news = assembly.GetType("Consumer.NewsArticle")!;
        var find = news.GetMethod("Find")!.CreateDelegate<Func<string, Article?>>();

        Task<Article?> blocked = Task.Run(() => find("news/n0"));
        try
        {
            Assert.True(entered.Wait(TimeSpan.FromSeconds(30)));

            // While that constructor waits, every other article of every bucket reads, as a debugger evaluation would.
            Task others = Task.Run(() =>
            {
                for (int i = 1; i < 30; i++)
                {
                    Article article = find($"news/n{i}")!;
                    Assert.Equal($"News {i}", article.Title);
                    Assert.Equal($"Text {i}, also https://example.com/{i}.", article.Paragraphs[0].Text);
                }

                // Articles.All is every article of the project now, the blocked one included: the default collection's article by slug.
                var other = (Article)assembly.GetType("Consumer.Articles")!.GetMethod("Find")!.Invoke(null, ["other"])!;
                Assert.Equal(["News 3"], other.Links.Select(l => l.Target!.Title));
                Assert.Equal(["other"], find("news/n3")!.LinkedFrom.Select(a => a.Slug));
            });
            // A read that waited for the blocked constructor would time out here.
            await others.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.False(blocked.IsCompleted);
        }
        finally
        {
            release.Set();
        }

        Article first = (await blocked)!;
        Assert.Same(first, find("news/n0"));
        Assert.Same(first, Collections.CollectionTests.Get(find("news/n29")!, "FollowUpOf"));
    }

    [Fact]
    public async Task Hot_reload_while_threads_read_gives_old_or_new_content_never_an_error()
    {
        ArticleCatalog before = HotReloadTests.Catalog(new ContentProject()
            .File("Content/a.txt", "Old a\n\nOld text of a.")
            .File("Content/b.md", "# Old b\n\nOld text of b.\n")
            .File("Content/c.txt", "Old c\n\nOld text of c."));
        ArticleCatalog after = HotReloadTests.Catalog(new ContentProject()
            .File("Content/a.txt", "New a\n\nThe new text of a is longer than the old one.")
            .File("Content/aa.txt", "New aa\n\nAdded before b.")
            .File("Content/b.md", "---\nsummary: New summary\n---\n# New b\n\nNew text of b, longer too.\n")
            .File("Content/c.txt", "New c\n\nNew text of c."));
        var catalog = new HotReloadTests.UpdatableCatalog(before);
        string[] slugs = ["a", "b", "c"];
        using var stop = new CancellationTokenSource();
        var failures = new ConcurrentQueue<string>();
        Task[] readers = [.. Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            int reads = 0;
            while (!stop.IsCancellationRequested || reads == 0)
            {
                string slug = slugs[(reads++ + t) % 3];
                try
                {
                    Article article = catalog.Find(slug)!;
                    string title = article.Title;
                    string text = article.Paragraphs[0].Text;
                    _ = article.Html;
                    _ = article.Metadata.Summary;
                    if (!(title == "Old " + slug || title == "New " + slug) || !(text == $"Old text of {slug}." || text.StartsWith($"New text of {slug}", StringComparison.Ordinal) || text.StartsWith($"The new text of {slug}", StringComparison.Ordinal)))
                    {
                        failures.Enqueue($"{slug}: '{title}' / '{text}'");
                    }
                }
                catch (Exception ex)
                {
                    failures.Enqueue(ex.ToString());
                }
            }
        }))];

        // Each update: the generated methods switch first, then the runtime calls the handler, as a real update does.
        for (int update = 0; update < 2000; update++)
        {
            catalog.Payload = update % 2 == 0 ? after : before;
            Thread.SpinWait(200 * (update % 7));
            HotReloadTests.InvokeUpdateHandlers(typeof(ArticleCatalog).Assembly, [typeof(HotReloadTests.UpdatableCatalog)]);
        }

        catalog.Payload = after;
        HotReloadTests.InvokeUpdateHandlers(typeof(ArticleCatalog).Assembly, [typeof(HotReloadTests.UpdatableCatalog)]);
        await stop.CancelAsync();
        await Task.WhenAll(readers);
        Assert.True(failures.IsEmpty, string.Join("\n----\n", failures.Take(2)));

        Article a = catalog.Find("a")!;
        Assert.Equal("New a", a.Title);
        Assert.Equal("The new text of a is longer than the old one.", a.Paragraphs[0].Text);
        Assert.Equal("New summary", catalog.Find("b")!.Metadata.Summary);
        Assert.Equal(4, catalog.Count);
    }

    [Fact]
    public void A_catalog_of_another_payload_format_fails_on_first_use_naming_both_versions_and_the_fix()
    {
        GenerationResult result = new ContentProject().File("Content/a.txt", "Alpha\n\nText.").Generate();
        SyntaxTree catalogTree = result.Output.SyntaxTrees.Single(t => t.FilePath.EndsWith("ContentGen.Articles.g.cs", StringComparison.Ordinal));
        string source = catalogTree.ToString();
        string declared = $": base({Format.Version})";
        Assert.Contains(declared, source, StringComparison.Ordinal);
        int other = Format.Version + 1;
        Compilation mismatched = result.Output.ReplaceSyntaxTree(catalogTree, CSharpSyntaxTree.ParseText(source.Replace(declared, $": base({other})", StringComparison.Ordinal), (CSharpParseOptions)catalogTree.Options, catalogTree.FilePath));
        Assembly assembly = new GenerationResult(result.Run, mismatched).LoadAssembly();
        Type articles = assembly.GetType("Consumer.Articles")!;

        // Loading the types and getting the catalog decodes nothing, so it does not fail...
        var all = (IReadOnlyList<Article>)articles.GetProperty("All")!.GetValue(null)!;

        // ...the first read does, through any door.
        foreach (Action read in new Action[] { () => _ = all.Count, () => articles.GetProperty("A")!.GetValue(null), () => articles.GetMethod("Find")!.Invoke(null, ["a"]) })
        {
            Exception thrown = Assert.ThrowsAny<Exception>(read);
            var error = Assert.IsType<InvalidOperationException>(thrown is TargetInvocationException { InnerException: { } inner } ? inner : thrown);
            Assert.Contains($"payload format {other}", error.Message, StringComparison.Ordinal);
            Assert.Contains($"reads format {Format.Version}", error.Message, StringComparison.Ordinal);
            Assert.Contains("update the ContentGen package to the same version", error.Message, StringComparison.Ordinal);
            Assert.Contains("'Consumer'", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_article_shows_its_slug_and_title_in_the_debugger_and_no_internal_field()
    {
        Article article = Assert.Single(new ContentProject().File("Content/news/a.txt", "Alpha headline\n\nText.").Generate().LoadArticles());
        var display = typeof(Article).GetCustomAttribute<DebuggerDisplayAttribute>(inherit: true)!;

        // The expression as a debugger evaluates it: each {Member,nq} replaced by the member's value, unquoted.
        string shown = System.Text.RegularExpressions.Regex.Replace(display.Value, @"\{(\w+),nq\}", m => (string)typeof(Article).GetProperty(m.Groups[1].Value)!.GetValue(article)!);
        Assert.Equal("news/a: Alpha headline", shown);
        Assert.Equal(display.Value, article.GetType().GetCustomAttribute<DebuggerDisplayAttribute>(inherit: true)!.Value); // the generated type inherits it

        FieldInfo[] fields = typeof(Article).GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);
        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.Equal(DebuggerBrowsableState.Never, f.GetCustomAttribute<DebuggerBrowsableAttribute>()?.State));
    }

    /// <summary>Every article's index over one catalog, whose places payload is each of a script's in turn (the last one from then on).</summary>
    private sealed class ScriptedIndex(ArticleCatalog catalog, params string[] places) : ArticleIndex(Format.Version)
    {
        public int PlacesCalls { get; private set; }

        public new Article? Find(string slug) => base.Find(slug);

        protected override string Places() => places[Math.Min(PlacesCalls++, places.Length - 1)];

        protected override Article? Resolve(int collection, int bucket, int slot) => catalog.AtCore(bucket, slot);
    }

    /// <summary>A catalog that answers from a generated build and records which payloads were asked for.</summary>
    private sealed class CountingCatalog(ArticleCatalog payload) : ArticleCatalog<Article>(Format.Version)
    {
        public ConcurrentBag<(int Bucket, int Chunk)> ChunkCalls { get; } = [];

        public ConcurrentBag<int> HeadsCalls { get; } = [];

        public new Article? Find(string slug) => base.Find(slug);

        protected override string Index() => Call<string>(nameof(Index));

        protected override string Heads(int bucket)
        {
            HeadsCalls.Add(bucket);
            return Call<string>(nameof(Heads), bucket);
        }

        protected override string Chunk(int bucket, int chunk)
        {
            ChunkCalls.Add((bucket, chunk));
            return Call<string>(nameof(Chunk), bucket, chunk);
        }

        protected override Article Create(ArticleData data) => new Entry(data);

        protected override Article? Resolve(int collection, int bucket, int key) => At(bucket, key);

        private T Call<T>(string name, params object[] arguments) =>
            (T)payload.GetType().GetMethod(name, BindingFlags.Instance | BindingFlags.NonPublic, [.. arguments.Select(a => a.GetType())])!.Invoke(payload, arguments)!;

        private sealed class Entry(ArticleData data) : Article(data);
    }
}
