using System.Linq;
using System.Text;
using ContentGen.Generator.Model;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ContentGen.Tests.Parsing;

using LinkKind = ContentGen.Generator.Model.LinkKind;

/// <summary>The rules of docs/format.md, one by one.</summary>
public class TextFormatTests
{
    private const string Lf = "First paragraph line one\nline two.\n\nAlso read: Some title\n\nSecond paragraph.";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\u2028")]
    public void Every_line_ending_gives_the_same_model(string newline)
    {
        ArticleModel expected = Parse.Article(Lf);
        ArticleModel actual = Parse.Article(Lf.Replace("\n", newline));
        Assert.Equal(expected.Paragraphs, actual.Paragraphs);
        Assert.Equal(WithoutPlaces(expected), WithoutPlaces(actual));
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.WordCount, actual.WordCount);
    }

    [Fact]
    public void Mixed_line_endings_and_a_bom_give_the_same_model()
    {
        ArticleModel expected = Parse.Article(Lf);
        ArticleModel actual = Parse.Article("\uFEFFFirst paragraph line one\r\nline two.\r\rAlso read: Some title\n\r\nSecond paragraph.");
        Assert.Equal(expected.Paragraphs, actual.Paragraphs);
        Assert.Equal(WithoutPlaces(expected), WithoutPlaces(actual));
    }

    /// <summary>Link locations are character offsets, which line endings shift; everything else must match.</summary>
    private static LinkModel[] WithoutPlaces(ArticleModel article) => [.. article.Links.Select(l => l with { Location = null })];

    [Fact]
    public void Bom_bytes_decode_like_the_compiler_and_change_nothing()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Lf)];
        ArticleModel actual = Parse.Source(SourceText.From(bytes, bytes.Length)).Article!;
        Assert.Equal(Parse.Article(Lf).Paragraphs, actual.Paragraphs);
    }

    [Fact]
    public void Lines_of_a_block_join_with_one_space_and_are_trimmed()
    {
        Assert.Equal(["One two three.", "Four."], Parse.Paragraphs("  One  \n\ttwo\u00A0\n three.  \n\nFour."));
    }

    [Fact]
    public void Whitespace_only_lines_including_non_breaking_spaces_separate_blocks()
    {
        Assert.Equal(["One.", "Two.", "Three."], Parse.Paragraphs("One.\n \t \nTwo.\n\u00A0\u2003\u200B\nThree.\n\n\n"));
    }

    [Fact]
    public void Text_is_kept_exactly_as_written()
    {
        const string text = "“Curly” ‘quotes’ — dashes – and ümlauts, 日本語, العربية, emoji 🎉, tab\there.";
        Assert.Equal([text], Parse.Paragraphs(text));
    }

    [Theory]
    [InlineData("Also read: Title")]
    [InlineData("ALSO READ: Title")]
    [InlineData("also read:Title")]
    [InlineData("  Also Read:\u00A0Title  ")]
    public void Also_read_blocks_are_related_links_whatever_the_case(string line)
    {
        ArticleModel article = Parse.Article($"Para one.\n\n{line}\n\nPara two.");
        LinkModel link = Assert.Single(article.Links);
        Assert.Equal(new LinkModel("Title", LinkKind.Related, 0, string.Empty, false), link with { Location = null });
        Assert.Equal(["Para one.", "Para two."], article.Paragraphs.ToArray());
    }

    [Fact]
    public void A_related_block_over_several_lines_joins_them()
    {
        LinkModel link = Assert.Single(Parse.Article("P.\n\nAlso read:\n A long\n title\n\nQ.").Links);
        Assert.Equal("A long title", link.Text);
    }

    [Fact]
    public void A_related_link_before_the_first_paragraph_follows_paragraph_minus_one()
    {
        LinkModel link = Assert.Single(Parse.Article("Also read: Early\n\nThe lead.").Links);
        Assert.Equal(-1, link.ParagraphIndex);
    }

    [Fact]
    public void Also_read_inside_a_paragraph_is_text()
    {
        ArticleModel article = Parse.Article("He said: Also read: nothing.\n\nAnd more.");
        Assert.Empty(article.Links);
    }

    [Fact]
    public void A_related_link_that_is_a_url_keeps_its_url()
    {
        LinkModel link = Assert.Single(Parse.Article("P.\n\nAlso read: https://example.com/a\n\nQ.").Links);
        Assert.True(link.HasUrl);
        Assert.Equal(LinkKind.Related, link.Kind);
    }

    [Theory]
    [InlineData("See https://example.com/a.", "https://example.com/a")]
    [InlineData("See (https://example.com/a).", "https://example.com/a")]
    [InlineData("See https://en.wikipedia.org/wiki/C_(language), ok", "https://en.wikipedia.org/wiki/C_(language)")]
    [InlineData("“http://example.com/x?q=1&r=2”", "http://example.com/x?q=1&r=2")]
    [InlineData("HTTPS://EXAMPLE.COM!", "HTTPS://EXAMPLE.COM")]
    public void Inline_urls_become_inline_links_without_trailing_punctuation(string paragraph, string url)
    {
        LinkModel link = Assert.Single(Parse.Article(paragraph).Links);
        Assert.Equal(new LinkModel(url, LinkKind.Inline, 0, url, true), link with { Location = null });
    }

    [Theory]
    [InlineData("ftp://example.com/a")]
    [InlineData("xhttps://example.com")]
    [InlineData("https://")]
    public void Other_schemes_and_broken_urls_are_not_links(string paragraph)
    {
        Assert.Empty(Parse.Article(paragraph).Links);
    }

    [Fact]
    public void Links_are_in_document_order_related_and_inline_together()
    {
        ArticleModel article = Parse.Article("A http://a.example/ and http://b.example/.\n\nAlso read: R\n\nC https://c.example/");
        Assert.Equal(
            [("http://a.example/", 0, LinkKind.Inline), ("http://b.example/", 0, LinkKind.Inline), ("R", 0, LinkKind.Related), ("https://c.example/", 1, LinkKind.Inline)],
            article.Links.Select(l => (l.Text, l.ParagraphIndex, l.Kind)).ToArray());
    }

    [Fact]
    public void Word_count_counts_whitespace_separated_tokens_of_paragraphs_only()
    {
        ArticleModel article = Parse.Article("Headline Here\n\nOne two\u00A0three — four.\n\nAlso read: not counted at all\n\nfive");
        Assert.Equal(6, article.WordCount);
    }
}
