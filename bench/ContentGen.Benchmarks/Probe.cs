using System;
using System.Diagnostics;
using System.IO;
using System.Collections.Immutable;
using System.Linq;
using ContentGen.Generator.Helpers;
using ContentGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;

namespace ContentGen.Benchmarks;

/// <summary>
/// Quick single-shot timings (not a benchmark): where does a cold build of N articles spend its
/// time? `dotnet run -c Release --project bench/ContentGen.Benchmarks -- probe 10000`
/// </summary>
public static class Probe
{
    public static void Run(int articles)
    {
        var clock = Stopwatch.StartNew();
        var workload = new Workload(articles);
        Console.WriteLine($"corpus: {articles} articles, {workload.Corpus.Sum(f => (long)f.Text.Length):N0} chars, {clock.ElapsedMilliseconds} ms");

        clock.Restart();
        workload.Driver(new ReadOnlyGenerator()).RunGenerators(workload.Compilation);
        Console.WriteLine($"floor (read every text): {clock.ElapsedMilliseconds} ms");

        clock.Restart();
        GeneratorDriver driver = workload.Driver(new ContentGenerator()).RunGeneratorsAndUpdateCompilation(workload.Compilation, out Compilation output, out _);
        Console.WriteLine($"generate (cold): {clock.ElapsedMilliseconds} ms, {driver.GetRunResult().GeneratedTrees.Length} files, {driver.GetRunResult().GeneratedTrees.Sum(t => (long)t.Length):N0} chars");
        foreach (Diagnostic error in driver.GetRunResult().Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(3))
        {
            Console.WriteLine($"  generator error: {error}");
        }

        clock.Restart();
        driver.GetRunResult().GeneratedTrees.ToList().ForEach(t => t.GetRoot());
        Console.WriteLine($"parse output: {clock.ElapsedMilliseconds} ms");

        if (Environment.GetEnvironmentVariable("PROBE_TREES") == "1")
        {
            Console.WriteLine($"pid {Environment.ProcessId}");
            foreach (SyntaxTree tree in (Environment.GetEnvironmentVariable("PROBE_CATALOG_ONLY") == "1" ? [] : output.SyntaxTrees.Take(3)).Concat(output.SyntaxTrees.Where(t => t.FilePath.EndsWith("Articles.g.cs", StringComparison.Ordinal))))
            {
                clock.Restart();
                int count = output.GetSemanticModel(tree).GetMethodBodyDiagnostics().Length;
                Console.WriteLine($"  {Path.GetFileName(tree.FilePath)}: {clock.ElapsedMilliseconds} ms ({count})");
            }
        }

        clock.Restart();
        int errors = output.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        Console.WriteLine($"GetDiagnostics: {clock.ElapsedMilliseconds} ms ({errors} errors)");

        clock.Restart();
        using var stream = new MemoryStream();
        EmitResult emit = output.Emit(stream);
        Console.WriteLine($"Emit: {clock.ElapsedMilliseconds} ms, {stream.Length:N0} bytes, success {emit.Success}");
    }

    /// <summary>The EditOneArticle scenario, <paramref name="rounds"/> times, with a timing per ten rounds.</summary>
    public static void Edits(int articles, int rounds)
    {
        var workload = new Workload(articles);
        GeneratorDriver warm = workload.Driver(new ContentGenerator()).RunGenerators(workload.Compilation);
        AdditionalText original = workload.Texts[articles / 2];
        AdditionalText edited = Workload.Text(original.Path, original.GetText()!.ToString().Replace(".", ". Edited.", StringComparison.Ordinal));
        var clock = Stopwatch.StartNew();
        for (int i = 1; i <= rounds; i++)
        {
            _ = warm.ReplaceAdditionalText(original, edited).RunGenerators(workload.Compilation);
            if (i % 10 == 0)
            {
                Console.WriteLine($"{i}: {clock.Elapsed.TotalMilliseconds / 10:F1} ms per edit");
                clock.Restart();
            }
        }
    }

