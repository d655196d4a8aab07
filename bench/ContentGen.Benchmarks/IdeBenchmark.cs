using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using ContentGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Benchmarks;

/// <summary>
/// The generator as an IDE runs it: one <see cref="GeneratorDriver"/> kept across edits, each
/// compilation derived from the previous one, step tracking off. At N Markdown posts (the
/// side-by-side corpus) claimed by one collection type, each kind of edit is made
/// <c>runs</c> times after three unmeasured ones, and each run is timed on its own:
/// a keystroke in an unrelated C# file, at the top of the collection's C# file, in a content
/// file; a content file added, then deleted. The same edits drive <see cref="FloorGenerator"/>,
/// which has the same steps over every file and does no work in them: Roslyn's own cost.
/// `dotnet run -c Release --project bench/ContentGen.Benchmarks -- ide 10000 20`
/// </summary>
/// <remarks>
/// Allocations are the whole process's during the run (the driver's and the generator's, on
/// every thread). Retained memory is the heap with the warm driver alive minus the heap without
/// it, the texts and the compilation alive in both. "Outputs changed" counts the generated files
/// whose text differs from the previous run's, added and removed ones included.
/// </remarks>
public static class IdeBenchmark
{
    /// <summary>The collection: every post, a required and a list property, a computed one and a method.</summary>
    public const string CollectionSource = """
        // Edits: 
        using System;
        using System.Collections.Generic;
        using ContentGen;

        namespace Bench;

        [ContentCollection("Content/posts/**/*.md")]
        public partial class Post : Article
        {
            public required DateOnly Date { get; init; }
            public IReadOnlyList<string> Tags { get; init; } = [];
            public string Label => Title.ToUpperInvariant();
            public int Weight() => Title.Length;
        }
        """;

    public const string UnrelatedSource = """
        // Edits: 
        namespace Bench
        {
            public static class Program
            {
                public static int Answer() => 42;
            }
        }
        """;

