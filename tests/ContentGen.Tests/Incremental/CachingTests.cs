using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using ContentGen.Generator;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Model;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ContentGen.Tests.Incremental;

/// <summary>
/// What the incremental driver re-runs after an edit, asserted by step name. No timing here:
/// the benchmarks measure time; these tests pin down the work.
/// </summary>
public class CachingTests
{
    /// <summary>
    /// Enough to spread over most buckets. Step tracking walks every output's whole input tree
    /// without memoization, and link resolution puts the whole index behind every article, so
    /// its cost grows with the square of this (1,000 articles took 40 s a test).
    /// </summary>
    private const int ArticleCount = 200;

    private static (ContentProject Project, GeneratorDriver Driver, Compilation Compilation) Warm()
    {
        var project = new ContentProject().Source("namespace Consumer { public static class Program { } }");
        for (int i = 0; i < ArticleCount; i++)
        {
            project.File($"Content/news/article-{i:D4}.txt", $"Headline number {i}\n\nThe lead of article {i}.\n\nAlso read: Headline number {(i + 1) % ArticleCount}\n\nMore text.");
        }

        Compilation compilation = project.Compilation();
        GeneratorDriver driver = project.Driver().RunGenerators(compilation);
        return (project, driver, compilation);
    }

    private static GeneratorRunResult Edit(string newText, out GeneratorRunResult before)
    {
        (ContentProject project, GeneratorDriver driver, Compilation compilation) = Warm();
        before = driver.GetRunResult().Results.Single();
        AdditionalText old = project.AdditionalTexts[ArticleCount / 2];
        AdditionalText edited = ContentProject.Text(old.Path, newText);
        driver = driver.ReplaceAdditionalText(old, edited).RunGenerators(compilation);
        return driver.GetRunResult().Results.Single();
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
        [.. result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason)];

    private static int Count(IEnumerable<IncrementalStepRunReason> reasons, IncrementalStepRunReason reason) => reasons.Count(r => r == reason);

    [Fact]
    public void Editing_a_paragraph_reparses_one_file_rewrites_one_bucket_and_keeps_the_catalog()
    {
        GeneratorRunResult result = Edit($"Headline number {ArticleCount / 2}\n\nAn edited lead.\n\nAlso read: Headline number {(ArticleCount / 2) + 1}\n\nMore text.", out _);

        IncrementalStepRunReason[] parse = Reasons(result, TrackingNames.Parse);
        Assert.Equal(1, Count(parse, IncrementalStepRunReason.Modified));
        Assert.Equal(ArticleCount - 1, Count(parse, IncrementalStepRunReason.Cached));

        Assert.Equal(1, Count(Reasons(result, TrackingNames.Buckets), IncrementalStepRunReason.Modified));

        // The backlinks, computed over every article's links, are not computed again.
        Assert.All(Reasons(result, TrackingNames.LinkEdges), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.All(Reasons(result, TrackingNames.Backlinks), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(result, TrackingNames.IndexEntries).Where(r => r != IncrementalStepRunReason.Cached), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.All(Reasons(result, TrackingNames.Catalog), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));

        // Of every source output (buckets, catalog, diagnostics), exactly one was written again.
        Assert.Equal(1, Count(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason), IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void Adding_an_article_parses_it_alone_touches_one_bucket_and_reruns_the_catalog()
    {
        (ContentProject project, GeneratorDriver driver, Compilation compilation) = Warm();
        driver = project.Add(driver, "Content/news/zzz.txt", "New article.");
        GeneratorRunResult result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(1, Count(Reasons(result, TrackingNames.Parse), IncrementalStepRunReason.New));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, TrackingNames.Catalog));
        Assert.Equal(ArticleCount, Count(Reasons(result, TrackingNames.Parse), IncrementalStepRunReason.Cached));
        IncrementalStepRunReason[] buckets = Reasons(result, TrackingNames.Buckets);
        Assert.Equal(1, Count(buckets, IncrementalStepRunReason.Modified) + Count(buckets, IncrementalStepRunReason.New));
    }

    [Fact]
    public void Editing_a_csharp_file_reruns_nothing()
    {
        (_, GeneratorDriver driver, Compilation compilation) = Warm();
        compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", ContentProject.ParseOptions));
        GeneratorRunResult result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        // The compilation input itself changed, of course; every step of ours after it must not have.
        foreach ((string step, ImmutableArray<IncrementalGeneratorRunStep> runs) in result.TrackedSteps.Where(s => s.Key != WellKnownGeneratorInputs.Compilation))
        {
            Assert.All(runs.SelectMany(r => r.Outputs), o => Assert.True(o.Reason == IncrementalStepRunReason.Cached, $"{step}: {o.Reason}"));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Pipeline_models_hold_no_compiler_objects()
    {
        // A symbol, node, location or text in a model would defeat caching and keep whole compilations alive.
        Type[] forbidden = [typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(SourceText), typeof(AdditionalText), typeof(Compilation), typeof(SemanticModel)];
        Type[] roots = [typeof(ParseResult), typeof(ArticleModel), typeof(BucketModel), typeof(BucketFile), typeof(CatalogModel), typeof(ContentLayout), typeof(EmitOptions), typeof(ContentPaths), typeof(FileOptions), typeof(DiagnosticInfo), typeof(LocationInfo),
            typeof(SchemaSet), typeof(CollectionSet), typeof(CollectionSchema), typeof(SchemaRead), typeof(BoundArticle), typeof(LinkIndex), typeof(LinkQuery), typeof(ResolvedLinks),
            typeof(LinkEdges), typeof(Backlinks), typeof(RenderOptions), typeof(ImageTable), typeof(PageContext), typeof(RenderedArticle)];

        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(roots);
        while (queue.Count > 0)
        {
            Type type = queue.Dequeue();
            if (!seen.Add(type) || type.IsPrimitive || type == typeof(string) || type.IsEnum)
            {
                continue;
            }

            Assert.DoesNotContain(forbidden, f => f.IsAssignableFrom(type));
            foreach (Type argument in type.IsGenericType ? type.GetGenericArguments() : [])
            {
                queue.Enqueue(argument);
            }

            if (type.Namespace?.StartsWith("ContentGen", StringComparison.Ordinal) == true)
            {
                foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
                {
                    queue.Enqueue(field.FieldType);
                }
            }
        }

        Assert.Contains(typeof(LinkModel), seen);
        Assert.Contains(typeof(SchemaProperty), seen);
        Assert.Contains(typeof(Backlink), seen);
        Assert.Contains(typeof(FrontMatterEntry), seen);
        Assert.Contains(typeof(DiagnosticInfo), seen);
        Assert.Contains(typeof(HtmlPlace), seen);
        Assert.Contains(typeof(ImageInfo), seen);
        Assert.Contains(typeof(ImageReference), seen);
    }
}
