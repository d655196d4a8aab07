using System.Collections.Generic;
using System.Linq;
using ContentGen.Generator;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ContentGen.Tests.Collections;

/// <summary>What reruns in a project with a collection (no timing: the steps' run reasons).</summary>
public class CollectionCachingTests
{
    private const int ArticleCount = 100;

    /// <summary>The news schema with a computed property and a method.</summary>
    private static readonly string FullSchema = CollectionTests.NewsSchema.Replace(
        "    public NewsArticle? FollowUpOf { get; init; }\n}",
        """
            public NewsArticle? FollowUpOf { get; init; }
            public string Label => Title + "!";
            public int Weight() => Title.Length;
        }
        """,
        System.StringComparison.Ordinal);

    /// <summary>With a second collection whose pattern matches no file (CG0032).</summary>
    private static readonly string SchemaWithEmpty = FullSchema + "\n[ContentCollection(\"Content/none/*.txt\")]\npublic partial class Empty : Article { }\n";

    private static (ContentProject Project, GeneratorDriver Driver, Compilation Compilation) Warm(string? schema = null)
    {
        var project = new ContentProject().Source(schema ?? CollectionTests.NewsSchema).Source("namespace Consumer { public static class Program { } }");
        for (int i = 0; i < ArticleCount; i++)
        {
            string followUp = i > 0 ? $"follow-up-of: news/a{i - 1:D3}\n" : string.Empty;
            project.File($"Content/news/a{i:D3}.txt", $"---\npublished: 2024-05-01\nsection: Sport\n{followUp}---\nHeadline {i}\n\nText {i}.");
        }

        project.File("Content/plain.txt", "Plain\n\nText.");
        Compilation compilation = project.Compilation();
        return (project, project.Driver().RunGenerators(compilation), compilation);
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
        [.. result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason)];

