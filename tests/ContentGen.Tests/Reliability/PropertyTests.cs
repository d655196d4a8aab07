using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ContentGen.Generator.Model;
using ContentGen.Tests.Helpers;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ContentGen.Tests.Reliability;

/// <summary>
/// Random content and random file names through the whole generator. Properties: the generator
/// never throws; every diagnostic lies inside its file; where no error is reported, the output
/// compiles with no error or warning and, run, returns exactly the parser's texts.
/// </summary>
/// <remarks>
/// Iterations: <see cref="IterationsVariable"/> (default <see cref="DefaultIterations"/>, what CI
/// runs). A long run and what it found are recorded in docs/reliability.md.
/// </remarks>
public class PropertyTests
{
    public const string IterationsVariable = "CONTENTGEN_FUZZ_ITERATIONS";
    public const int DefaultIterations = 40;

    private static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable(IterationsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : DefaultIterations;

    /// <summary>Characters that are errors (CG0011, CG0012): a text holding one must be reported, not compiled.</summary>
    private static readonly string[] Invalid = ["\u0007", "\u001B", "\uD800", "\uDC00", "\uFFFD", "\0"];

    /// <summary>Pieces that break naive generators: escapes, comment and XML enders, directives, odd Unicode.</summary>
    private static readonly string[] Fragments =
    [
        "word", " ", "  ", "The quick brown fox.", "\n", "\n\n", "\r\n", "\r", "\r\n\r\n", "\u2028", "\u2029", "\u0085",
        "\uFEFF", "\u00A0", "\u200B", "\t", "\"", "\\", "\\u0041", "\\\"", "*/", "/*", "//", "</summary>", "<para>", "&amp;",
        "#line 1 \"x.cs\"", "#error", "{{ }}", "{0}", "\"\"\"", "@\"", "$\"{x}\"", "Also read:", "Also read: Title",
        "ALSO READ:\u00A0Other", "https://example.com/a).", "http://x.org/(y)", "---", "...", "title: x", "\u202E", "\u202C",
        "مرحبا", "שלום", "日本語", "🎉", "👩‍👩‍👧", "🇺🇦", "z\u0302\u0338", "é", "ﬁ", "İı", new string('x', 10_000),
        "\"; Environment.Exit(1); //",
    ];

    private static readonly string[] Names =
    [
        "class", "2024 report (final)", "CON", "nul", "a.b.c", "-x-", "🎉", "über", "a b", "all", "Types", "x", "X", "x.txt",
        "日本語", "aux.com1", "  spaced  ", "dot.", "_under_", "Equals", "a-b", "a b", "article",
    ];

    // Three texts in four hold only valid characters, so most projects get as far as compiling and running.
    private static readonly Gen<string> Text = Gen.Frequency(
        (3, Gen.Select(Gen.OneOf(Fragments).Array[0, 30], words => "word " + string.Concat(words))),
        (1, Gen.OneOf([.. Fragments, .. Invalid]).Array[0, 30].Select(string.Concat)));

    private static readonly Gen<string> Path = Gen.Select(
        Gen.OneOf("", "news/", "news/2024/", "🎉/", "a b/"),
        Gen.OneOf(Names),
        Gen.OneOf(".txt", ".TXT", ".md.txt", ".txt"),
        (folder, name, extension) => "Content/" + folder + name + extension);

    private static readonly Gen<(string Path, string Text)[]> Project = Gen.Select(Path, Text).Array[1, 4];

    [Fact]
    public void Random_content_never_crashes_and_compiles_back_to_the_parser_texts()
    {
        int compiled = 0;
        Project.Sample(files => compiled += CheckProject(files) ? 1 : 0, iter: Iterations, threads: 1);

        // Guards the generator of inputs: a property that never reaches the compiler proves little.
        Assert.True(compiled >= Iterations / 4, $"only {compiled} of {Iterations} projects were free of errors and compiled");
    }

    private static bool CheckProject((string Path, string Text)[] files)
    {
        var project = new ContentProject();
        foreach ((string path, string text) in files)
        {
            project.File(path, SourceText.From(text));
        }

        GenerationResult result = project.Generate();

        // 1. The generator never throws, and never reports an internal failure.
        result.AssertNoGeneratorException();
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CG9999");

        // 2. Every diagnostic lies inside its file.
        foreach (Diagnostic diagnostic in result.Diagnostics)
        {
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            (string Path, string Text)[] owners = [.. files.Where(f => ContentProject.Path(f.Path) == span.Path)];
            Assert.True(owners.Length > 0, $"{diagnostic} is not in a content file");
            Assert.True(diagnostic.Location.SourceSpan.End <= owners.Max(o => o.Text.Length), $"{diagnostic} lies past the end of its file");
        }

        // 3. No error: the code compiles cleanly and returns exactly what the parser read.
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return false;
        }

        IReadOnlyList<Article> articles = result.LoadArticles();
        Assert.Equal(files.Length, articles.Count);
        foreach ((string path, string text) in files)
        {
            ArticleModel expected = Parse.Source(SourceText.From(text), path).Article!;
            Article actual = articles.Single(a => a.SourcePath == path);
            Assert.Equal(expected.Title, actual.Title);
            Assert.Equal(expected.Paragraphs.ToArray(), actual.Paragraphs.Select(p => p.Text));
            Assert.Equal(expected.Links.Select(l => l.Text), actual.Links.Select(l => l.Text));
            Assert.Equal(expected.WordCount, actual.WordCount);
        }

        return true;
    }