    /// <summary>Each stage of a generation on its own, three times (the first includes JIT): `... -- stages 10000`.</summary>
    public static void Stages(int articles)
    {
        var workload = new Workload(articles);
        var paths = new ContentGen.Generator.Model.ContentPaths(Workload.ProjectDirectory, Workload.ProjectDirectory + "Content/");
        var options = new ContentGen.Generator.Model.EmitOptions("Bench", "public", ContentGen.Generator.Helpers.EquatableArray<ContentGen.Generator.Diagnostics.DiagnosticInfo>.Empty);
        var texts = workload.Texts.Select(t => (t.Path, Text: t.GetText()!)).ToArray();
        for (int round = 0; round < 3; round++)
        {
            var clock = Stopwatch.StartNew();
            double cpu = CpuClock.Milliseconds();
            var collections = ContentGen.Generator.Schema.CollectionGlobs.Number(ContentGen.Generator.Model.SchemaSet.Empty, options);
            var matcher = new ContentGen.Generator.Schema.CollectionMatcher(collections);
            var parsed = texts.Select(t => ContentGenerator.Parse(t.Text, ContentGenerator.Describe(t.Path, new ContentGen.Generator.Model.FileOptions(null), paths), default)).ToArray();
            double parse = clock.Elapsed.TotalMilliseconds;
            double parseCpu = CpuClock.Milliseconds() - cpu;
            var models = parsed.Select(p => ContentGen.Generator.Schema.SchemaBinder.Bind(p, matcher).Article!).ToImmutableArray();
            double bind = clock.Elapsed.TotalMilliseconds;
            var layout = ContentGen.Generator.Layout.Placement.Build([.. models.Select(ContentGen.Generator.Linking.LinkResolver.Entry)], collections);
            var index = new ContentGen.Generator.Model.LinkIndex(layout.Placed, ContentGen.Generator.Helpers.EquatableArray<string>.Empty);
            var links = models.Select(m => ContentGen.Generator.Linking.LinkResolver.Resolve(ContentGen.Generator.Linking.LinkResolver.Query(m), index)).ToImmutableArray();
            double link = clock.Elapsed.TotalMilliseconds;
            var bodies = models.Select(ContentGen.Generator.Emit.Payload.Encoders.Body).ToImmutableArray();
            double encode = clock.Elapsed.TotalMilliseconds;
            var backlinks = ContentGen.Generator.Layout.Bucketing.BacklinksOf([.. links.Select(l => new ContentGen.Generator.Model.LinkEdges(l.Self, l.SourcePath, l.Targets))]);
            var buckets = ContentGen.Generator.Layout.Bucketing.Split(models, links, bodies, layout, backlinks, options.LiteralBudget).ToArray();
            double split = clock.Elapsed.TotalMilliseconds;
            double packCpu = CpuClock.Milliseconds();
            var files = buckets.Select(b => ContentGen.Generator.Emit.Payload.Encoders.Pack(b, default)).ToArray();
            double pack = clock.Elapsed.TotalMilliseconds;
            packCpu = CpuClock.Milliseconds() - packCpu;
            long chars = files.Sum(f => (long)ContentGen.Generator.Emit.BucketEmitter.Emit(f).Length);
            double emit = clock.Elapsed.TotalMilliseconds;
            Console.WriteLine($"packed: heads {files.Sum(f => f.Heads.Sum(x => (long)x.Length)):N0} chars, texts {files.Sum(f => f.Chunks.Sum(c => (long)c.Length)):N0} chars; bodies {bodies.Sum(b => (long)b.Count):N0} bytes");
            Console.WriteLine($"parse {parse:F0} ms, bind {bind - parse:F0}, layout+links {link - bind:F0}, encode bodies {encode - link:F0}, split {split - encode:F0}, pack (deflate) {pack - split:F0}, emit {emit - pack:F0} ({chars:N0} chars, {files.Count(f => f.AsConstants)} of {files.Length} buckets as constants)");
            // CPU time (every thread of the process): on a shared machine the wall times above mostly measure the others.
            Console.WriteLine($"cpu: parse {parseCpu:F0} ms, pack {packCpu:F0} ms");
        }
    }

    /// <summary>How long grouping every article into its bucket takes on its own (what each edit pays in <c>Bucketing.Split</c>).</summary>
    public static void Split(int articles)
    {
        var workload = new Workload(articles);
        var paths = new ContentGen.Generator.Model.ContentPaths(Workload.ProjectDirectory, Workload.ProjectDirectory + "Content/");
        var options = new ContentGen.Generator.Model.EmitOptions("Bench", "public", ContentGen.Generator.Helpers.EquatableArray<ContentGen.Generator.Diagnostics.DiagnosticInfo>.Empty);
        var collections = ContentGen.Generator.Schema.CollectionGlobs.Number(ContentGen.Generator.Model.SchemaSet.Empty, options);
        var matcher = new ContentGen.Generator.Schema.CollectionMatcher(collections);
        var models = workload.Texts
            .Select(t => ContentGenerator.Parse(t.GetText()!, ContentGenerator.Describe(t.Path, new ContentGen.Generator.Model.FileOptions(null), paths), default).Article!)
            .Select(a => ContentGen.Generator.Schema.SchemaBinder.Bind(a, matcher).Article!)
            .ToImmutableArray();
        var layout = ContentGen.Generator.Layout.Placement.Build([.. models.Select(ContentGen.Generator.Linking.LinkResolver.Entry)], collections);
        var index = new ContentGen.Generator.Model.LinkIndex(layout.Placed, ContentGen.Generator.Helpers.EquatableArray<string>.Empty);
        var links = models.Select(m => ContentGen.Generator.Linking.LinkResolver.Resolve(ContentGen.Generator.Linking.LinkResolver.Query(m), index)).ToImmutableArray();
        var bodies = models.Select(ContentGen.Generator.Emit.Payload.Encoders.Body).ToImmutableArray();
        var backlinks = ContentGen.Generator.Layout.Bucketing.BacklinksOf([.. links.Select(l => new ContentGen.Generator.Model.LinkEdges(l.Self, l.SourcePath, l.Targets))]);
        int rounds = int.TryParse(Environment.GetEnvironmentVariable("PROBE_ROUNDS"), out int r) ? r : 5;
        for (int round = 0; round < rounds; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            int buckets = ContentGen.Generator.Layout.Bucketing.Split(models, links, bodies, layout, backlinks, options.LiteralBudget).Count();
            Console.WriteLine($"Split: {clock.Elapsed.TotalMilliseconds:F1} ms, {(GC.GetAllocatedBytesForCurrentThread() - before) / 1048576.0:F1} MB, {buckets} buckets");
        }
    }
}
