using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using ContentGen.Corpus;
using ContentGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Benchmarks;

/// <summary>
/// Reading a whole site, compiled against parsed at start-up (issue #23): the seeded Markdown
/// corpus of the side-by-side benchmark, compiled into a content assembly, read by small console
/// apps, each run in a fresh process, interleaved round by round:
/// <list type="bullet">
/// <item><c>baseline</c>: the same files read from disk at start-up, front matter parsed with
/// YamlDotNet and Markdown rendered with Markdig (<c>UseAdvancedExtensions</c>): the obvious
/// alternative to compiled content;</item>
/// <item><c>html</c>: every article's <c>Html</c> from the generated catalog;</item>
/// <item><c>newest</c>: the 20 newest articles (<c>Articles.Newest</c>, ordered at compile time), with titles and summaries (a home page);</item>
/// <item><c>newest-by-sort</c>: the same, sorting <c>Articles.All</c> by <c>Metadata.Published</c> at run time;</item>
/// <item><c>everything</c>: every text of every article (HTML, paragraphs, links, headings,
/// metadata), then the managed heap it holds against the size of those texts.</item>
/// </list>
/// <c>dotnet run -c Release --project bench/ContentGen.Benchmarks -- readall 10000 5</c>. Each app
/// prints its own time from <c>Main</c> (what the read costs, JIT included); the probe adds the
/// whole process's wall time (runtime start-up included). The content assembly is rebuilt whenever
/// the generator or runtime library changed (their module ids are its cache key).
/// </summary>
public static class ReadAllProbe
{
    private const string Reader = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.Linq;
        using ContentGen;

        internal static class Program
        {
            private static int s_jitMethods;
            private static double s_jitMs;

            private static int Main(string[] args)
            {
                // What the JIT compiled before the clock starts (this method) is not the read's.
                s_jitMethods = (int)System.Runtime.JitInfo.GetCompiledMethodCount();
                s_jitMs = System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds;
                var clock = Stopwatch.StartNew();
                switch (args[0])
                {
                    case "html":
                    {
                        long chars = 0;
                        foreach (Article article in Bench.Articles.All)
                        {
                            chars += article.Html.Length;
                        }

                        Report(clock, FormattableString.Invariant($"{Bench.Articles.All.Count} articles, {chars} characters of HTML"));
                        return 0;
                    }

                    case "newest":
                    {
                        var newest = Bench.Articles.Newest
                            .Take(20)
                            .Select(a => (a.Title, a.Metadata.Summary))
                            .ToList();
                        Report(clock, FormattableString.Invariant($"{newest.Count} newest, {newest.Sum(n => n.Title.Length + (n.Summary?.Length ?? 0))} characters of titles and summaries"));
                        return 0;
                    }

                    case "newest-by-sort":
                    {
                        var newest = Bench.Articles.All
                            .Where(a => a.Metadata.Published is not null)
                            .OrderByDescending(a => a.Metadata.Published!.Value)
                            .Take(20)
                            .Select(a => (a.Title, a.Metadata.Summary))
                            .ToList();
                        Report(clock, FormattableString.Invariant($"{newest.Count} newest, {newest.Sum(n => n.Title.Length + (n.Summary?.Length ?? 0))} characters of titles and summaries"));
                        return 0;
                    }

                    case "one":
                    {
                        Article one = Bench.Articles.All[args.Length > 1 ? int.Parse(args[1]) : 0];
                        Report(clock, FormattableString.Invariant($"one article: {one.Html.Length} characters of HTML"));
                        return 0;
                    }

                    case "everything":
                    {
                        long before = GC.GetTotalMemory(forceFullCollection: true);
                        var texts = new HashSet<string>(ReferenceEqualityComparer.Instance);
                        foreach (Article article in Bench.Articles.All)
                        {
                            texts.Add(article.Slug);
                            texts.Add(article.Title);
                            texts.Add(article.SourcePath);
                            texts.Add(article.Html);
                            foreach (Paragraph p in article.Paragraphs) texts.Add(p.Text);
                            foreach (Link l in article.Links) { texts.Add(l.Text); if (l.Destination is { } d) texts.Add(d); _ = l.Target; }
                            foreach (Heading h in article.Headings) { texts.Add(h.Text); texts.Add(h.Id); }
                            ArticleMetadata m = article.Metadata;
                            if (m.Summary is { } s) texts.Add(s);
                            if (m.Source is { } source) texts.Add(source);
                            foreach (string t in m.Tags) texts.Add(t);
                            foreach (string a in m.Authors) texts.Add(a);
                            foreach (KeyValuePair<string, string> e in m.Extra) { texts.Add(e.Key); texts.Add(e.Value); }
                            _ = article.LinkedFrom.Count;
                        }

                        double elapsed = clock.Elapsed.TotalMilliseconds;
                        int count = texts.Count;
                        // The texts' own size: what any in-memory copy of this content must hold.
                        long held = texts.Sum(t => (22L + (2L * t.Length) + 7) & ~7L);
                        texts = null!;
                        long after = GC.GetTotalMemory(forceFullCollection: true);
                        GC.KeepAlive(Bench.Articles.All);
                        Console.WriteLine(FormattableString.Invariant($"{elapsed:F1} ms: {Bench.Articles.All.Count} articles read through; heap +{(after - before) / 1048576.0:F1} MB holding {count} texts of {held / 1048576.0:F1} MB: {(double)(after - before) / held:F2}x"));
                        return 0;
                    }
                }

                return 2;
            }

