using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using ContentGen.Corpus;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace ContentGen.Tests.Scale;

/// <summary>
/// The C10k limit: 10,000 realistic articles (~29 million characters, far past the ~8.4 million
/// of the CLR's user-string heap) generate, compile without error or warning, load and run.
/// Each has a deadline far above its time on a loaded 2-core machine, so a hang fails with the
/// stage it reached instead of holding the run.
/// </summary>
public class LimitTests(ITestOutputHelper output)
{
    [Fact]
    public async Task C10k_generates_compiles_loads_and_reads_back()
    {
        string stage = "start";
        await Deadline.Within(TimeSpan.FromMinutes(10), () => stage, () => C10k(value => stage = value));
    }

    private void C10k(Action<string> reached)
    {
        var clock = Stopwatch.StartNew();
        IReadOnlyList<CorpusFile> corpus = CorpusMaker.Make(10_000);
        long characters = corpus.Sum(f => (long)f.Text.Length);
        Assert.InRange(characters, 25_000_000, 35_000_000);

        var project = new ContentProject();
        foreach (CorpusFile file in corpus)
        {
            project.File("Content/" + file.RelativePath, file.Text);
        }

        reached("generating");
        GenerationResult result = project.Generate();
        Step("generate", clock, reached);
        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));

        reached("compiling and loading");
        IReadOnlyList<Article> all = result.LoadArticles();
        Step("compile+load", clock, reached);
        Assert.Equal(10_000, all.Count);

        // Spot checks against the parser's own model, spread over the corpus.
        for (int i = 0; i < corpus.Count; i += 997)
        {
            var expected = Parse.Text(corpus[i].Text, "Content/" + corpus[i].RelativePath).Article!;
            Article actual = all.Single(a => a.SourcePath == "Content/" + corpus[i].RelativePath);
            Assert.Equal(expected.Paragraphs.ToArray(), actual.Paragraphs.Select(p => p.Text));
            Assert.Equal(expected.Links.Select(l => l.Text), actual.Links.Select(l => l.Text));
            Assert.Equal(expected.Title, actual.Title);
        }

        // Every article decodes, and Find reaches each by slug.
        long words = 0;
        foreach (Article article in all)
        {
            words += article.Paragraphs.Sum(p => p.Text.Length);
            Assert.Same(article, FindIn(result, article.Slug));
        }

        Assert.True(words > 20_000_000);
        Step("total", clock, reached);
    }

    /// <summary>
    /// C30k of 3 KB Markdown posts (~90 million characters): about three times what the assembly's
    /// string heap can hold even compressed, so most buckets are stored as constants past the
    /// literal budget. No CS8103, no metadata limit; every article reads back.
    /// </summary>
    [Fact]
    public async Task C30k_markdown_posts_past_the_string_heap_generate_compile_load_and_read_back()
    {
        string stage = "start";
        await Deadline.Within(TimeSpan.FromMinutes(15), () => stage, () => C30k(value => stage = value));
    }

    private void C30k(Action<string> reached)
    {
        var clock = Stopwatch.StartNew();
        IReadOnlyList<CorpusFile> corpus = MarkdownCorpus.Make(30_000);
        Assert.InRange(corpus.Sum(f => (long)f.Text.Length), 80_000_000, 100_000_000);

        var project = new ContentProject();
        foreach (CorpusFile file in corpus)
        {
            project.File("Content/" + file.RelativePath, file.Text);
        }

        reached("generating");
        GenerationResult result = project.Generate();
        Step("generate", clock, reached);
        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        string[] sources = [.. result.Sources.Select(s => s.SourceText.ToString())];
        int constants = sources.Count(s => s.Contains("private const string H0 = ", StringComparison.Ordinal));
        int literals = sources.Count(s => s.Contains("private static string H0() => \"", StringComparison.Ordinal));
        output.WriteLine($"buckets: {literals} as literals, {constants} as constants");
        Assert.True(constants > 0 && literals > 0, $"{literals} literal and {constants} constant buckets");

        reached("compiling and loading");
        IReadOnlyList<Article> all = result.LoadArticles();
        Step("compile+load", clock, reached);
        Assert.Equal(30_000, all.Count);

        // Every article decodes (from literals and from constants alike), and Find reaches each by slug.
        long characters = 0;
        foreach (Article article in all)
        {
            characters += article.Html.Length + article.Paragraphs.Sum(p => p.Text.Length);
            Assert.Same(article, FindIn(result, article.Slug));
        }

        Assert.True(characters > 100_000_000, characters.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Spot checks against the parser's own model.
        for (int i = 0; i < corpus.Count; i += 2_999)
        {
            var expected = Parse.Markdown(corpus[i].Text, "Content/" + corpus[i].RelativePath).Article!;
            Article actual = all.Single(a => a.SourcePath == "Content/" + corpus[i].RelativePath);
            Assert.Equal(expected.Html, actual.Html);
            Assert.Equal(expected.Paragraphs.ToArray(), actual.Paragraphs.Select(p => p.Text));
            Assert.Equal(expected.Links.Select(l => l.Text), actual.Links.Select(l => l.Text));
            Assert.Equal(expected.Headings.Select(h => h.Text), actual.Headings.Select(h => h.Text));
        }

        Step("total", clock, reached);
    }

    /// <summary>A stage done: written to the test's output, and kept for the deadline's message.</summary>
    private void Step(string done, Stopwatch clock, Action<string> reached)
    {
        output.WriteLine($"{done}: {clock.Elapsed}");
        reached($"{done} done at {clock.Elapsed:mm\\:ss}");
    }

    private static Article? FindIn(GenerationResult result, string slug) =>
        (Article?)Finder(result)(slug);

    private static Func<string, object?> Finder(GenerationResult result)
    {
        if (_finder.Result != result)
        {
            System.Reflection.MethodInfo find = result.LoadedArticlesType!.GetMethod("Find")!;
            _finder = (result, slug => find.Invoke(null, [slug]));
        }

        return _finder.Find;
    }

    private static (GenerationResult? Result, Func<string, object?> Find) _finder;
}
