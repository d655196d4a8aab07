using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ContentGen.Tests.Architecture;

/// <summary>
/// Dependencies follow the folders (house style): the generator's own sources compiled with
/// Roslyn, and every symbol each folder uses checked against the folders it may use.
/// </summary>
public class LayeringTests
{
    private const string Root = "ContentGen.Generator";

    /// <summary>Which generator folders (namespaces) each folder may use; the root (the pipeline) may use all.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Helpers"] = [],
        ["Diagnostics"] = ["Helpers"],
        ["Model"] = ["Helpers", "Diagnostics"],
        ["Parsing"] = ["Helpers", "Diagnostics", "Model", "Parsing.Highlighting"],
        ["Parsing.Highlighting"] = ["Helpers", "Diagnostics", "Model"],
        ["Schema"] = ["Helpers", "Diagnostics", "Model", "Parsing"],
        ["Linking"] = ["Helpers", "Diagnostics", "Model"],
        ["Layout"] = ["Helpers", "Diagnostics", "Model"],
        ["Emit"] = ["Helpers", "Diagnostics", "Model", "Layout", "Emit.Payload"],
        ["Emit.Payload"] = ["Helpers", "Diagnostics", "Model", "Layout"],
    };

    private static readonly Lazy<CSharpCompilation> Generator = new(Compile);

    [Fact]
    public void Model_holds_records_that_depend_on_nothing_but_helpers_and_diagnostics()
    {
        Assert.Empty(Violations("Model"));
    }

    [Fact]
    public void Every_folder_depends_only_on_the_folders_before_it_in_the_data_flow()
    {
        string[] folders = [.. Namespaces().Where(n => n != string.Empty)];
        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), folders.Order(StringComparer.Ordinal));
        Assert.Empty(folders.SelectMany(Violations));
    }

    [Fact]
    public void The_check_sees_a_dependency_when_there_is_one()
    {
        // The same check on a folder that does use Parsing (the binder reads key names from it), with Parsing forbidden.
        Assert.NotEmpty(Violations("Schema", allowed: ["Helpers", "Diagnostics", "Model"]));
    }

    /// <summary>Each use, by a file of <paramref name="folder"/>, of a generator symbol from a folder it may not use.</summary>
    private static List<string> Violations(string folder) => Violations(folder, Allowed[folder]);

    private static List<string> Violations(string folder, string[] allowed)
    {
        CSharpCompilation compilation = Generator.Value;
        var violations = new List<string>();
        foreach (SyntaxTree tree in compilation.SyntaxTrees.Where(t => FolderOf(t) == folder))
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (SyntaxNode node in tree.GetRoot().DescendantNodes())
            {
                // Types and members, not namespaces: a using or a namespace name is not a dependency.
                ISymbol? symbol = model.GetSymbolInfo(node).Symbol ?? model.GetTypeInfo(node).Type;
                string? used = symbol is null or INamespaceSymbol ? null : NamespaceOf(symbol);
                if (used is not null && used != folder && !allowed.Contains(used))
                {
                    violations.Add($"{Path.GetFileName(tree.FilePath)}({tree.GetLineSpan(node.Span).StartLinePosition.Line + 1}): {symbol} is in {used}");
                }
            }
        }

        return violations;
    }

    /// <summary>The generator folder a symbol belongs to (its namespace under ContentGen.Generator), or null for anything else.</summary>
    private static string? NamespaceOf(ISymbol symbol)
    {
        string? ns = symbol.ContainingNamespace?.ToDisplayString();
        return ns is null || !(ns == Root || ns.StartsWith(Root + ".", StringComparison.Ordinal)) ? null
            : ns == Root ? string.Empty
            : ns[(Root.Length + 1)..];
    }

    private static string FolderOf(SyntaxTree tree)
    {
        string relative = Path.GetRelativePath(Path.Combine(Repository.Root, "src", "ContentGen"), Path.GetDirectoryName(tree.FilePath)!);
        return relative == "." ? string.Empty : relative.Replace(Path.DirectorySeparatorChar, '.');
    }

    private static IEnumerable<string> Namespaces() =>
        Generator.Value.SyntaxTrees.Select(FolderOf).Where(f => !f.StartsWith("..", StringComparison.Ordinal)).Distinct();

    private static CSharpCompilation Compile()
    {
        string source = Path.Combine(Repository.Root, "src", "ContentGen");
        string bin = AppContext.BaseDirectory;
        IEnumerable<string> files = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(Path.Combine(Repository.Root, "src", "Shared"), "*.cs"));
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "ContentGen",
            files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, f)),
            [
                // This process's own framework: the tests' Roslyn binds against it (.NET 8's reference assemblies are older than its dependencies).
                .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll").Select(p => MetadataReference.CreateFromFile(p)),
                MetadataReference.CreateFromFile(typeof(Compilation).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(CSharpCompilation).Assembly.Location),
                MetadataReference.CreateFromFile(Path.Combine(bin, "YamlDotNet.dll")),
                MetadataReference.CreateFromFile(Path.Combine(bin, "Markdig.dll")),
                MetadataReference.CreateFromFile(Path.Combine(bin, "ColorCode.Core.dll")),
                MetadataReference.CreateFromFile(Path.Combine(bin, "Microsoft.Extensions.FileSystemGlobbing.dll")),
            ],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        // A check over code that does not bind would miss its dependencies.
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        return compilation;
    }
}
