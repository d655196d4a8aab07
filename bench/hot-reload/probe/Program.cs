using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using System.Threading;
using ContentGen.Corpus;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.HotReloadProbe;

/// <summary>
/// Content hot reload without dotnet watch: the 10,000-post bench project compiled in memory
/// (Debug, as dotnet watch builds it), loaded into this process, then a sequence of content
/// changes, each one run through the generator, turned into a delta by the compiler
/// (Compilation.EmitDifference, the call dotnet watch's workspace makes) and applied with
/// MetadataUpdater.ApplyUpdate. For each change it prints the delta's heap sizes, the user-string
/// heap used so far (24-bit offsets: 16,777,216 bytes), the compiler's and the runtime's answers,
/// and whether the next read serves the new text.
/// </summary>
/// <remarks>
/// bash bench/hot-reload/probe.sh [posts=10000] [changes=edit,add,delete,edit,add,delete,edit] [budget]
/// (the script sets DOTNET_MODIFIABLE_ASSEMBLIES=debug, without which the runtime refuses every update).
/// Semantic edits are found the way the IDE finds them for generated documents: member by member
/// in the generated files whose text changed. A changed constant or an added or removed type is
/// a rude edit here as there (dotnet watch restarts the app); the probe reports it and stops.
/// </remarks>
internal static class Program
{
    private const string ProjectDirectory = "/probe/";
    private const string RootNamespace = "Probe";
    private const int UserStringHeapLimit = 1 << 24;