    [Fact]
    public void Editing_an_unrelated_csharp_file_reruns_nothing()
    {
        (_, GeneratorDriver driver, Compilation compilation) = Warm();
        compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", ContentProject.ParseOptions));
        GeneratorRunResult result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.All(Reasons(result, TrackingNames.Bind), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_the_collection_file_without_changing_the_schema_rebinds_nothing()
    {
        (ContentProject project, GeneratorDriver driver, Compilation compilation) = Warm();
        SyntaxTree schema = compilation.SyntaxTrees.First();
        SyntaxTree edited = schema.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(schema.ToString() + "\n// a comment\n"));
        GeneratorRunResult result = driver.RunGenerators(compilation.ReplaceSyntaxTree(schema, edited)).GetRunResult().Results.Single();

        Assert.All(Reasons(result, TrackingNames.Bind), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    /// <summary>Runs the warm driver on the compilation with one C# file changed, and checks the edit was seen.</summary>
    private static GeneratorRunResult EditCs(int file, System.Func<string, string> edit, out GeneratorDriver driver, string? schema = null)
    {
        (_, driver, Compilation compilation) = Warm(schema ?? FullSchema);
        SyntaxTree tree = compilation.SyntaxTrees.ElementAt(file);
        string text = edit(tree.ToString());
        Assert.NotEqual(tree.ToString(), text);
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text))));
        return driver.GetRunResult().Results.Single();
    }

    private static void AssertNothingRebound(GeneratorRunResult result)
    {
        Assert.Equal(ArticleCount + 1, Reasons(result, TrackingNames.Bind).Length);
        Assert.All(Reasons(result, TrackingNames.Bind), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        foreach ((string step, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep> runs) in result.TrackedOutputSteps)
        {
            Assert.All(runs.SelectMany(r => r.Outputs), o => Assert.True(o.Reason == IncrementalStepRunReason.Cached, $"{step}: {o.Reason}"));
        }
    }

    /// <summary>The collection type was read again (the edit reached the generator) and gave the same shape (Unchanged, or not rerun when the whole read was equal).</summary>
    private static void AssertSchemaReadAgainUnchanged(GeneratorRunResult result)
    {
        Assert.Contains(Reasons(result, TrackingNames.Schemas), r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged);
        Assert.All(Reasons(result, TrackingNames.SchemaShapes), r => Assert.NotEqual(IncrementalStepRunReason.Modified, r));
    }

    [Fact]
    public void Inserting_lines_at_the_top_of_the_collection_file_rebinds_nothing_and_rewrites_nothing()
    {
        GeneratorRunResult result = EditCs(0, text => "// a comment\n\n// another\n" + text, out _);

        AssertSchemaReadAgainUnchanged(result);
        AssertNothingRebound(result);
    }

    [Fact]
    public void Inserting_lines_at_the_top_of_an_unrelated_file_rebinds_nothing_and_rewrites_nothing()
    {
        GeneratorRunResult result = EditCs(1, text => "// a comment\n\n" + text, out _);

        AssertNothingRebound(result);
    }

    [Fact]
    public void Reordering_the_collection_members_rebinds_nothing_and_rewrites_nothing()
    {
        const string Section = "    public Section Section { get; init; }\n";
        const string Label = "    public string Label => Title + \"!\";\n";
        GeneratorRunResult result = EditCs(0, text => text.Replace(Section, string.Empty, System.StringComparison.Ordinal).Replace(Label, Label + Section, System.StringComparison.Ordinal), out _);

        AssertSchemaReadAgainUnchanged(result);
        AssertNothingRebound(result);
    }

    [Fact]
    public void Editing_a_computed_property_and_a_method_body_rebinds_nothing_and_rewrites_nothing()
    {
        GeneratorRunResult result = EditCs(0, text => text.Replace("Title + \"!\"", "Title + \"?\" + Slug", System.StringComparison.Ordinal).Replace("Title.Length", "Title.Length * 2", System.StringComparison.Ordinal), out _);

        AssertSchemaReadAgainUnchanged(result);
        AssertNothingRebound(result);
    }

    [Fact]
    public void A_warning_at_a_collection_pattern_follows_the_pattern_when_lines_are_inserted_above()
    {
        static string Cg0032(GeneratorDriver driver) =>
            DiagnosticText.Where(Assert.Single(driver.GetRunResult().Diagnostics, d => d.Id == "CG0032"));

        (_, GeneratorDriver warm, _) = Warm(SchemaWithEmpty);
        int line = SchemaWithEmpty.Split('\n').ToList().FindIndex(l => l.Contains("Content/none/", System.StringComparison.Ordinal)) + 1;
        Assert.Equal($"CG0032 Warning /project/Source0.cs({line},20)", Cg0032(warm));

        GeneratorRunResult result = EditCs(0, text => "// one\n// two\n" + text, out GeneratorDriver driver, SchemaWithEmpty);

        Assert.Equal($"CG0032 Warning /project/Source0.cs({line + 2},20)", Cg0032(driver));
        Assert.All(Reasons(result, TrackingNames.Bind), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(result, TrackingNames.Buckets), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Editing_one_article_binds_that_article_only()
    {
        (ContentProject project, GeneratorDriver driver, Compilation compilation) = Warm();
        AdditionalText old = project.AdditionalTexts[50];
        AdditionalText edited = ContentProject.Text(old.Path, "---\npublished: 2024-06-01\nsection: World\nfollow-up-of: news/a049\n---\nHeadline 50\n\nText 50.");
        GeneratorRunResult result = driver.ReplaceAdditionalText(old, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        IncrementalStepRunReason[] bind = Reasons(result, TrackingNames.Bind);
        Assert.Equal(1, bind.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(ArticleCount, bind.Count(r => r == IncrementalStepRunReason.Cached));

        // One bucket of NewsArticle written again, and Articles.Newest (the date moved the article
        // to the top: the taxonomy file holds the order); the catalogs unchanged.
        IEnumerable<IncrementalStepRunReason> outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason);
        Assert.Equal(2, outputs.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(result, TrackingNames.Taxonomies).Where(r => r is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)));
    }

    [Fact]
    public void Changing_the_schema_binds_every_article_again()
    {
        (ContentProject project, GeneratorDriver driver, Compilation compilation) = Warm();
        SyntaxTree schema = compilation.SyntaxTrees.First();
        SyntaxTree edited = schema.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(schema.ToString().Replace("public string? Byline", "public string? Writer", System.StringComparison.Ordinal)));
        GeneratorRunResult result = driver.RunGenerators(compilation.ReplaceSyntaxTree(schema, edited)).GetRunResult().Results.Single();

        // Every article is bound again; none of them has a byline, so their models are unchanged.
        IncrementalStepRunReason[] bind = Reasons(result, TrackingNames.Bind);
        Assert.Equal(ArticleCount + 1, bind.Count(r => r == IncrementalStepRunReason.Unchanged));
    }
}
