using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using ContentGen.Generator;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Model;
using ContentGen.Generator.Parsing;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Benchmarks;

public static class BreakdownProbe
{
    public static void Run(int articles, int rounds)
    {
        var workload = new Workload(articles);
        var paths = new ContentPaths(Workload.ProjectDirectory, Workload.ProjectDirectory + "Content/");
        var texts = workload.Texts.Select(t => (t.Path, Text: t.GetText()!)).ToArray();
        MarkdownPipeline plain = ContentGen.Generator.Parsing.MarkdownExtensions.Pipeline(ContentGen.Generator.Parsing.MarkdownExtensions.Normalize(null), highlightCode: false);
        MarkdownPipeline highlight = ContentGen.Generator.Parsing.MarkdownExtensions.Pipeline(ContentGen.Generator.Parsing.MarkdownExtensions.Normalize(null), highlightCode: true);
        for (int round = 0; round < rounds; round++)
        {
            var t = new Dictionary<string, long>();
            void Add(string k, long v) => t[k] = t.GetValueOrDefault(k) + v;
            var files = texts.Select(x => ContentGenerator.Describe(x.Path, new FileOptions(null), paths)).ToArray();
            var clock = Stopwatch.StartNew();
            foreach (var (i, x) in texts.Select((x, i) => (i, x)))
            {
                long a = Stopwatch.GetTimestamp();
                var d = ImmutableArray.CreateBuilder<DiagnosticInfo>();
                FrontMatter fm = FrontMatterParser.Parse(x.Text, x.Path, d);
                long b = Stopwatch.GetTimestamp();
                string all = x.Text.ToString();
                int bodyStart = x.Text.Lines[fm.BodyLine].Start;
                string body = all.Substring(bodyStart);
                long c = Stopwatch.GetTimestamp();
                MarkdownDocument doc = Markdown.Parse(body, plain);
                long e = Stopwatch.GetTimestamp();
                var w1 = new System.IO.StringWriter(); var r1 = new HtmlRenderer(w1); plain.Setup(r1); r1.Render(doc); string h1 = w1.ToString();
                long f = Stopwatch.GetTimestamp();
                var w2 = new System.IO.StringWriter(); var r2 = new HtmlRenderer(w2); highlight.Setup(r2); r2.Render(doc); string h2 = w2.ToString();
                long g = Stopwatch.GetTimestamp();
                HtmlAnchors.Of(h2);
                long h = Stopwatch.GetTimestamp();
                ContentGenerator.Parse(x.Text, files[i], default);
                long k = Stopwatch.GetTimestamp();
                Add("frontmatter", b - a); Add("copy", c - b); Add("markdig parse", e - c); Add("markdig render", f - e); Add("render+highlight", g - f); Add("anchors", h - g); Add("full parse", k - h);
            }

            Console.WriteLine($"round {round}: total {clock.ElapsedMilliseconds} ms");

            foreach (var kv in t)
            {
                Console.WriteLine($"  {kv.Key}: {kv.Value * 1000.0 / Stopwatch.Frequency:F0} ms");
            }
        }
    }
}

public static class DriverSteps
{
    public static void Run(int articles)
    {
        var workload = new Workload(articles);
        Microsoft.CodeAnalysis.GeneratorDriver driver = workload.Driver(new ContentGenerator(), trackSteps: true);
        var clock = Stopwatch.StartNew();
        driver = driver.RunGenerators(workload.Compilation);
        Console.WriteLine($"total {clock.ElapsedMilliseconds} ms");
        var result = driver.GetRunResult().Results[0];
        foreach (var step in result.TrackedSteps.OrderByDescending(s => s.Value.Sum(r => r.ElapsedTime.Ticks)))
        {
            Console.WriteLine($"  {step.Key}: {step.Value.Sum(r => r.ElapsedTime.TotalMilliseconds):F0} ms ({step.Value.Length} runs)");
        }
        foreach (var step in result.TrackedOutputSteps)
        {
            Console.WriteLine($"  output {step.Key}: {step.Value.Sum(r => r.ElapsedTime.TotalMilliseconds):F0} ms ({step.Value.Length} runs)");
        }
    }
}