    [Fact]
    public void Identifiers_from_any_name_are_valid_csharp()
    {
        Gen.String.Sample(
            name =>
            {
                string identifier = ContentGen.Generator.Parsing.Naming.Identifier(name);
                Assert.True(identifier.Length == 0 || Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(identifier), identifier);
                Assert.DoesNotContain("__", identifier, StringComparison.Ordinal);
            },
            iter: 10_000);
    }

    /// <summary>Markdown's own syntax, mixed into the plain-text fragments above.</summary>
    private static readonly string[] MarkdownFragments =
    [
        "*", "**", "_", "__", "~~", "`", "``", "```\n", "```csharp\n", "\n```\n", "# ", "## ", "\n# Title\n", "\n## Part\n",
        "Title\n===\n", "> ", "\n- item\n", "\n1. one\n", "- [ ] task\n", "\n| a | b |\n|---|---|\n| 1 | 2 |\n",
        "[link](https://example.com/x)", "[self](#)", "![image](https://example.com/i.png)", "<https://x.org>", "www.example.com",
        "<b>", "</b>", "<div>\n", "&copy;", "&#x1F600;", "&nope;", "\\*", "  \n", "[", "]", "(", ")", "[unclosed](", "---\n",
    ];

    private static readonly Gen<string> MarkdownText = Gen.Select(
        Gen.OneOf([.. Fragments, .. MarkdownFragments]).Array[0, 40],
        words => "word " + string.Concat(words));

    [Fact]
    public void Random_markdown_never_crashes_and_its_html_is_markdigs_own()
    {
        int compiled = 0;
        Gen.Select(Gen.OneOf("a", "b", "news/c"), MarkdownText).Array[1, 3].Sample(
            files =>
            {
                var project = new ContentProject();
                (string Path, string Text)[] distinct = [.. files.GroupBy(f => f.Item1).Select(g => ("Content/" + g.Key + ".md", g.First().Item2))];
                foreach ((string path, string text) in distinct)
                {
                    project.File(path, SourceText.From(text));
                }

                GenerationResult result = project.Generate();
                result.AssertNoGeneratorException();
                Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CG9999");
                if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
                {
                    return;
                }

                IReadOnlyList<Article> articles = result.LoadArticles();
                foreach ((string path, string text) in distinct)
                {
                    // No front matter (the text starts with "word"): the body is the whole text.
                    string expected = Markdig.Markdown.ToHtml(text, ContentGen.Generator.Parsing.MarkdownArticleParser.Pipeline);
                    Assert.Equal(expected, articles.Single(a => a.SourcePath == path).Html);
                }

                compiled++;
            },
            iter: Iterations,
            threads: 1);
        Assert.True(compiled >= Iterations / 4, $"only {compiled} of {Iterations} projects were free of errors and compiled");
    }
}
