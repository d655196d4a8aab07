using System;
using System.Linq;
using System.Text;
using ContentGen.Generator.Model;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ContentGen.Tests.Parsing;

/// <summary>Front matter placement, fields and errors (docs/format.md, "Front matter").</summary>
public class FrontMatterTests
{
    private static string[] Report(string text) =>
        [.. new ContentProject().File("Content/a.txt", text).Generate().Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(DiagnosticText.At)];

    [Theory]
    [InlineData("---\ntitle: T\n---\nBody.")]
    [InlineData("---\ntitle: T\n...\nBody.")]
    [InlineData("---  \ntitle: T\n---\t\nBody.")]
    [InlineData("\uFEFF---\r\ntitle: T\r\n---\r\n\r\nBody.")]
    [InlineData("---\rtitle: T\r---\rBody.")]
    public void Front_matter_opens_on_line_one_and_closes_at_the_next_fence(string text)
    {
        ArticleModel article = Parse.Article(text);
        Assert.Equal("T", article.Metadata!.Title);
        Assert.Equal("T", article.Title);
        Assert.Equal(["Body."], article.Paragraphs.ToArray());
    }

    [Theory]
    [InlineData(" ---\ntitle: T\n---\n\nBody.")]
    [InlineData("\n---\ntitle: T\n---\n\nBody.")]
    [InlineData("----\ntitle: T\n---\n\nBody.")]
    [InlineData("--- x\ntitle: T\n---\n\nBody.")]
    public void Anything_else_on_line_one_is_ordinary_text(string text)
    {
        ArticleModel article = Parse.Article(text);
        Assert.Null(article.Metadata);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void A_fence_later_in_the_body_is_text()
    {
        ArticleModel article = Parse.Article("Lead.\n\n---\ntitle: T\n---");
        Assert.Null(article.Metadata);
        Assert.Equal(["Lead.", "--- title: T ---"], article.Paragraphs.ToArray());
    }

    [Fact]
    public void Empty_front_matter_is_allowed()
    {
        ArticleModel article = Parse.Article("---\n---\nBody.");
        Assert.NotNull(article.Metadata);
        Assert.Null(article.Metadata!.Title);
    }

    [Fact]
    public void The_seed_has_no_front_matter()
    {
        Assert.Null(Parse.Text(Repository.Seed).Article!.Metadata);
    }

    [Fact]
    public void Keys_match_case_insensitively_ignoring_dashes_and_underscores()
    {
        MetadataModel metadata = Parse.Article("---\nTITLE: T\nPub-lished: 2024-05-01\nDRAFT: true\nsource_name: x\n---\nBody.").Metadata!;
        Assert.Equal("T", metadata.Title);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), metadata.Published);
        Assert.True(metadata.Draft);
        Assert.Equal(new ExtraEntry("source_name", "x"), Assert.Single(metadata.Extra));
    }

    [Theory]
    [InlineData("2024-05-01", "2024-05-01T00:00:00.0000000+00:00")]
    [InlineData("2024-05-01T08:30", "2024-05-01T08:30:00.0000000+00:00")]
    [InlineData("2024-05-01T08:30:15+02:00", "2024-05-01T08:30:15.0000000+02:00")]
    [InlineData("2024-05-01 08:30:15Z", "2024-05-01T08:30:15.0000000+00:00")]
    [InlineData("'2024-05-01T08:30:15.125-05:00'", "2024-05-01T08:30:15.1250000-05:00")]
    public void Dates_are_iso_8601_and_a_date_alone_is_midnight_utc(string value, string expected)
    {
        MetadataModel metadata = Parse.Article($"---\ndate: {value}\n---\nBody.").Metadata!;
        Assert.Equal(expected, metadata.Published!.Value.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Author_is_one_name_and_authors_a_list()
    {
        Assert.Equal(["Ann"], Parse.Article("---\nauthor: Ann\n---\nBody.").Metadata!.Authors.ToArray());
        Assert.Equal(["Ann", "Bo"], Parse.Article("---\nauthors: [Ann, Bo]\n---\nBody.").Metadata!.Authors.ToArray());
        Assert.Equal(["Ann", "Bo"], Parse.Article("---\nauthors:\n  - Ann\n  - Bo\n---\nBody.").Metadata!.Authors.ToArray());
    }

    [Fact]
    public void A_slug_in_front_matter_replaces_the_path_slug_and_identifier()
    {
        ArticleModel article = Parse.Article("---\nslug: news/my-story\n---\nBody.");
        Assert.Equal("news/my-story", article.Slug);
        Assert.Equal("NewsMyStory", article.Identifier);
    }

    [Fact]
    public void Huge_front_matter_still_parses()
    {
        string tags = string.Join("\n", Enumerable.Range(0, 5000).Select(i => $"  - tag{i}"));
        string line = new('x', 30_000);
        MetadataModel metadata = Parse.Article($"---\ntags:\n{tags}\nsummary: {line}\n---\nBody.").Metadata!;
        Assert.Equal(5000, metadata.Tags.Count);
        Assert.Equal(line, metadata.Summary);
    }

    [Fact]
    public void CG0002_front_matter_never_closed()
    {
        Assert.Equal(["CG0002(1,1)"], Report("---\ntitle: T\n\nBody."));
    }

    [Theory]
    [InlineData("---\ntitle: [unclosed\n---\nBody.", "CG0003(3,1)")]
    [InlineData("---\ntitle: \"open\n---\nBody.", "CG0003(2,8)")]
    [InlineData("---\n- a\n- b\n---\nBody.", "CG0003(2,1)")]
    [InlineData("---\njust text\n---\nBody.", "CG0003(2,1)")]
    [InlineData("---\na: &x 1\nb: *x\n---\nBody.", "CG0003(3,4)")]
    public void CG0003_not_yaml_or_not_a_mapping(string text, string expected)
    {
        Assert.Equal([expected], Report(text));
    }

    [Theory]
    [InlineData("---\ntitle: A\nTitle: B\n---\nBody.", "CG0004(3,1)")]
    [InlineData("---\ndate: 2024-01-01\npublished: 2024-01-02\n---\nBody.", "CG0004(3,1)")]
    [InlineData("---\nauthor: A\nauthors: [B]\n---\nBody.", "CG0004(3,1)")]
    [InlineData("---\nextra_key: 1\nExtraKey: 2\n---\nBody.", "CG0004(3,1)")]
    public void CG0004_a_key_twice(string text, string expected)
    {
        Assert.Equal([expected], Report(text));
    }

    [Theory]
    [InlineData("---\ndate: yesterday\n---\nBody.", "CG0005(2,7)", "ISO 8601")]
    [InlineData("---\ntags: news\n---\nBody.", "CG0005(2,7)", "a list")]
    [InlineData("---\ntitle: [a, b]\n---\nBody.", "CG0005(2,8)", "a single text value")]
    [InlineData("---\ndraft: maybe\n---\nBody.", "CG0005(2,8)", "true or false")]
    [InlineData("---\nauthors:\n  - A\n  - [B]\n---\nBody.", "CG0005(3,3)", "a list of text values")]
    public void CG0005_a_value_of_the_wrong_type_says_what_was_expected(string text, string expected, string says)
    {
        GenerationResult result = new ContentProject().File("Content/a.txt", text).Generate();
        Diagnostic d = Assert.Single(result.Errors("CG0005"));
        Assert.Equal([expected], Report(text));
        Assert.Contains(says, d.GetMessage());
    }

    [Fact]
    public void Every_front_matter_problem_is_reported_at_its_place_with_crlf_and_a_bom()
    {
        string text = "---\r\ndate: soon\r\ntags: x\r\ndate: 2024-01-01\r\n---\r\nBody.";
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];
        GenerationResult result = new ContentProject().File("Content/a.txt", SourceText.From(bytes, bytes.Length)).Generate();
        Assert.Equal(
            ["CG0005(2,7)", "CG0005(3,7)", "CG0004(4,1)"],
            result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(DiagnosticText.At));
    }
}
