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

    private static (ContentProject Project, GeneratorDriver Driver, Compilation Compilation) Warm()
    {
        var project = new ContentProject().Source(CollectionTests.NewsSchema).Source("namespace Consumer { public static class Program { } }");
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

        // One bucket of NewsArticle written again; the catalogs unchanged.
        IEnumerable<IncrementalStepRunReason> outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason);
        Assert.Equal(1, outputs.Count(r => r == IncrementalStepRunReason.Modified));
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