    public static void Run(int articles, int runs)
    {
        var workload = new Workload(articles, markdown: true, CollectionSource, UnrelatedSource);
        Console.WriteLine($"{articles:N0} posts, {workload.Corpus.Sum(f => (long)f.Text.Length):N0} characters; {runs} runs per edit after 3 unmeasured; times in ms, allocations in MB");
        Console.WriteLine();
        Console.WriteLine("| Generator | Edit | wall ms (median) | min | max | CPU ms (median) | allocated MB (median) | outputs changed (median) |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (IIncrementalGenerator generator in new IIncrementalGenerator[] { new FloorGenerator(), new ContentGenerator() })
        {
            Measure(workload, generator, runs);
        }
    }

    private static void Measure(Workload workload, IIncrementalGenerator generator, int runs)
    {
        string name = generator is FloorGenerator ? "floor" : "ContentGen";
        var clock = Stopwatch.StartNew();
        GeneratorDriver driver = workload.Driver(generator).RunGenerators(workload.Compilation);
        Console.WriteLine($"| {name} | first run (cold, JIT included) | {clock.Elapsed.TotalMilliseconds:F0} | | | | | |");
        Compilation compilation = workload.Compilation;
        Dictionary<string, string> outputs = Outputs(driver);

        // The content file edited: a post in the middle, typed into at the end of its first paragraph.
        AdditionalText post = workload.Texts[workload.Texts.Length / 2];
        int at = post.GetText()!.ToString().IndexOf(".\n\n", post.GetText()!.ToString().IndexOf("---\n\n", StringComparison.Ordinal), StringComparison.Ordinal);
        AdditionalText manifest = workload.Manifest;
        AdditionalText? lastAdded = null;
        int added = 0;

        // Each edit prepares the next driver and compilation; only RunGenerators is timed.
        var edits = new (string Name, Func<(GeneratorDriver, Compilation)> Prepare)[]
        {
            ("keystroke in an unrelated C# file", () => (driver, Type(compilation, 1))),
            ("keystroke at the top of the collection's C# file", () => (driver, Type(compilation, 0))),
            ("keystroke in a content file", () =>
            {
                SourceText text = post.GetText()!;
                AdditionalText next = Workload.Text(post.Path, text.WithChanges(new TextChange(new TextSpan(at, 0), "x")).ToString());
                GeneratorDriver d = driver.ReplaceAdditionalText(post, next);
                post = next;
                return (d, compilation);
            }),
            ("content file added", () =>
            {
                AdditionalText file = Workload.Text(Workload.ProjectDirectory + $"Content/posts/new/post-{added++:D3}.md", "---\ntitle: \"A new post\"\ndate: 2026-01-01\n---\n\nA new paragraph.\n");
                AdditionalText next = workload.ManifestWith(file.Path);
                GeneratorDriver d = driver.AddAdditionalTexts([file]).ReplaceAdditionalText(manifest, next);
                manifest = next;
                lastAdded = file;
                return (d, compilation);
            }),
            ("content file deleted", () =>
            {
                // Each add is followed by the delete of the file it added.
                AdditionalText file = lastAdded!;
                AdditionalText next = workload.Manifest;
                GeneratorDriver d = driver.RemoveAdditionalTexts([file]).ReplaceAdditionalText(manifest, next);
                manifest = next;
                return (d, compilation);
            }),
        };

        var results = new Dictionary<string, List<(double Ms, double Cpu, double Mb, int Changed)>>();
        for (int round = 0; round < runs + 3; round++)
        {
            foreach ((string edit, Func<(GeneratorDriver, Compilation)> prepare) in edits)
            {
                (GeneratorDriver next, Compilation nextCompilation) = prepare();
                compilation = nextCompilation;
                long before = GC.GetTotalAllocatedBytes(precise: true);
                double cpu = CpuClock.Milliseconds();
                long start = Stopwatch.GetTimestamp();
                driver = next.RunGenerators(compilation);
                double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                cpu = CpuClock.Milliseconds() - cpu;
                double mb = (GC.GetTotalAllocatedBytes(precise: true) - before) / 1048576.0;
                Dictionary<string, string> now = Outputs(driver);
                int changed = now.Count(o => !outputs.TryGetValue(o.Key, out string? old) || old != o.Value) + outputs.Keys.Count(k => !now.ContainsKey(k));
                outputs = now;
                if (round >= 3)
                {
                    if (!results.TryGetValue(edit, out var list))
                    {
                        results[edit] = list = [];
                    }

                    list.Add((ms, cpu, mb, changed));
                }
            }
        }

        foreach ((string edit, _) in edits)
        {
            List<(double Ms, double Cpu, double Mb, int Changed)> list = results[edit];
            double[] ms = [.. list.Select(r => r.Ms).Order()];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {edit} | {Median(ms):F2} | {ms[0]:F2} | {ms[^1]:F2} | {Median([.. list.Select(r => r.Cpu).Order()]):F2} | {Median([.. list.Select(r => r.Mb).Order()]):F2} | {Median([.. list.Select(r => (double)r.Changed).Order()]):F0} |"));
        }

        long withDriver = Heap();
        GC.KeepAlive(driver);
        driver = null!;
        long without = Heap();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | retained by the warm driver | {(withDriver - without) / 1048576.0:F0} MB | | | | | |"));
        GC.KeepAlive(workload);
        GC.KeepAlive(compilation);
    }

    private static Compilation Type(Compilation compilation, int file)
    {
        // A character typed inside the first line's comment: every position below it moves.
        SyntaxTree tree = compilation.SyntaxTrees.ElementAt(file);
        SourceText text = tree.GetText().WithChanges(new TextChange(new TextSpan("// Edits: ".Length, 0), "x"));
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(text));
    }

    private static Dictionary<string, string> Outputs(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    private static double Median(double[] sorted) => sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;

    private static long Heap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
