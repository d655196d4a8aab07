using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
        : this(Environment.GetEnvironmentVariable("CONTENTGEN_CORPUS") == "md" ? MarkdownCorpus.Make(articles) : CorpusMaker.Make(articles))
    {
    }

    /// <param name="corpus">The content files.</param>
    public Workload(IReadOnlyList<CorpusFile> corpus)
    {
        Corpus = corpus;
        Texts = [.. Corpus.Select(f => (AdditionalText)new MemoryText(ProjectDirectory + "Content/" + f.RelativePath, f.Text))];
        Compilation = CSharpCompilation.Create(
            "Bench",
            [CSharpSyntaxTree.ParseText("namespace Bench { public static class Program { } }", ParseOptions)],
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

    public GeneratorDriver Driver(IIncrementalGenerator generator) => CSharpGeneratorDriver.Create(
        [generator.AsSourceGenerator()],
        [.. Texts, Manifest],
        ParseOptions,
        new Options(),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

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