    private static int Main(string[] args)
    {
        int posts = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        string[] changes = (args.Length > 1 ? args[1] : "edit,add,delete,edit,add,delete,edit").Split(',', StringSplitOptions.RemoveEmptyEntries);
        string? budget = args.Length > 2 ? args[2] : null;
        bool apply = Environment.GetEnvironmentVariable("CONTENTGEN_PROBE_APPLY") != "0";
        if (apply && !System.Reflection.Metadata.MetadataUpdater.IsSupported)
        {
            Console.Error.WriteLine("MetadataUpdater.IsSupported is false: run with DOTNET_MODIFIABLE_ASSEMBLIES=debug (bench/hot-reload/probe.sh), or CONTENTGEN_PROBE_APPLY=0 for the compiler's side only.");
            return 2;
        }

        var project = new ContentProject(MarkdownCorpus.Make(posts), budget);

        // As dotnet watch does: the runtime's capabilities decide what the compiler may emit. With
        // AddFieldRva, a string literal that no longer fits the user-string heap goes to a data field.
        string capabilities = Capabilities();
        var options = new EmitDifferenceOptions
        {
            EmitFieldRva = Environment.GetEnvironmentVariable("CONTENTGEN_PROBE_FIELDRVA") is { } rva ? rva == "1" : capabilities.Split(' ').Contains("AddFieldRva"),
        };
        Console.WriteLine($"{posts} posts, literal budget {budget ?? "default"}, runtime capabilities: {capabilities}; EmitFieldRva {options.EmitFieldRva}");

        var clock = Stopwatch.StartNew();
        GeneratorDriver driver = project.Driver();
        driver = driver.RunGeneratorsAndUpdateCompilation(project.Compilation, out Compilation current, out ImmutableArray<Diagnostic> generatorDiagnostics);
        Fail(generatorDiagnostics);
        Console.WriteLine($"generated {current.SyntaxTrees.Count() - 1} files in {clock.Elapsed.TotalSeconds:F1} s");

        clock.Restart();
        string directory = Path.Combine(Path.GetTempPath(), $"contentgen-hot-reload-probe-{Environment.ProcessId}");
        Directory.CreateDirectory(directory);
        string dll = Path.Combine(directory, "Probe.dll");
        using (var pe = File.Create(dll))
        using (var pdb = File.Create(Path.ChangeExtension(dll, ".pdb")))
        {
            EmitResult emitted = current.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
            Fail(emitted.Diagnostics);
        }

        byte[] image = File.ReadAllBytes(dll);
        int heap = UserStringHeapSize(image);
        Console.WriteLine($"baseline: {image.Length:N0} bytes, #US {heap:N0} bytes ({heap * 100.0 / UserStringHeapLimit:F1}% of 16,777,216), emitted in {clock.Elapsed.TotalSeconds:F1} s");

        EmitBaseline baseline = Baseline(current, image);
        Assembly? assembly = apply ? AssemblyLoadContext.Default.LoadFromAssemblyPath(dll) : null;
        var site = assembly is null ? null : new Site(assembly, RootNamespace);
        site?.Warm(project.EditSlug);

        Console.WriteLine("change\tround\tgenerate s\tedits\tdelta #US bytes\t#US used\tcompiler\truntime\tserved");
        int round = 0;
        foreach (string change in changes)
        {
            round += change == "edit" ? 1 : 0;
            clock.Restart();
            string word = $"Probe{change}{round}x{Environment.TickCount64 % 100000}";
            string slug = project.Apply(change, round, word, ref driver);
            driver = driver.RunGeneratorsAndUpdateCompilation(project.Compilation, out Compilation next, out generatorDiagnostics);
            Fail(generatorDiagnostics);
            double generate = clock.Elapsed.TotalSeconds;

            SemanticEdits edits = SemanticEdits.Between(current, next);
            if (Environment.GetEnvironmentVariable("CONTENTGEN_PROBE_VERBOSE") == "1")
            {
                foreach (SemanticEdit edit in edits.List)
                {
                    ISymbol symbol = edit.NewSymbol ?? edit.OldSymbol!;
                    Console.WriteLine($"  {edit.Kind} {symbol.ContainingType?.Name}.{symbol.Name} ({symbol.DeclaringSyntaxReferences.FirstOrDefault()?.Span.Length ?? 0} chars)");
                }
            }

            if (edits.Rude is { } rude)
            {
                Console.WriteLine($"{change}\t{round}\t{generate:F1}\t{edits.Count}\t\t{heap:N0}\trude edit: {rude}\trestart\t");
                return 0;
            }

            using var metadata = new MemoryStream();
            using var il = new MemoryStream();
            using var pdb = new MemoryStream();
            EmitDifferenceResult delta = next.EmitDifference(baseline, edits.List, edits.IsAdded, metadata, il, pdb, options, CancellationToken.None);
            int deltaHeap = delta.Success ? UserStringHeapSize(metadata.ToArray(), isDelta: true) : 0;
            string compiler = delta.Success ? "ok" : string.Join(" ", delta.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Distinct());
            string runtime = "not applied";
            string served = string.Empty;
            if (delta.Success)
            {
                heap += deltaHeap;
                baseline = delta.Baseline!;
                current = next;
                if (assembly is not null)
                {
                    try
                    {
                        System.Reflection.Metadata.MetadataUpdater.ApplyUpdate(assembly, metadata.ToArray(), il.ToArray(), pdb.ToArray());
                        runtime = "applied";
                        site!.AfterUpdate(delta.ChangedTypes);
                    }
                    catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException)
                    {
                        runtime = $"{ex.GetType().Name}: {ex.Message}";
                    }

                    served = site!.Serves(change, slug, word) ? "new" : "STALE";
                }
            }

            Console.WriteLine($"{change}\t{round}\t{generate:F1}\t{edits.Count}\t{deltaHeap:N0}\t{heap:N0}\t{compiler}\t{runtime}\t{served}");
            if (!delta.Success)
            {
                foreach (Diagnostic d in delta.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(3))
                {
                    Console.WriteLine($"  {d}");
                }

                return 0;
            }
        }

