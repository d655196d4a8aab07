using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Threading;
using ContentGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ContentGen.Tests.Helpers;

/// <summary>
/// An in-memory consumer project: content files as additional texts, MSBuild settings as analyzer
/// config options, a C# compilation against .NET 8 reference assemblies and the runtime library.
/// </summary>
internal sealed class ContentProject
{
    public const string ProjectDirectory = "/project/";

    /// <summary>Where the package's targets would write the manifest of content items.</summary>
    public const string ManifestPath = ProjectDirectory + "obj/ContentGen.manifest";

    private readonly List<(AdditionalText Text, string ItemType, string? Slug)> _files = [];
    private readonly Dictionary<string, string> _properties = new()
    {
        ["build_property.ProjectDir"] = ProjectDirectory,
        ["build_property.RootNamespace"] = "Consumer",
        ["build_property.ContentGenManifest"] = "obj/ContentGen.manifest",
    };

    private AdditionalText? _manifest;

    private readonly List<SyntaxTree> _sources = [];

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    /// <summary>Adds a content file at <paramref name="relativePath"/> (under the project) as a ContentGenArticle.</summary>
    public ContentProject File(string relativePath, string text, string? slug = null) =>
        File(relativePath, SourceText.From(text, Encoding.UTF8), slug);

    public ContentProject File(string relativePath, SourceText text, string? slug = null, string itemType = "ContentGenArticle")
    {
        _files.Add((new InMemoryText(Path(relativePath), text), itemType, slug));
        _manifest = null;
        return this;
    }

    /// <summary>Adds a content file whose reading throws: the generator must turn that into CG9999.</summary>
    public ContentProject FailingFile(string relativePath)
    {
        _files.Add((new FailingText(Path(relativePath)), "ContentGenArticle", null));
        _manifest = null;
        return this;
    }

    /// <summary>
    /// The manifest the package's targets write (build/ContentGen.targets): one line per content
    /// item. The same object until a file is added, as the compiler keeps an unchanged file's text.
    /// </summary>
    public AdditionalText Manifest => _manifest ??= new InMemoryText(ManifestPath, SourceText.From(
        "ContentGen manifest 1\n" + string.Concat(_files
            .Where(f => f.ItemType is "ContentGenArticle" or "ContentGenAsset" or "ContentGenData")
            .Select(f => $"{f.ItemType switch { "ContentGenArticle" => "A", "ContentGenAsset" => "X", _ => "D" }}\t{f.Text.Path}\t{f.Slug}\n"))));

    /// <summary>Adds a YAML or JSON file as the package's default items would: an asset under Content/, a ContentGenData item elsewhere.</summary>
    public ContentProject Data(string relativePath, string text) =>
        File(relativePath, SourceText.From(text, Encoding.UTF8), itemType: relativePath.StartsWith("Content/", StringComparison.Ordinal) ? "ContentGenAsset" : "ContentGenData");

    /// <summary>Adds a content file to a running driver, as a build after adding the file gives it: the file, and the manifest that lists it.</summary>
    public GeneratorDriver Add(GeneratorDriver driver, string relativePath, string text)
    {
        AdditionalText manifest = Manifest;
        File(relativePath, text);
        return driver.AddAdditionalTexts([_files[^1].Text]).ReplaceAdditionalText(manifest, Manifest);
    }

    public ContentProject Property(string name, string value)
    {
        _properties["build_property." + name] = value;
        return this;
    }

    public ContentProject Source(string code)
    {
        _sources.Add(CSharpSyntaxTree.ParseText(code, ParseOptions, path: $"{ProjectDirectory}Source{_sources.Count}.cs"));
        return this;
    }

    public static string Path(string relativePath) => ProjectDirectory + relativePath;

    /// <summary>The content files, in the order they were added (the manifest is not one of them).</summary>
    public IReadOnlyList<AdditionalText> AdditionalTexts => _files.Select(f => f.Text).ToList();

    public AnalyzerConfigOptionsProvider OptionsProvider => new TestOptionsProvider(_properties);

