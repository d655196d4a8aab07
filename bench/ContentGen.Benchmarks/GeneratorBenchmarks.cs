using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ContentGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Benchmarks;

/// <summary>
/// The generator through <see cref="GeneratorDriver"/>, as the compiler and the IDE run it, each
/// scenario against the floor in the same run: a generator that only reads every text.
/// `dotnet run -c Release --project bench/ContentGen.Benchmarks -- --filter *GeneratorBenchmarks* --job short`
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class GeneratorBenchmarks
{
    private Workload _workload = null!;
    private GeneratorDriver _warm = null!;
    private GeneratorDriver _warmFloor = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;
    private AdditionalText _added = null!;
    private AdditionalText _addedManifest = null!;
    private Compilation _editedCs = null!;

    [Params(1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workload = new Workload(Articles);
        _warm = _workload.Driver(new ContentGenerator()).RunGenerators(_workload.Compilation);
        _warmFloor = _workload.Driver(new ReadOnlyGenerator()).RunGenerators(_workload.Compilation);

        // Edit a paragraph in the middle of the corpus; add a new article; edit an unrelated C# file.
        _original = _workload.Texts[Articles / 2];
        string text = _original.GetText()!.ToString();
        _edited = Workload.Text(_original.Path, text.Replace(" the ", " a ", System.StringComparison.Ordinal));
        _added = Workload.Text(Workload.ProjectDirectory + "Content/world/new-article.txt", "A new headline\n\nA new lead paragraph.");
        _addedManifest = _workload.ManifestWith(_added.Path);
        _editedCs = _workload.Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Bench { internal static class Edited { } }", Workload.ParseOptions));
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Cold")]
    public GeneratorDriver Cold_Floor() => _workload.Driver(new ReadOnlyGenerator()).RunGenerators(_workload.Compilation);

    [Benchmark, BenchmarkCategory("Cold")]
    public GeneratorDriver Cold() => _workload.Driver(new ContentGenerator()).RunGenerators(_workload.Compilation);

    [Benchmark(Baseline = true), BenchmarkCategory("EditOneArticle")]
    public GeneratorDriver EditOneArticle_Floor() => _warmFloor.ReplaceAdditionalText(_original, _edited).RunGenerators(_workload.Compilation);

    [Benchmark, BenchmarkCategory("EditOneArticle")]
    public GeneratorDriver EditOneArticle() => _warm.ReplaceAdditionalText(_original, _edited).RunGenerators(_workload.Compilation);

    [Benchmark(Baseline = true), BenchmarkCategory("AddOneArticle")]
    public GeneratorDriver AddOneArticle_Floor() => _warmFloor.AddAdditionalTexts([_added]).ReplaceAdditionalText(_workload.Manifest, _addedManifest).RunGenerators(_workload.Compilation);

    [Benchmark, BenchmarkCategory("AddOneArticle")]
    public GeneratorDriver AddOneArticle() => _warm.AddAdditionalTexts([_added]).ReplaceAdditionalText(_workload.Manifest, _addedManifest).RunGenerators(_workload.Compilation);

    [Benchmark(Baseline = true), BenchmarkCategory("EditUnrelatedCs")]
    public GeneratorDriver EditUnrelatedCs_Floor() => _warmFloor.RunGenerators(_editedCs);

    [Benchmark, BenchmarkCategory("EditUnrelatedCs")]
    public GeneratorDriver EditUnrelatedCs() => _warm.RunGenerators(_editedCs);
}

/// <summary>
/// The time to compile what the generator wrote (binding and emitting the generated code), the
/// yardstick for the generator's own cost.
/// `dotnet run -c Release --project bench/ContentGen.Benchmarks -- --filter *CompileBenchmarks* --job short`
/// </summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private Compilation _output = null!;

    [Params(1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var workload = new Workload(Articles);
        workload.Driver(new ContentGenerator()).RunGeneratorsAndUpdateCompilation(workload.Compilation, out _output, out _);
    }

    [Benchmark]
    public bool Emit()
    {
        // A fresh compilation each time: Emit must bind everything, as a command-line build does.
        Compilation fresh = _output.RemoveAllSyntaxTrees().AddSyntaxTrees(_output.SyntaxTrees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), (CSharpParseOptions)t.Options, t.FilePath)));
        using var stream = new System.IO.MemoryStream();
        return fresh.Emit(stream).Success;
    }
}