        return 0;
    }

    /// <summary>What the runtime says it can apply (the string dotnet watch asks for).</summary>
    private static string Capabilities() =>
        typeof(System.Reflection.Metadata.MetadataUpdater).GetMethod("GetCapabilities", BindingFlags.NonPublic | BindingFlags.Static)?.Invoke(null, null) as string ?? "?";

    private static void Fail(ImmutableArray<Diagnostic> diagnostics)
    {
        Diagnostic[] errors = [.. diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)];
        if (errors.Length > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, errors.Take(5)));
        }
    }

    private static int UserStringHeapSize(byte[] image, bool isDelta = false)
    {
        if (isDelta)
        {
            using MetadataReaderProvider provider = MetadataReaderProvider.FromMetadataImage(ImmutableArray.Create(image));
            return provider.GetMetadataReader().GetHeapSize(HeapIndex.UserString);
        }

        using var reader = new PEReader(ImmutableArray.Create(image));
        return reader.GetMetadataReader().GetHeapSize(HeapIndex.UserString);
    }

    private static EmitBaseline Baseline(Compilation compilation, byte[] image)
    {
        var pe = new PEReader(ImmutableArray.Create(image));
        MetadataReader reader = pe.GetMetadataReader();
        return EmitBaseline.CreateInitialBaseline(
            compilation,
            ModuleMetadata.CreateFromImage(image),
            _ => EditAndContinueMethodDebugInformation.Create(ImmutableArray<byte>.Empty, ImmutableArray<byte>.Empty),
            handle => reader.GetMethodDefinition(handle).RelativeVirtualAddress is int rva and not 0 ? pe.GetMethodBody(rva).LocalSignature : default,
            hasPortableDebugInformation: true);
    }
}

/// <summary>The bench project in memory: the corpus, its manifest, the MSBuild settings, one C# file.</summary>
internal sealed class ContentProject
{
    private readonly Dictionary<string, AdditionalText> _texts;
    private readonly string? _budget;
    private AdditionalText _manifest;

