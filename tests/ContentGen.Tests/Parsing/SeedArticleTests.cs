using System.Linq;
using ContentGen.Generator.Model;
using ContentGen.Tests.Helpers;
using Xunit;

namespace ContentGen.Tests.Parsing;

using LinkKind = ContentGen.Generator.Model.LinkKind;

/// <summary>The seed article, checked by hand against seeds/000_acdc7d00acb03fa1.txt.</summary>
public class SeedArticleTests
{
    private static readonly string[] ExpectedParagraphs =
    [
        "Russian President Vladimir Putin and Pakistan’s newly elected Prime Minister Shehbaz Sharif have quietly exchanged letters expressing desire to strengthen cooperation, news agency Press Trust of India reported on Sunday.",
        "The letters were exchanged after the election of Shehbaz Sharif as prime minister early this month but both the sides kept development away from the media glare in what seemed to be a move aimed at avoiding any public attention, The Express Tribune newspaper reported.",
        "Citing a senior Foreign Office official, it is reported that Putin wrote to Sharif, congratulating him on his election. He also expressed desire to deepen cooperation between the two countries.",
        "In his reply, Shehbaz expressed similar sentiments on bilateral ties between the two countries as well as cooperation on Afghanistan.",
        "The exchange of letters between the two leaders took place as former Pakistan Prime Minister Imran Khan is adamant that he was ousted from power through an alleged US-backed vote of no-confidence since Americans did not like his Russian policy.",
        "In February, the former Pakistan Prime Minister travelled to Russia where he held talks with Russian President Vladimir Putin and the two leaders reviewed the entire array of bilateral ties.",
        "His visit coincided with the start of a special military operation by Russia in eastern Ukraine.",
        "Khan, a cricketer-turned-politician, was the first Pakistani premier to visit Russia in 23 years after former premier Nawaz Sharif travelled to Moscow in 1999.",
        "Khan had said that the powerful military was onboard over his visit to Russia and he telephoned Chief of Army Staff General Qamar Javed Bajwa before the visit.",
        "On April 12, the Russian Embassy in Islamabad, through Twitter, congratulated Prime Minister Shehbaz and expressed hope that ties between the two countries would grow under his government.",
        "The new regime in Islamabad is pushing to reset ties with the West, particularly the US that have strained considerably following Khan’s rhetorical statements, the report added.",
        "Pakistan and Russia have already been holding regular joint military exercises since 2016 in another sign of deepening ties between Moscow and Islamabad.",
    ];

    private static readonly (string Text, int After)[] ExpectedLinks =
    [
        ("At least 80 killed in Nigerian oil blast: Emergency service", 1),
        ("Azovstal in Mariupol making last stand under ‘continuous’ Russian attacks", 3),
        ("New Labour Laws: How will it change office working hours if implemented from July 1", 5),
        ("Russia made ‘some territorial gains’ in Donbas at ‘significant cost’: UK", 7),
        ("Ukraine marks Orthodox Easter with prayers for those trapped", 9),
    ];

    private static ArticleModel Seed => Parse.Text(Repository.Seed, "Content/000_acdc7d00acb03fa1.txt").Article!;

    [Fact]
    public void Seed_has_its_twelve_paragraphs_exactly()
    {
        Assert.Equal(ExpectedParagraphs, Seed.Paragraphs.ToArray());
    }

    [Fact]
    public void Seed_has_five_related_links_with_the_paragraph_each_follows()
    {
        Assert.Equal(ExpectedLinks, Seed.Links.Select(l => (l.Text, l.ParagraphIndex)).ToArray());
        Assert.All(Seed.Links, l => Assert.Equal(LinkKind.Related, l.Kind));
        Assert.All(Seed.Links, l => Assert.False(l.HasUrl));
    }

    [Fact]
    public void Seed_related_text_drops_the_non_breaking_space_after_the_prefix()
    {
        // The seed writes "Also read:" + U+00A0; the link text starts at the title.
        Assert.Contains("Also read:\u00A0At least 80", Repository.Seed);
        Assert.StartsWith("At least 80", Seed.Links[0].Text);
    }

    [Fact]
    public void Seed_counts_341_words_and_gets_its_slug_and_identifier()
    {
        Assert.Equal(341, Seed.WordCount);
        Assert.Equal("000-acdc7d00acb03fa1", Seed.Slug);
        Assert.Equal("_000Acdc7d00acb03fa1", Seed.Identifier);
    }

    [Fact]
    public void Seed_has_no_headline_so_its_title_comes_from_the_lead()
    {
        ParseResult result = Parse.Text(Repository.Seed, "Content/000_acdc7d00acb03fa1.txt");
        Assert.Equal("Russian President Vladimir Putin and Pakistan’s newly elected Prime Minister…", result.Article!.Title);
        Assert.Equal(["CG0014"], result.Diagnostics.Select(d => d.Descriptor.Id));
    }
}