public static class DeflateLevels
{
    public static void Run(int articles)
    {
        var workload = new Workload(articles);
        var paths = new ContentPaths(Workload.ProjectDirectory, Workload.ProjectDirectory + "Content/");
        var models = workload.Texts.Select(t => ContentGenerator.Parse(t.GetText()!, ContentGenerator.Describe(t.Path, new FileOptions(null), paths), default).Article!).ToArray();
        var bodies = models.Select(ContentGen.Generator.Emit.Payload.Encoders.Body).ToArray();
        // 128 KB chunks of consecutive bodies, as the buckets pack them (roughly).
        var chunks = new List<byte[]>();
        var current = new List<byte>();
        foreach (var b in bodies) { current.AddRange(b.AsSpan().ToArray()); if (current.Count >= 128 * 1024) { chunks.Add([.. current]); current.Clear(); } }
        if (current.Count > 0) chunks.Add([.. current]);
        Console.WriteLine($"{chunks.Count} chunks, {chunks.Sum(c => (long)c.Length):N0} bytes");
        for (int round = 0; round < 2; round++)
        {
            foreach (int level in new[] { 1, 2, 3, 4, 5, 6, 9 })
            {
                var clock = Stopwatch.StartNew();
                long size = 0;
                foreach (byte[] chunk in chunks)
                {
                    using var output = new System.IO.MemoryStream();
                    using (var deflate = new System.IO.Compression.DeflateStream(output, new System.IO.Compression.ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true))
                    {
                        deflate.Write(chunk);
                    }

                    size += output.Length;
                }

                Console.WriteLine($"level {level}: {clock.ElapsedMilliseconds} ms, {size:N0} bytes");
            }
            foreach (var named in new[] { System.IO.Compression.CompressionLevel.Fastest, System.IO.Compression.CompressionLevel.Optimal, System.IO.Compression.CompressionLevel.SmallestSize })
            {
                var clock = Stopwatch.StartNew();
                long size = 0;
                foreach (byte[] chunk in chunks)
                {
                    using var output = new System.IO.MemoryStream();
                    using (var deflate = new System.IO.Compression.DeflateStream(output, named, leaveOpen: true))
                    {
                        deflate.Write(chunk);
                    }

                    size += output.Length;
                }

                Console.WriteLine($"{named}: {clock.ElapsedMilliseconds} ms, {size:N0} bytes");
            }
        }
    }
}

public static class GenerateTo
{
    /// <summary>Writes every generated file and the diagnostics of a run to a folder, to compare two builds of the generator.</summary>
    /// <remarks>CONTENTGEN_CORPUS_DIR names a folder of real .md files to use instead of the seeded corpus (nothing of it is committed).</remarks>
    public static void Run(int articles, string directory)
    {
        string? real = Environment.GetEnvironmentVariable("CONTENTGEN_CORPUS_DIR");
        var workload = real is null
            ? new Workload(articles)
            : new Workload([.. System.IO.Directory.GetFiles(real, "*.md", System.IO.SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(f => new ContentGen.Corpus.CorpusFile(System.IO.Path.GetRelativePath(real, f).Replace('\\', '/'), System.IO.File.ReadAllText(f)))]);
        var result = workload.Driver(new ContentGenerator()).RunGenerators(workload.Compilation).GetRunResult();
        System.IO.Directory.CreateDirectory(directory);
        foreach (var tree in result.GeneratedTrees)
        {
            System.IO.File.WriteAllText(System.IO.Path.Combine(directory, System.IO.Path.GetFileName(tree.FilePath)), tree.ToString());
        }

        System.IO.File.WriteAllLines(System.IO.Path.Combine(directory, "diagnostics.txt"), result.Diagnostics.Select(d => d.ToString()));
        Console.WriteLine($"{result.GeneratedTrees.Length} files, {result.Diagnostics.Length} diagnostics");
    }
}

public static class SlowBlocks
{
    /// <summary>Every fenced block of the .md files under a folder, highlighted one by one: the slowest ones, with their file.</summary>
    public static void Run(string directory)
    {
        MarkdownPipeline pipeline = ContentGen.Generator.Parsing.MarkdownExtensions.Pipeline(ContentGen.Generator.Parsing.MarkdownExtensions.Normalize(null), highlightCode: false);
        var times = new List<(double Ms, string File, string Info, int Line)>();
        foreach (string path in System.IO.Directory.GetFiles(directory, "*.md", System.IO.SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            MarkdownDocument document = Markdown.Parse(System.IO.File.ReadAllText(path), pipeline);
            foreach (FencedCodeBlock block in document.Descendants<FencedCodeBlock>())
            {
                if (ContentGen.Generator.Parsing.Highlighting.CodeHighlighter.Find(block.Info) is not { } language)
                {
                    continue;
                }

                string code = string.Join("\n", block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString())) + "\n";
                var task = System.Threading.Tasks.Task.Run(() => ContentGen.Generator.Parsing.Highlighting.CodeHighlighter.Highlight(code, language));
                var clock = Stopwatch.StartNew();
                bool done = task.Wait(TimeSpan.FromSeconds(10));
                times.Add((done ? clock.Elapsed.TotalMilliseconds : double.PositiveInfinity, path, block.Info!, block.Line + 1));
                if (!done)
                {
                    Console.WriteLine($"over 10 s: {path}:{block.Line + 1} ({block.Info}, {code.Length} chars)");
                    Console.Out.Flush();
                    Environment.Exit(1);
                }
            }
        }

        foreach (var t in times.OrderByDescending(t => t.Ms).Take(10))
        {
            Console.WriteLine($"{t.Ms:F1} ms {t.File}:{t.Line} ({t.Info})");
        }

        Console.WriteLine($"{times.Count} blocks, {times.Sum(t => t.Ms):F0} ms");
    }
}