            // The JIT's and the GC's shares of the time: methods compiled since Main started and the time
            // spent compiling them (System.Runtime.JitInfo; a tier-1 compilation on the background thread
            // counts too, though it runs beside the program), collections and the time they paused it.
            private static void Report(Stopwatch clock, string what) =>
                Console.WriteLine(FormattableString.Invariant($"{clock.Elapsed.TotalMilliseconds:F1} ms: {what}; JIT {System.Runtime.JitInfo.GetCompiledMethodCount() - s_jitMethods} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds - s_jitMs:F1} ms; GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen 0/1/2), paused {GC.GetTotalPauseDuration().TotalMilliseconds:F1} ms"));
        }
        """;

    private const string Baseline = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.IO;
        using System.Linq;
        using Markdig;
        using YamlDotNet.Serialization;

        internal static class Program
        {
            private static int Main(string[] args)
            {
                var clock = Stopwatch.StartNew();
                long before = GC.GetTotalMemory(forceFullCollection: true);
                List<Post> posts = Read(args[0]);
                double first = clock.Elapsed.TotalMilliseconds;
                long after = GC.GetTotalMemory(forceFullCollection: true);
                string warm = string.Empty;
                if (args.Length > 1 && args[1] == "twice")
                {
                    clock.Restart();
                    Read(args[0]);
                    warm = FormattableString.Invariant($"; a second pass in the same process {clock.Elapsed.TotalMilliseconds:F1} ms");
                }

                Console.WriteLine(FormattableString.Invariant($"{first:F1} ms: {posts.Count} posts, {posts.Sum(p => (long)p.Html.Length)} characters of HTML; heap +{(after - before) / 1048576.0:F1} MB{warm}"));
                GC.KeepAlive(posts);
                return 0;
            }

            private static List<Post> Read(string directory)
            {
                MarkdownPipeline pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
                IDeserializer yaml = new DeserializerBuilder().Build();
                string[] files = Directory.GetFiles(directory, "*.md", SearchOption.AllDirectories);
                Array.Sort(files, StringComparer.Ordinal);
                var posts = new List<Post>(files.Length);
                foreach (string path in files)
                {
                    string text = File.ReadAllText(path);
                    int end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
                    var front = yaml.Deserialize<Dictionary<string, object>>(text[4..end]);
                    string body = text[(end + 5)..];
                    posts.Add(new Post(
                        path,
                        (string)front["title"],
                        DateTimeOffset.Parse((string)front["date"], System.Globalization.CultureInfo.InvariantCulture),
                        ((List<object>)front["tags"]).Cast<string>().ToArray(),
                        (string)front["summary"],
                        Markdown.ToHtml(body, pipeline)));
                }

                return posts;
            }

            private sealed record Post(string Path, string Title, DateTimeOffset Date, string[] Tags, string Summary, string Html);
        }
        """;

    public static void Run(int posts, int rounds)
    {
        string directory = Path.Combine(Path.GetTempPath(), $"contentgen-readall-{posts}");
        Prepare(directory, posts);
        if (rounds == 0)
        {
            // Prepared only: the apps can be run by hand (dotnet Reader.dll html) or under a profiler.
            Console.WriteLine(directory);
            return;
        }

        Console.WriteLine(RuntimeLibrary.Describe(Path.Combine(directory, "ContentGen.Abstractions.dll")));
        string content = Path.Combine(directory, "content");

        (string Name, string[] Arguments)[] commands =
        [
            ("baseline (Markdig + YamlDotNet at start-up)", [Path.Combine(directory, "Baseline.dll"), content]),
            ("every Html, compiled", [Path.Combine(directory, "Reader.dll"), "html"]),
            ("20 newest with titles and summaries (Articles.Newest)", [Path.Combine(directory, "Reader.dll"), "newest"]),
            ("20 newest, sorting All at run time", [Path.Combine(directory, "Reader.dll"), "newest-by-sort"]),
            ("one article's Html (the first of All)", [Path.Combine(directory, "Reader.dll"), "one"]),
            ("everything, and the heap it holds", [Path.Combine(directory, "Reader.dll"), "everything"]),
        ];

        var own = commands.ToDictionary(c => c.Name, _ => new List<double>());
        var wall = commands.ToDictionary(c => c.Name, _ => new List<double>());
        for (int round = 1; round <= rounds; round++)
        {
            Console.WriteLine($"round {round}");
            foreach ((string name, string[] arguments) in commands)
            {
                var start = new ProcessStartInfo("dotnet", arguments) { RedirectStandardOutput = true };
                var clock = Stopwatch.StartNew();
                using Process child = Process.Start(start)!;
                string output = child.StandardOutput.ReadToEnd().Trim();
                child.WaitForExit();
                double elapsed = clock.Elapsed.TotalMilliseconds;
                own[name].Add(double.Parse(output[..output.IndexOf(' ', StringComparison.Ordinal)], CultureInfo.InvariantCulture));
                wall[name].Add(elapsed);
                Console.WriteLine(FormattableString.Invariant($"  {name}: {output} (process {elapsed:F0} ms)"));
            }
        }

        Console.WriteLine($"medians of {rounds} rounds (in the app from Main | the whole process):");
        foreach ((string name, _) in commands)
        {
            Console.WriteLine(FormattableString.Invariant($"  {name}: {Median(own[name]):F1} ms | {Median(wall[name]):F0} ms (app {own[name].Min():F1}-{own[name].Max():F1})"));
        }
    }