    public ContentProject(IReadOnlyList<CorpusFile> corpus, string? budget)
    {
        _budget = budget;
        _texts = corpus.ToDictionary(f => "Content/" + f.RelativePath, f => (AdditionalText)new MemoryText(ProjectPath("Content/" + f.RelativePath), f.Text));

        // The article measure.sh edits: the middle one of the posts, by path.
        string[] posts = [.. _texts.Keys.Where(k => k.StartsWith("Content/posts/", StringComparison.Ordinal) && k.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
        EditPath = posts[posts.Length / 2];
        EditSlug = EditPath["Content/".Length..^".md".Length];
        _manifest = Manifest();

        string[] framework = [.. Directory.GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll").Where(IsManaged)];
        Compilation = CSharpCompilation.Create(
            "Probe",
            [CSharpSyntaxTree.ParseText("namespace Probe { public static class Program { } }", ParseOptions, path: ProjectPath("Program.cs"), encoding: System.Text.Encoding.UTF8)],
            [.. framework.Select(f => MetadataReference.CreateFromFile(f)), MetadataReference.CreateFromFile(typeof(Article).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Debug));
    }

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Preview);

    public CSharpCompilation Compilation { get; }

    public string EditPath { get; }

    public string EditSlug { get; }

    public GeneratorDriver Driver() => CSharpGeneratorDriver.Create(
        [new ContentGen.Generator.ContentGenerator().AsSourceGenerator()],
        [.. _texts.Values, _manifest],
        ParseOptions,
        new Options(_budget),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>Makes the change as measure.sh does; returns the slug whose page shows it.</summary>
    public string Apply(string change, int round, string word, ref GeneratorDriver driver)
    {
        string probe = $"Content/hot-reload-probe-{round}.txt";
        switch (change)
        {
            case "edit":
            {
                // One paragraph: the first line after the front matter that starts with a capital letter.
                AdditionalText old = _texts[EditPath];
                string[] lines = old.GetText()!.ToString().Split('\n');
                int start = Array.IndexOf(lines, "---", 1) + 1;
                int line = Array.FindIndex(lines, start, l => l.Length > 1 && char.IsAsciiLetterUpper(l[0]) && char.IsAsciiLetterLower(l[1]));
                lines[line] = word + " " + lines[line];
                var updated = new MemoryText(old.Path, string.Join('\n', lines));
                _texts[EditPath] = updated;
                driver = driver.ReplaceAdditionalText(old, updated);
                return EditSlug;
            }

            case "add":
            {
                var added = new MemoryText(ProjectPath(probe), $"A probe article {word}\n\n{word} is a paragraph saved while the site ran.\n");
                _texts[probe] = added;
                driver = driver.AddAdditionalTexts([added]);
                break;
            }

            case "post":
            {
                // A blog post as an author adds one: the edited post's front matter (its date and
                // tags: a place in Newest and terms that exist), a title and a paragraph of its own.
                probe = $"Content/hot-reload-probe-{round}.md";
                string[] lines = _texts[EditPath].GetText()!.ToString().Split('\n');
                string[] front = [.. lines.Take(Array.IndexOf(lines, "---", 1) + 1).Where(l => !l.StartsWith("title:", StringComparison.Ordinal))];
                var added = new MemoryText(ProjectPath(probe), $"{string.Join('\n', front)}\n# A probe post {word}\n\n{word} is a paragraph saved while the site ran.\n");
                _texts[probe] = added;
                driver = driver.AddAdditionalTexts([added]);
                break;
            }

            case "delete":
            {
                string last = _texts.Keys.Where(k => k.StartsWith("Content/hot-reload-probe-", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Last();
                driver = driver.RemoveAdditionalTexts([_texts[last]]);
                _texts.Remove(last);
                probe = last;
                break;
            }

            default:
                throw new ArgumentException($"Unknown change '{change}': edit, add, post or delete.");
        }

        AdditionalText manifest = Manifest();
        driver = driver.ReplaceAdditionalText(_manifest, manifest);
        _manifest = manifest;
        return Path.ChangeExtension(probe["Content/".Length..], null);
    }

    private static string ProjectPath(string relative) => ProjectDirectory + relative;

    private const string ProjectDirectory = "/probe/";

    private AdditionalText Manifest() => new MemoryText(
        ProjectPath("obj/ContentGen.manifest"),
        "ContentGen manifest 1\n" + string.Concat(_texts.Values.Select(t => $"A\t{t.Path}\t\n")));

    private static bool IsManaged(string path)
    {
        try
        {
            using var reader = new PEReader(File.OpenRead(path));
            return reader.HasMetadata;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    private sealed class MemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options(string? budget) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new FileOptions(new Dictionary<string, string>
        {
            ["build_property.ProjectDir"] = ProjectDirectory,
            ["build_property.RootNamespace"] = "Probe",
            ["build_property.ContentGenManifest"] = "obj/ContentGen.manifest",
            ["build_property.ContentGenLiteralBudget"] = budget ?? string.Empty,
        }.Where(p => p.Value.Length > 0).ToDictionary());

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new FileOptions([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new FileOptions([]);
    }

    private sealed class FileOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

/// <summary>The running "site": reads pages through the generated API, and clears caches after an update as the dotnet watch agent does.</summary>
internal sealed class Site(Assembly assembly, string rootNamespace)
{
    private readonly Type _articles = assembly.GetType(rootNamespace + ".Articles", throwOnError: true)!;

    public void Warm(string slug) => _ = Find(slug)?.Html;

    /// <summary>As the agent does after an update: every [MetadataUpdateHandler] of the loaded assemblies, ClearCache then UpdateApplication.</summary>
    public void AfterUpdate(ImmutableArray<TypeDefinitionHandle> changed)
    {
        _ = changed;
        Type[] handlers = [.. AppDomain.CurrentDomain.GetAssemblies().SelectMany(a => a.GetCustomAttributes<System.Reflection.Metadata.MetadataUpdateHandlerAttribute>()).Select(h => h.HandlerType)];
        foreach (string name in new[] { "ClearCache", "UpdateApplication" })
        {
            foreach (Type handler in handlers)
            {
                handler.GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, [typeof(Type[])])?.Invoke(null, [null]);
            }
        }
    }

    public bool Serves(string change, string slug, string word) => change switch
    {
        "edit" => Find(slug)?.Html.Contains(word, StringComparison.Ordinal) == true,
        "add" or "post" => Find(slug)?.Paragraphs.Any(p => p.Text.Contains(word, StringComparison.Ordinal)) == true,
        _ => Find(slug) is null,
    };

    private Article? Find(string slug) => (Article?)_articles.GetMethod("Find", [typeof(string)])!.Invoke(null, [slug]);
}
