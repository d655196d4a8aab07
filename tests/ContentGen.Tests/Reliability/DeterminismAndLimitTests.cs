using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ContentGen.Tests.Reliability;

/// <summary>Same inputs, same bytes: in any order, under any culture. Oversized files and cancellation are handled.</summary>
public class DeterminismAndLimitTests
{
    private static readonly (string Path, string Text)[] Files =
    [
        ("Content/Istanbul İzmir.txt", "---\ndate: 2024-05-01T10:00:00+03:00\ntags: [İstanbul, ı]\n---\nTITLE İ ı\n\nThe lead 1.5 and 1,5 and DIŞ.\n\nAlso read: Other"),
        ("Content/b/straße.txt", "Straße headline\n\nGroß und klein."),
        ("Content/c.txt", Repository.Seed),
        ("Content/d.txt", "Just one line."),
    ];

    private static string Generate((string Path, string Text)[] files)
    {
        var project = new ContentProject();
        foreach ((string path, string text) in files)
        {
            project.File(path, text);
        }

        GenerationResult result = project.Generate();
        return string.Join("\n----\n", result.Sources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.SourceText))
            + string.Join("\n", result.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Any_order_of_files_gives_byte_identical_output()
    {
        string expected = Generate(Files);
        Assert.Equal(expected, Generate([.. Files.Reverse()]));
        Assert.Equal(expected, Generate([Files[2], Files[0], Files[3], Files[1]]));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Culture_does_not_change_the_output(string culture)
    {
        string expected = Generate(Files);
        CultureInfo saved = CultureInfo.CurrentCulture;
        CultureInfo savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Assert.Equal(expected, Generate(Files));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    [Fact]
    public void A_file_over_the_size_limit_is_reported_and_not_parsed()
    {
        string big = "Headline\n\n" + new string('x', 5 * 1024 * 1024);
        GenerationResult result = new ContentProject().File("Content/big.txt", big).File("Content/ok.txt", "Fine.").Generate();
        Diagnostic d = Assert.Single(result.Errors("CG0022"));
        Assert.Contains("4194304", d.GetMessage());
        Assert.Equal("Fine.", Assert.Single(result.LoadArticles()).Paragraphs[0].Text);
    }

    [Fact]
    public void The_size_limit_counts_utf8_bytes_and_is_configurable()
    {
        // 400 Cyrillic letters: 400 characters, 800 bytes.
        string text = new('ж', 400);
        GenerationResult result = new ContentProject().Property("ContentGenMaxFileSize", "500").File("Content/a.txt", text).Generate();
        Assert.Contains("800 bytes", Assert.Single(result.Errors("CG0022")).GetMessage());
        Assert.Empty(new ContentProject().Property("ContentGenMaxFileSize", "800").File("Content/a.txt", text).Generate().Errors("CG0022"));
    }

    [Fact]
    public void A_50_MB_file_costs_little_memory_beyond_its_own_text()
    {
        SourceText text = SourceText.From(new string('y', 50 * 1024 * 1024));
        var project = new ContentProject().File("Content/huge.txt", text);
        long before = GC.GetAllocatedBytesForCurrentThread();
        GenerationResult result = project.Generate();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Single(result.Errors("CG0022"));
        Assert.True(allocated < 20 * 1024 * 1024, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void Cancellation_stops_the_parser_and_the_driver()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Parse.Source(SourceText.From(Repository.Seed), "Content/a.txt", cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => new ContentProject().File("Content/a.txt", Repository.Seed).Generate(cancelled.Token));
    }
}