    public CSharpCompilation Compilation() => CSharpCompilation.Create(
        "Consumer",
        _sources,
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    public static ImmutableArray<MetadataReference> References { get; } =
    [
        .. Basic.Reference.Assemblies.Net80.References.All,
        MetadataReference.CreateFromFile(typeof(Article).Assembly.Location),
    ];

    public GeneratorDriver Driver(bool trackSteps = true) => CSharpGeneratorDriver.Create(
        [new ContentGenerator().AsSourceGenerator()],
        [.. AdditionalTexts, Manifest],
        ParseOptions,
        OptionsProvider,
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator once and compiles its output.</summary>
    /// <remarks>
    /// Without step tracking, as the compiler runs it: tracking records, for every output, the
    /// tree of steps behind it, and link resolution puts the whole (slug, title) index behind
    /// every article, which made a C10k run spend minutes in the driver's bookkeeping alone.
    /// The caching tests turn tracking on for what they inspect.
    /// </remarks>
    public GenerationResult Generate(CancellationToken cancellationToken = default)
    {
        CSharpCompilation compilation = Compilation();
        GeneratorDriver driver = Driver(trackSteps: false).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> _, cancellationToken);
        return new GenerationResult(driver.GetRunResult(), output);
    }

    /// <summary>An in-memory content file, for tests that edit or add files on a running driver.</summary>
    public static AdditionalText Text(string path, string text) => new InMemoryText(path, SourceText.From(text));

    private sealed class InMemoryText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class FailingText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("simulated failure");
    }

    /// <summary>Project-wide properties only: per-file settings come with the manifest, as in a real build.</summary>
    private sealed class TestOptionsProvider(Dictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options([]);
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

/// <summary>What one generator run gave: its diagnostics, its sources, and the compiled consumer.</summary>
internal sealed class GenerationResult(GeneratorDriverRunResult run, Compilation output)
{
    public GeneratorDriverRunResult Run { get; } = run;

    public Compilation Output { get; } = output;

    /// <summary>Diagnostics the generator reported (CG codes), in a stable order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; } = [.. run.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal)];

    public IEnumerable<Diagnostic> Errors(string id) => Diagnostics.Where(d => d.Id == id);

    public string Source(string hintName) =>
        Run.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    public IEnumerable<GeneratedSourceResult> Sources => Run.Results.Single().GeneratedSources;

    /// <summary>Errors and warnings of the consumer's compilation with the generated code in it.</summary>
    public IEnumerable<Diagnostic> CompileProblems =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);

    public void AssertNoGeneratorException() =>
        Assert.DoesNotContain(Run.Results, r => r.Exception is not null);

    /// <summary>Asserts the output compiles without error or warning, then loads it and returns the generated collection.</summary>
    public IReadOnlyList<Article> LoadArticles(string typeName = "Consumer.Articles")
    {
        AssertNoGeneratorException();
        Assert.Empty(CompileProblems.Select(d => d.ToString()));
        Assembly assembly = Load();
        Type articles = assembly.GetType(typeName, throwOnError: true)!;
        LoadedArticlesType = articles;
        return (IReadOnlyList<Article>)articles.GetProperty("All")!.GetValue(null)!;
    }

    /// <summary>Asserts the output compiles without error or warning, and loads it.</summary>
    public Assembly LoadAssembly()
    {
        AssertNoGeneratorException();
        Assert.Empty(CompileProblems.Select(d => d.ToString()));
        return Load();
    }

    /// <summary>The catalog of a collection's own articles (<c>Articles.All</c> is every article of the project), once <see cref="LoadArticles"/> has loaded its class.</summary>
    public ContentGen.Storage.ArticleCatalog Catalog() =>
        (ContentGen.Storage.ArticleCatalog)LoadedArticlesType!.GetNestedType("__Catalog", BindingFlags.NonPublic)!.GetField("Instance", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;

    /// <summary>The generated collection class, once <see cref="LoadArticles"/> has loaded it.</summary>
    public Type? LoadedArticlesType { get; private set; }

    public Assembly Load()
    {
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emit = Output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        return new AssemblyLoadContext("consumer", isCollectible: true).LoadFromStream(stream);
    }
}
