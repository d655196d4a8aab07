using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using ContentGen.Corpus;
using ContentGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Benchmarks;

/// <summary>A consumer project in memory: the corpus as additional texts, MSBuild settings as options.</summary>
public sealed class Workload
{
    public const string ProjectDirectory = "/bench/";

    /// <param name="articles">How many articles.</param>
    /// <remarks>CONTENTGEN_CORPUS=md takes the Markdown blog corpus of the side-by-side benchmark; the default is the news corpus.</remarks>
    public Workload(int articles)
        : this(articles, Environment.GetEnvironmentVariable("CONTENTGEN_CORPUS") == "md")
    {
    }

    /// <param name="articles">How many articles.</param>
    /// <param name="markdown">The Markdown blog corpus, else the news corpus.</param>
    /// <param name="sources">The project's C# files (<c>/bench/SourceN.cs</c>); one empty class when none.</param>
    public Workload(int articles, bool markdown, params string[] sources)
        : this(markdown ? MarkdownCorpus.Make(articles) : CorpusMaker.Make(articles), sources)
    {
    }

    /// <param name="corpus">The content files.</param>
    /// <param name="sources">The project's C# files (<c>/bench/SourceN.cs</c>); one empty class when none.</param>
    public Workload(IReadOnlyList<CorpusFile> corpus, params string[] sources)
    {
        Corpus = corpus;
        Texts = [.. Corpus.Select(f => (AdditionalText)new MemoryText(ProjectDirectory + "Content/" + f.RelativePath, f.Text))];
        if (sources.Length == 0)
        {
            sources = ["namespace Bench { public static class Program { } }"];
        }

        Compilation = CSharpCompilation.Create(
            "Bench",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"{ProjectDirectory}Source{i}.cs")),
            [.. Basic.Reference.Assemblies.Net80.References.All, MetadataReference.CreateFromFile(typeof(Article).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release));
    }

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12);

    public IReadOnlyList<CorpusFile> Corpus { get; }

    public ImmutableArray<AdditionalText> Texts { get; }

    public CSharpCompilation Compilation { get; }

    /// <summary>The manifest the package's targets write: which additional files are articles.</summary>
    public AdditionalText Manifest => _manifest ??= ManifestWith();

    private AdditionalText? _manifest;

    /// <summary>A manifest that also lists <paramref name="added"/> (for a benchmark that adds a file).</summary>
    public AdditionalText ManifestWith(params string[] added) => new MemoryText(
        ProjectDirectory + "obj/ContentGen.manifest",
        "ContentGen manifest 1\n" + string.Concat(Texts.Select(t => t.Path).Concat(added).Select(path => $"A\t{path}\t\n")));

    /// <param name="trackSteps">Roslyn records each step's run and time (<see cref="GeneratorRunResult.TrackedSteps"/>), at a cost of its own.</param>
    public GeneratorDriver Driver(IIncrementalGenerator generator, bool trackSteps = false) => CSharpGeneratorDriver.Create(
        [generator.AsSourceGenerator()],
        [.. Texts, Manifest],
        ParseOptions,
        new Options(),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static AdditionalText Text(string path, string text) => new MemoryText(path, text);

    private sealed class MemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new FileOptions(new Dictionary<string, string>
        {
            ["build_property.ProjectDir"] = ProjectDirectory,
            ["build_property.RootNamespace"] = "Bench",
            ["build_property.ContentGenManifest"] = "obj/ContentGen.manifest",
        });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new FileOptions([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new FileOptions([]);
    }

    private sealed class FileOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

/// <summary>The floor: a generator that only reads every text, the least any content generator must do.</summary>
[Generator]
public sealed class ReadOnlyGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<int> lengths = context.AdditionalTextsProvider.Select((t, ct) => t.GetText(ct)?.Length ?? 0);
        context.RegisterSourceOutput(lengths.Collect(), (spc, all) => spc.AddSource("Floor.g.cs", $"// {all.Sum()}"));
    }
}

/// <summary>
/// Roslyn's own cost of ContentGen's pipeline shape: the same per-file steps over every additional
/// text (a manifest lookup, a parse, a bind, index entries, link queries and resolution, bodies, and
/// three per-file diagnostic outputs), the same collects, and a source output per bucket, each step
/// doing no work (it passes a small value on). What an edit costs this generator, ContentGen cannot go below
/// with the same steps; fewer steps over all files lower it.
/// </summary>
[Generator]
public sealed class FloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<string> options = context.AnalyzerConfigOptionsProvider.Select((o, _) => o.GlobalOptions.TryGetValue("build_property.ProjectDir", out string? dir) ? dir : string.Empty);
        IncrementalValueProvider<int> manifest = context.AdditionalTextsProvider.Combine(options)
            .Where(x => x.Left.Path.EndsWith(".manifest", StringComparison.Ordinal)).Select((x, _) => x.Left.Path.Length).Collect().Select((x, _) => x.Length);
        IncrementalValuesProvider<AdditionalText> content = context.AdditionalTextsProvider.Combine(manifest)
            .SelectMany((x, _) => x.Left.Path.EndsWith(".manifest", StringComparison.Ordinal) ? ImmutableArray<AdditionalText>.Empty : ImmutableArray.Create(x.Left));
        IncrementalValuesProvider<string> parsed = content.Combine(options).SelectMany((x, _) => ImmutableArray.Create(x.Left.Path));
        IncrementalValuesProvider<string> unsupported = content.Combine(options).SelectMany((x, _) => ImmutableArray<string>.Empty);
        IncrementalValueProvider<ImmutableArray<string>> assets = content.Combine(options).SelectMany((x, _) => ImmutableArray<string>.Empty).Collect();
        IncrementalValueProvider<int> schemas = context.SyntaxProvider
            .ForAttributeWithMetadataName("ContentGen.ContentCollectionAttribute", (n, _) => true, (c, _) => c.TargetSymbol.Name).Collect().Select((x, _) => x.Length);
        IncrementalValuesProvider<string> bound = parsed.Combine(schemas).Select((x, _) => x.Left);
        IncrementalValuesProvider<string> articles = bound.SelectMany((x, _) => ImmutableArray.Create(x));
        IncrementalValueProvider<int> layout = articles.Select((x, _) => x.Length).Collect().Combine(schemas).Select((x, _) => x.Left.Length);
        IncrementalValueProvider<int> linkIndex = layout.Combine(assets).Select((x, _) => x.Left);
        IncrementalValuesProvider<string> links = articles.Select((x, _) => x).Combine(linkIndex).Select((x, _) => x.Left);
        IncrementalValuesProvider<int> bodies = articles.Select((x, _) => x.Length);
        IncrementalValuesProvider<int> buckets = articles.Collect().Combine(links.Collect()).Combine(bodies.Collect())
            .SelectMany((x, _) => Enumerable.Range(0, 64).Select(b => (b * 1000) + (x.Left.Left.Length % 7)).ToImmutableArray());
        context.RegisterSourceOutput(unsupported, (_, _) => { });
        context.RegisterSourceOutput(bound.Select((x, _) => x.Length), (_, _) => { });
        context.RegisterSourceOutput(links.Select((x, _) => x.Length), (_, _) => { });
        context.RegisterSourceOutput(buckets, (spc, b) => spc.AddSource($"Floor{b / 1000}.g.cs", "// " + b.ToString(CultureInfo.InvariantCulture)));
    }
}
