using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ContentGen.Generator;
using ContentGen.Generator.Model;
using ContentGen.Generator.Parsing;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ContentGen.Tests.Incremental;

/// <summary>
/// The parallel prefetch of the parse step (docs/performance.md): it must give exactly what the
/// per-file step computes, hand each result over once, and parse nothing the driver has cached.
/// </summary>
public class ParallelParseTests
{
    private static readonly ContentPaths Paths = new(ContentProject.ProjectDirectory, ContentProject.ProjectDirectory + "Content/");

    private static List<(AdditionalText Text, string Slug)> Files(int count, string prefix) =>
        [.. Enumerable.Range(0, count).Select(i => (ContentProject.Text(ContentProject.Path($"Content/{prefix}-{i}.md"), $"# Post {i}\n\nThe text of post {i}, with a [link](other-{i}.md).\n"), string.Empty))];

    private static ParseResult Parse(AdditionalText text, string slug, ContentPaths paths) =>
        ContentGenerator.Parse(text.GetText()!, ContentGenerator.Describe(text.Path, new FileOptions(slug.Length > 0 ? slug : null), paths), CancellationToken.None);

    [Fact]
    public void Each_prefetched_result_is_what_the_file_parses_to_and_is_handed_over_once()
    {
        List<(AdditionalText Text, string Slug)> files = Files(20, "handed");
        int parses = 0;
        ParallelParse.Run(files, Paths, (text, slug, paths, _) => { Interlocked.Increment(ref parses); return Parse(text, slug, paths); }, CancellationToken.None);

        Assert.Equal(20, parses);
        foreach ((AdditionalText text, string slug) in files)
        {
            Assert.Equal(Parse(text, slug, Paths), ParallelParse.Take(text, slug, Paths));
            Assert.Null(ParallelParse.Take(text, slug, Paths));
        }
    }

    [Fact]
    public void Files_seen_before_are_not_parsed_again_and_other_settings_are_a_miss()
    {
        List<(AdditionalText Text, string Slug)> files = Files(20, "seen");
        ParallelParse.Run(files, Paths, (text, slug, paths, _) => Parse(text, slug, paths), CancellationToken.None);
        foreach ((AdditionalText text, string slug) in files)
        {
            ParallelParse.Take(text, slug, Paths);
        }

        // One file edited (a new text): too few to be worth threads, the per-file step parses it.
        int parses = 0;
        List<(AdditionalText Text, string Slug)> edited = [.. files.Take(19), Files(1, "seen-edited")[0]];
        ParallelParse.Run(edited, Paths, (text, slug, paths, _) => { Interlocked.Increment(ref parses); return Parse(text, slug, paths); }, CancellationToken.None);
        Assert.Equal(0, parses);

        // Ten files added: those ten only, not the edited one, which the step parsed itself.
        ParallelParse.Run([.. edited, .. Files(10, "seen-added")], Paths, (text, slug, paths, _) => { Interlocked.Increment(ref parses); return Parse(text, slug, paths); }, CancellationToken.None);
        Assert.Equal(10, parses);
        Assert.Null(ParallelParse.Take(edited[^1].Text, edited[^1].Slug, Paths));

        // Another content folder, or a slug set in the project file, is another result.
        ContentPaths other = Paths with { ContentDirectory = ContentProject.ProjectDirectory + "Posts/" };
        Assert.Null(ParallelParse.Take(files[0].Text, files[0].Slug, other));
        Assert.Null(ParallelParse.Take(files[0].Text, "custom", Paths));
    }

    [Fact]
    public void A_generated_project_parses_every_file_as_the_per_file_step_would()
    {
        var project = new ContentProject().Source("namespace Consumer { public static class Program { } }");
        for (int i = 0; i < 30; i++)
        {
            project.File($"Content/news/post-{i:D2}.{(i % 3 == 0 ? "txt" : "md")}", i % 3 == 0 ? $"Headline {i}\n\nThe lead of article {i}.\n" : $"---\ntitle: Post {i}\n---\n\nThe text of post {i}.\n");
        }

        GeneratorRunResult result = project.Driver().RunGenerators(project.Compilation()).GetRunResult().Results.Single();

        ParseResult[] parsed = [.. result.TrackedSteps[TrackingNames.Parse].SelectMany(s => s.Outputs).Select(o => (ParseResult)o.Value)];
        Assert.Equal(30, parsed.Length);
        Assert.Equal(project.AdditionalTexts.Select(t => Parse(t, string.Empty, Paths)), parsed);

        // The prefetch ran first (every file was seen: nothing is left to parse) and the step took
        // every result (none is left to take). Had the step run first, the prefetch would have parsed
        // every file after it, and left the results there.
        int parses = 0;
        ContentPaths projectPaths = OptionsReader.ReadContentPaths(project.OptionsProvider.GlobalOptions);
        List<(AdditionalText Text, string Slug)> files = [.. project.AdditionalTexts.Select(t => (t, string.Empty))];
        ParallelParse.Run(files, projectPaths, (text, slug, paths, _) => { Interlocked.Increment(ref parses); return Parse(text, slug, paths); }, CancellationToken.None);
        Assert.Equal(0, parses);
        Assert.All(files, f => Assert.Null(ParallelParse.Take(f.Text, f.Slug, projectPaths)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_warm_up_articles_are_valid_so_the_warm_up_takes_the_path_real_files_take(bool markdown)
    {
        ParseResult result = Parse(ContentProject.Text(ContentProject.Path(markdown ? "Content/warm-up.md" : "Content/warm-up.txt"), markdown ? ParallelParse.MarkdownSample : ParallelParse.TextSample), string.Empty, Paths);

        Assert.NotNull(result.Article);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("Warm-up", result.Article!.Title);
    }
}
