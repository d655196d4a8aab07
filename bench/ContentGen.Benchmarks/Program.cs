using System;
using System.Globalization;
using BenchmarkDotNet.Running;
using ContentGen.Benchmarks;

if (args.Length > 0 && args[0] == "breakdown")
{
    BreakdownProbe.Run(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3);
    return;
}

if (args.Length > 0 && args[0] == "driver-steps")
{
    DriverSteps.Run(int.Parse(args[1], CultureInfo.InvariantCulture));
    return;
}

if (args.Length > 0 && args[0] == "deflate-levels")
{
    DeflateLevels.Run(int.Parse(args[1], CultureInfo.InvariantCulture));
    return;
}

if (args.Length > 2 && args[0] == "generate-to")
{
    GenerateTo.Run(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
    return;
}

if (args.Length > 1 && args[0] == "slow-blocks")
{
    SlowBlocks.Run(args[1]);
    return;
}

if (args.Length > 0 && args[0] == "probe")
{
    Probe.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000);
    return;
}

if (args.Length > 0 && args[0] == "stages")
{
    Probe.Stages(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000);
    return;
}

if (args.Length > 0 && args[0] == "edits")
{
    // For a profiler: the EditOneArticle scenario in a loop (dotnet-trace collect -- ... edits 10000).
    Probe.Edits(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100);
    return;
}

if (args.Length > 0 && args[0] == "ide")
{
    IdeBenchmark.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20);
    return;
}

if (args.Length > 0 && args[0] == "split")
{
    Probe.Split(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000);
    return;
}

if (args.Length > 0 && args[0] == "anchors")
{
    AnchorProbe.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000, args.Length > 2 ? args[2] : "tokenizer");
    return;
}

if (args.Length > 0 && args[0] == "app")
{
    AppProbe.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000);
    return;
}

if (args.Length > 0 && args[0] == "runtime")
{
    RuntimeProbe.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000);
    return;
}

if (args.Length > 0 && args[0] == "summary-cost")
{
    SummaryCost.Run(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 && args[2] == "strip");
    return;
}

if (args.Length > 0 && args[0] == "line-cost")
{
    LineDirectiveCost.Run(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 6);
    return;
}

if (args.Length > 0 && args[0] == "readall")
{
    ReadAllProbe.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5);
    return;
}

if (args.Length > 0 && args[0] == "find-loop")
{
    FindLoop.Run(args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : 100_000_000);
    return;
}

if (args.Length > 1 && args[0] == "runtime-child")
{
    RuntimeProbe.Child(args[1]);
    return;
}

if (args.Length > 2 && args[0] == "corpus-md")
{
    ContentGen.Corpus.CorpusMaker.Write(ContentGen.Corpus.MarkdownCorpus.Make(int.Parse(args[1], CultureInfo.InvariantCulture)), args[2]);
    return;
}

// A site corpus: the Markdown posts, each naming an author of Content/data/authors.yaml and 2-4
// of a vocabulary of tags; the C# types that read them go to the schema file (docs/performance.md).
if (args.Length > 3 && args[0] == "corpus-site")
{
    int authors = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 200;
    int tags = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 500;
    ContentGen.Corpus.CorpusMaker.Write(ContentGen.Corpus.MarkdownCorpus.Make(int.Parse(args[1], CultureInfo.InvariantCulture), authors: authors, tags: tags), args[2]);
    System.IO.File.WriteAllText(args[3], ContentGen.Corpus.MarkdownCorpus.SiteSchema);
    return;
}

if (args.Length > 2 && args[0] == "corpus")
{
    ContentGen.Corpus.CorpusMaker.Write(ContentGen.Corpus.CorpusMaker.Make(int.Parse(args[1], CultureInfo.InvariantCulture)), args[2]);
    return;
}

if (args.Length > 0 && args[0] == "highlight")
{
    RenderingProbe.Highlight(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000);
    return;
}

if (args.Length > 1 && args[0] == "add-images")
{
    RenderingProbe.AddImages(args[1]);
    return;
}

if (args.Length > 1 && args[0] == "image-sizes")
{
    RenderingProbe.ImageSizes(args[1]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Workload).Assembly).Run(args);
