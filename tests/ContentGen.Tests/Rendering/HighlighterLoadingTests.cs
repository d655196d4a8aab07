using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Rendering;

/// <summary>
/// The highlighter costs nothing where it is not used (issue #26): ColorCode is loaded only when
/// a page has a fenced block naming a language, and only the languages used are built.
/// </summary>
/// <remarks>
/// Each run loads the generator and its libraries into a load context of its own, as the
/// compiler loads an analyzer, so what this process's other tests loaded does not count: the
/// context's assembly list is what the generator made the runtime load.
/// </remarks>
public class HighlighterLoadingTests
{
    private static readonly string[] Isolated = ["ContentGen", "Markdig", "YamlDotNet", "ColorCode.Core", "Microsoft.Extensions.FileSystemGlobbing"];

    [Fact]
    public void A_site_whose_code_blocks_name_no_language_or_a_plain_one_never_loads_ColorCode()
    {
        var project = new ContentProject()
            .File("Content/plain.md", "# Plain\n\nText.\n\n```\nno language\n```\n\n```text\noutput\n```\n\n```mermaid\ngraph TD\n```\n\n    indented\n")
            .File("Content/none.md", "# None\n\nNo code at all.\n");

        (bool loaded, _) = RunIsolated(project);

        Assert.False(loaded);
    }

    [Fact]
    public void A_block_naming_a_language_loads_ColorCode_and_builds_that_language_only()
    {
        var project = new ContentProject()
            .File("Content/js.md", "# Js\n\n```js\nvar x = 1;\n```\n\n```javascript\nlet y = 2;\n```\n\n```text\nplain\n```\n")
            .File("Content/yaml.md", "# Yaml\n\n```yml\na: 1\n```\n");

        (bool loaded, string[] compiled) = RunIsolated(project);

        Assert.True(loaded);
        Assert.Equal(["javascript", "yaml"], compiled);
    }

    private static (bool ColorCodeLoaded, string[] Compiled) RunIsolated(ContentProject project)
    {
        var context = new GeneratorContext(Path.GetDirectoryName(typeof(ContentGen.Generator.ContentGenerator).Assembly.Location)!);
        try
        {
            Assembly generatorAssembly = context.LoadFromAssemblyName(new AssemblyName("ContentGen"));
            var generator = (IIncrementalGenerator)Activator.CreateInstance(generatorAssembly.GetType("ContentGen.Generator.ContentGenerator", throwOnError: true)!)!;
            GeneratorDriver driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
                [generator.AsSourceGenerator()], [.. project.AdditionalTexts, project.Manifest], ContentProject.ParseOptions, project.OptionsProvider);
            GeneratorDriverRunResult run = driver.RunGenerators(project.Compilation()).GetRunResult();
            Assert.Null(run.Results.Single().Exception);
            Assert.Empty(run.Diagnostics);
            Assert.NotEmpty(run.Results.Single().GeneratedSources);

            bool loaded = context.Assemblies.Any(a => a.GetName().Name == "ColorCode.Core");
            string[] compiled = loaded
                ? (string[])generatorAssembly.GetType("ContentGen.Generator.Parsing.Highlighting.CodeHighlighter", throwOnError: true)!
                    .GetProperty("CompiledLanguages", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!
                : [];
            return (loaded, compiled);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>The generator and its libraries from the test's folder; Roslyn and the framework shared with the test, as the compiler shares them.</summary>
    private sealed class GeneratorContext(string folder) : AssemblyLoadContext("generator", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName name) =>
            Isolated.Contains(name.Name, StringComparer.Ordinal) ? LoadFromAssemblyPath(Path.Combine(folder, name.Name + ".dll")) : null;
    }
}
