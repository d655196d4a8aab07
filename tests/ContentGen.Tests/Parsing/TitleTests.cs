using System.Linq;
using ContentGen.Tests.Helpers;
using Xunit;

namespace ContentGen.Tests.Parsing;

/// <summary>The headline rule and the derived title (docs/format.md, "Headline and title").</summary>
public class TitleTests
{
    [Theory]
    [InlineData("Putin and Sharif exchange letters")]
    [InlineData("Russia made ‘some territorial gains’ in Donbas: UK says")]
    [InlineData("“We will win”")]
    [InlineData("Prices rise 3.5%")]
    public void A_short_single_first_line_not_ending_like_a_sentence_is_the_headline(string headline)
    {
        var article = Parse.Article($"{headline}\n\nThe lead paragraph.");
        Assert.Equal(headline, article.Title);
        Assert.Equal(["The lead paragraph."], article.Paragraphs.ToArray());
    }

    [Theory]
    [InlineData("It ended.")]
    [InlineData("Is it over?")]
    [InlineData("Stop!")]
    [InlineData("“It ended.”")]
    [InlineData("He said:")]
    [InlineData("Two lines\nof headline")]
    public void A_first_block_that_ends_like_a_sentence_or_spans_lines_is_a_paragraph(string first)
    {
        var article = Parse.Article($"{first}\n\nMore text.");
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void A_first_line_longer_than_150_characters_is_a_paragraph()
    {
        string line = string.Join(" ", Enumerable.Repeat("word", 31)); // 154 characters
        Assert.Equal(2, Parse.Article($"{line}\n\nMore.").Paragraphs.Count);
        string shorter = string.Join(" ", Enumerable.Repeat("word", 30)); // 149 characters
        Assert.Single(Parse.Article($"{shorter}\n\nMore.").Paragraphs);
    }

    [Fact]
    public void A_lone_short_line_is_a_paragraph_not_a_headline()
    {
        var article = Parse.Article("Just this line");
        Assert.Equal(["Just this line"], article.Paragraphs.ToArray());
        Assert.Equal("Just this line", article.Title);
    }

    [Fact]
    public void A_headline_followed_only_by_links_is_a_paragraph()
    {
        var article = Parse.Article("Short line\n\nAlso read: Other");
        Assert.Equal(["Short line"], article.Paragraphs.ToArray());
    }

    [Theory]
    [InlineData("Short lead sentence here. And more follows.", "Short lead sentence here")]
    [InlineData("Is this the question we ask? Yes.", "Is this the question we ask?")]
    [InlineData("Mr. Smith went to Washington today. Then home.", "Mr. Smith went to Washington today")]
    public void Without_headline_the_title_is_the_first_sentence_of_the_lead(string lead, string title)
    {
        Assert.Equal(title, Parse.Article(lead).Title);
    }

    [Fact]
    public void A_long_first_sentence_is_cut_at_a_word_boundary_within_80_characters()
    {
        string title = Parse.Article(string.Join(" ", Enumerable.Repeat("abcdefghi,", 20)) + " end.").Title;
        Assert.Equal(string.Join(" ", Enumerable.Repeat("abcdefghi,", 7)).TrimEnd(',') + "…", title);
        Assert.True(title.Length <= 81);
    }

    [Fact]
    public void One_unbroken_word_is_cut_without_splitting_a_surrogate_pair()
    {
        string title = Parse.Article(new string('a', 79) + "🎉🎉🎉 x.").Title;
        Assert.Equal(new string('a', 79) + "…", title);
    }
}