    private static double Median(List<double> values)
    {
        double[] sorted = [.. values.Order()];
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>The corpus on disk and the content assembly, rebuilt when the generator or the runtime library changed; the two apps, compiled on every run.</summary>
    private static void Prepare(string directory, int posts)
    {
        string stamp = Path.Combine(directory, "stamp");
        string library = RuntimeLibrary.Locate();
        string key = $"{typeof(ContentGenerator).Assembly.ManifestModule.ModuleVersionId} {typeof(Article).Assembly.ManifestModule.ModuleVersionId}";
        string bench = Path.Combine(directory, "Bench.dll");
        string runtime = Path.Combine(directory, "ContentGen.Abstractions.dll");
        if (!File.Exists(stamp) || File.ReadAllText(stamp) != key)
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            Directory.CreateDirectory(directory);
            IReadOnlyList<CorpusFile> corpus = MarkdownCorpus.Make(posts);
            CorpusMaker.Write(corpus, Path.Combine(directory, "content"));

            var workload = new Workload(corpus);
            workload.Driver(new ContentGenerator()).RunGeneratorsAndUpdateCompilation(workload.Compilation, out Compilation content, out _);
            Emit(content, bench);

            string markdig = typeof(Markdig.Markdown).Assembly.Location;
            string yaml = typeof(YamlDotNet.Serialization.Deserializer).Assembly.Location;
            File.Copy(markdig, Path.Combine(directory, Path.GetFileName(markdig)));
            File.Copy(yaml, Path.Combine(directory, Path.GetFileName(yaml)));
            foreach (string app in new[] { "Reader", "Baseline" })
            {
                int major = Environment.Version.Major;
                File.WriteAllText(Path.Combine(directory, app + ".runtimeconfig.json"), "{\"runtimeOptions\":{\"tfm\":\"net" + major + ".0\",\"framework\":{\"name\":\"Microsoft.NETCore.App\",\"version\":\"" + major + ".0.0\"}}}");
            }

            File.WriteAllText(stamp, key);
        }

        // Copied every time: CONTENTGEN_BENCH_LIBRARY picks the IL or the ReadyToRun copy without rebuilding the corpus.
        File.Copy(library, runtime, overwrite: true);

        // The apps are small: compiled every time, so a change to this probe is never measured stale.
        Emit(App("Reader", Reader, [MetadataReference.CreateFromFile(runtime), MetadataReference.CreateFromFile(bench)]), Path.Combine(directory, "Reader.dll"));
        Emit(App("Baseline", Baseline, [MetadataReference.CreateFromFile(Path.Combine(directory, "Markdig.dll")), MetadataReference.CreateFromFile(Path.Combine(directory, "YamlDotNet.dll"))]), Path.Combine(directory, "Baseline.dll"));
    }

    /// <summary>Compiled against the running runtime's own assemblies: Markdig and YamlDotNet here are their builds for it.</summary>
    private static CSharpCompilation App(string name, string source, MetadataReference[] references) => CSharpCompilation.Create(
        name,
        [CSharpSyntaxTree.ParseText(source, Workload.ParseOptions)],
        [.. Framework.Value, .. references],
        new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release));

    private static readonly Lazy<MetadataReference[]> Framework = new(() => [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(p => Path.GetDirectoryName(p) == Path.GetDirectoryName(typeof(object).Assembly.Location))
        .Select(p => MetadataReference.CreateFromFile(p))]);

    private static void Emit(Compilation compilation, string path)
    {
        using FileStream stream = File.Create(path);
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }
    }
}
