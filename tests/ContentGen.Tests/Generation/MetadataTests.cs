using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Tests.Helpers;
using Xunit;

namespace ContentGen.Tests.Generation;

/// <summary>Every metadata field, typed, through a real compile and a run of the generated code.</summary>
public class MetadataTests
{
    [Fact]
    public void Every_field_is_typed_in_the_compiled_class()
    {
        const string text = """
            ---
            title: "A “quoted” title: with colon"
            slug: world/custom-slug
            date: 2024-05-01T08:30:00+02:00
            authors: [Ann Example, "Bo \"B\" Example"]
            source: Press Trust of India
            tags:
              - politics
              - "tag with \\ backslash"
            summary: A short summary.
            draft: true
            published_by: desk
            priority: 3
            ---
            Headline ignored for title

            The lead.
            """;
        Article article = Assert.Single(new ContentProject().File("Content/a.txt", text).Generate().LoadArticles());
        ArticleMetadata m = article.Metadata;

        Assert.Equal("A “quoted” title: with colon", article.Title);
        Assert.Equal("world/custom-slug", article.Slug);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 8, 30, 0, TimeSpan.FromHours(2)), m.Published);
        Assert.Equal(["Ann Example", "Bo \"B\" Example"], m.Authors);
        Assert.Equal("Press Trust of India", m.Source);
        Assert.Equal(["politics", "tag with \\ backslash"], m.Tags);
        Assert.Equal("A short summary.", m.Summary);
        Assert.True(m.Draft);
        Assert.Equal(new Dictionary<string, string> { ["published_by"] = "desk", ["priority"] = "3" }, m.Extra);
        Assert.Equal(["The lead."], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Without_front_matter_metadata_is_empty_and_the_summary_is_the_first_paragraph()
    {
        Article seed = Assert.Single(new ContentProject().File("Content/seed.txt", Repository.Seed).Generate().LoadArticles());
        ArticleMetadata m = seed.Metadata;
        Assert.Null(m.Published);
        Assert.Empty(m.Authors);
        Assert.Empty(m.Tags);
        Assert.Null(m.Source);
        Assert.False(m.Draft);
        Assert.Empty(m.Extra);
        Assert.Equal(seed.Paragraphs[0].Text, m.Summary);
        Assert.Same(m, seed.Metadata);
    }

    [Fact]
    public void A_date_alone_is_midnight_utc_at_run_time()
    {
        Article article = Assert.Single(new ContentProject().File("Content/a.txt", "---\ndate: 2023-12-31\n---\nBody.").Generate().LoadArticles());
        Assert.Equal(new DateTimeOffset(2023, 12, 31, 0, 0, 0, TimeSpan.Zero), article.Metadata.Published);
    }
}
