using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ContentGen.Generator.Parsing;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ContentGen.Tests.Markdown;

/// <summary>Markdown articles (docs/format.md, "Markdown"): the same model as plain text, HTML rendered at compile time.</summary>
public class MarkdownTests
{
    private static string Where(Diagnostic d) => DiagnosticText.Where(d);

    private static Article Single(string path, string text) =>
        new ContentProject().File(path, text).Generate().LoadArticles().Single(a => a.SourcePath == path);

    [Fact]
    public void The_markdown_seed_has_the_paragraphs_links_and_word_count_of_the_text_seed()
    {
        string markdown = File.ReadAllText(Path.Combine(Repository.TestsDirectory, "Fixtures", "Markdown", "seed.md"));
        IReadOnlyList<Article> all = new ContentProject()
            .File("Content/seed.txt", Repository.Seed)
            .File("Content/seed.md", markdown, slug: "seed-md")
            .Generate()
            .LoadArticles();
        Article text = all.Single(a => a.SourcePath == "Content/seed.txt");
        Article md = all.Single(a => a.SourcePath == "Content/seed.md");

        Assert.Equal(12, md.Paragraphs.Count);
        Assert.Equal(text.Paragraphs.Select(p => p.Text), md.Paragraphs.Select(p => p.Text));
        Assert.Equal(text.Links.Select(l => (l.Text, l.Kind, l.ParagraphIndex)), md.Links.Select(l => (l.Text, l.Kind, l.ParagraphIndex)));
        Assert.Equal(text.WordCount, md.WordCount);
        Assert.Equal("Putin and Sharif exchange letters", md.Title);
        Heading heading = Assert.Single(md.Headings);
        Assert.Equal((1, "Putin and Sharif exchange letters", "putin-and-sharif-exchange-letters"), (heading.Level, heading.Text, heading.Id));
        Assert.Empty(text.Headings);
    }

    public static TheoryData<string, string> CommonMarkCases => new()
    {
        { "emphasis", "Some *emphasis*, __strong__ and ~~struck~~ text.\n" },
        { "code and markup characters", "Code `a < b && c > \"d\"` and <span title=\"x\">raw html</span> &copy; &#x1F600; \\* not emphasis\n" },
        { "headings with equal names", "# Title\n\n## Part\n\nText.\n\n## Part\n\nMore.\n\nSetext\n======\n" },
        { "fenced code keeps quotes, backslashes and non-BMP text", "```csharp\nvar s = \"a\\\\b\"; // ‘quoted’ 😀\n```\n\nAfter.\n" },
        { "lists, quotes and tasks", "- one\n- two\n  1. nested\n\n> quoted *text*\n\n- [x] done\n- [ ] todo\n" },
        { "pipe table", "| a | b |\n|---|:-:|\n| 1 | <x> |\n" },
        { "links, images and autolinks", "[a](https://example.com/?q=1&r=2 \"t\") ![i](img.png) <https://x.org> www.example.com\n" },
        { "hard breaks and CRLF", "Line one  \r\nline two\\\r\nline three\r\n\r\nNext.\r\n" },
        { "html block", "<div class=\"note\">\n\n*inside*\n\n</div>\n" },
        { "non-breaking and zero-width spaces", "A\u00A0B\u200BC “curly” ‘quotes’\n" },
    };

    [Theory]
    [MemberData(nameof(CommonMarkCases))]
    public void Html_is_exactly_what_Markdig_renders_for_the_body(string name, string body)
    {
        // Front matter is not part of the body: the constant must equal Markdig's output for the body alone.
        Article article = Single("Content/a.md", "---\ntitle: T\n---\n" + body + "\nEnd paragraph.\n");
        string expected = Markdig.Markdown.ToHtml(body + "\nEnd paragraph.\n", MarkdownArticleParser.Pipeline);
        Assert.True(expected == article.Html, $"{name}:\n{expected}\n---\n{article.Html}");
    }

    [Fact]
    public void Paragraphs_are_plain_text_with_markup_flattened_and_code_kept()
    {
        Article article = Single("Content/a.md", "# Head\n\nSome *emphasis* and `code <b>` and [a link](https://example.com/x) and &amp; an\nentity.\n\n- item **one**\n\n```\nnot a paragraph\n```\n");
        Assert.Equal(["Some emphasis and code <b> and a link and & an entity.", "item one"], article.Paragraphs.Select(p => p.Text));
        Link link = Assert.Single(article.Links);
        Assert.Equal((LinkKind.Inline, 0, "a link", "https://example.com/x"), (link.Kind, link.ParagraphIndex, link.Text, link.Destination));
        Assert.Equal(new Uri("https://example.com/x"), link.Url);
        Assert.Equal(14, article.WordCount); // 12 + 2 whitespace-separated tokens, as for plain text.
    }

    [Fact]
    public void Title_comes_from_front_matter_then_the_first_level_1_heading_then_the_lead()
    {
        Assert.Equal("Front", Single("Content/a.md", "---\ntitle: Front\n---\n# Heading\n\nText.").Title);
        Assert.Equal("Heading *one*", Single("Content/a.md", "## Sub\n\n# Heading \\*one\\*\n\nText.").Title);
        Assert.Equal("The lead sentence is the title", Single("Content/a.md", "## Only a sub heading\n\nThe lead sentence is the title. More.").Title);
    }

    [Fact]
    public void Also_read_paragraphs_are_related_links_as_in_plain_text()
    {
        IReadOnlyList<Article> all = new ContentProject()
            .File("Content/a.md", "# A\n\nLead.\n\nAlso read: The *B* article\n\nMore.")
            .File("Content/b.txt", "The B article\n\nText.")
            .Generate()
            .LoadArticles();
        Article a = all.Single(x => x.SourcePath == "Content/a.md");
        Link related = Assert.Single(a.Links);
        Assert.Equal((LinkKind.Related, 0, "The B article"), (related.Kind, related.ParagraphIndex, related.Text));
        Assert.Same(all.Single(x => x.SourcePath == "Content/b.txt"), related.Target);
        Assert.Equal(["Lead.", "More."], a.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Plain_text_articles_have_their_paragraphs_as_escaped_html()
    {
        Article article = Single("Content/a.txt", "Head\n\nA < B & \"C\" > ‘D’.\n\nSecond.");
        Assert.Equal("<p>A &lt; B &amp; &quot;C&quot; &gt; ‘D’.</p>\n<p>Second.</p>\n", article.Html);
    }

    [Fact]
    public void Relative_links_to_content_files_resolve_to_their_articles()
    {
        IReadOnlyList<Article> all = new ContentProject()
            .File("Content/blog/post.md", "# Post\n\nRead [the news](../news/a.txt), [its part](other.md#second-part), [me](#post) and [the pdf](files/report%20final.pdf).")
            .File("Content/blog/other.md", "# Other\n\nText.\n\n## Second part\n\nMore.")
            .File("Content/news/a.txt", "News\n\nText.")
            .File("Content/blog/files/report final.pdf", SourceText.From("%PDF"), itemType: "ContentGenAsset")
            .Generate()
            .LoadArticles();
        Article post = all.Single(a => a.SourcePath == "Content/blog/post.md");

        Assert.Equal(["the news", "its part", "me", "the pdf"], post.Links.Select(l => l.Text));
        Assert.Equal(["../news/a.txt", "other.md#second-part", "#post", "files/report%20final.pdf"], post.Links.Select(l => l.Destination));
        Assert.Same(all.Single(a => a.SourcePath == "Content/news/a.txt"), post.Links[0].Target);
        Assert.Same(all.Single(a => a.SourcePath == "Content/blog/other.md"), post.Links[1].Target);
        Assert.Null(post.Links[2].Target);
        Assert.Null(post.Links[3].Target);
        Assert.Equal(new Uri("other.md#second-part", UriKind.Relative), post.Links[1].Url);
        Assert.False(post.Links[1].Url!.IsAbsoluteUri);
        Assert.Equal([post], all.Single(a => a.SourcePath == "Content/news/a.txt").LinkedFrom);
    }

    [Fact]
    public void Broken_links_anchors_and_images_fail_at_their_exact_place_after_front_matter_with_CRLF_and_BOM()
    {
        const string Text = "\uFEFF---\r\ntitle: Links\r\n---\r\n# Links\r\n\r\nSee [other](other.md) and [gone](missing.md).\r\n\r\nSee [part](other.md#nope) and ![pic](img/pic.png) and [self](#links) and [bad](#nowhere).\r\n";
        GenerationResult result = new ContentProject()
            .File("Content/a.md", SourceText.From(new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Text.Substring(1))).ToArray()), Encoding.UTF8))
            .File("Content/other.md", "# Other\n\nText.")
            .Generate();

        Assert.Equal(
            [
                "CG0025 Error /project/Content/a.md(6,34)",
                "CG0026 Error /project/Content/a.md(8,12)",
                "CG0027 Error /project/Content/a.md(8,38)",
                "CG0026 Error /project/Content/a.md(8,80)",
            ],
            result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(Where));
        Assert.Equal("The link 'missing.md' names 'Content/missing.md', which is not a content file or an asset of the project", result.Errors("CG0025").Single().GetMessage());
        Assert.Equal("The link 'other.md#nope' names the anchor '#nope', but 'Content/other.md' has no element with that id; the closest: #other", result.Errors("CG0026").First().GetMessage());
        Assert.Equal("The image 'img/pic.png' names 'Content/img/pic.png', which is not an asset of the project", result.Errors("CG0027").Single().GetMessage());
    }

    [Fact]
    public void Links_outside_the_project_files_are_not_checked()
    {
        GenerationResult result = new ContentProject()
            .File("Content/a.md", "# A\n\n[site](/about) [web](https://example.com/x.png) [mail](mailto:a@b.c) [proto](//cdn.example.com/x) ![remote](https://example.com/i.png)")
            .Generate();
        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        result.LoadArticles();
    }

    [Fact]
    public void Table_cells_and_lone_images_are_not_paragraphs_but_their_destinations_are_checked()
    {
        GenerationResult result = new ContentProject()
            .File("Content/a.md", "# A\n\nLead.\n\n![alt text](missing.png)\n\n| h |\n|---|\n| [cell](gone.md) |\n")
            .Generate();
        Assert.Equal(["CG0027(5,13)", "CG0025(9,10)"], result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(DiagnosticText.At));

        Article article = new ContentProject().File("Content/a.md", "# A\n\nLead ![inline image](i.png).\n\n![alt text](i.png)\n\n| h |\n|---|\n| cell |\n").File("Content/i.png", SourceText.From("png"), itemType: "ContentGenAsset")
            .Generate().LoadArticles().Single(a => a.SourcePath == "Content/a.md");
        Assert.Equal(["Lead ."], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Generated_markdown_source_matches_the_verified_snapshot()
    {
        GenerationResult result = new ContentProject()
            .File("Content/guide.md", "---\ntags: [docs]\n---\n# The *guide*\n\nRead [the news](news.txt) and [below](#next-steps).\n\n## Next steps\n\n```\n\"quoted\" \\ and <tags>\n```\n")
            .File("Content/news.txt", "News\n\nText.")
            .Generate();
        Assert.Empty(result.Diagnostics);
        GeneratedSourceResult source = result.Sources.Single(s => s.SourceText.ToString().Contains("Content/guide.md", StringComparison.Ordinal) && s.HintName != "ContentGen.Articles.g.cs");
        Snapshot.Source("Markdown." + source.HintName.Replace(".g.cs", string.Empty, StringComparison.Ordinal), source.SourceText.ToString());
    }

    [Fact]
    public void Articles_named_like_members_of_Article_compile_in_the_default_collection()
    {
        // Each becomes a class deriving from Article, which has members of those names.
        IReadOnlyList<Article> all = new ContentProject()
            .File("Content/html.md", "# Html\n\nText.")
            .File("Content/headings.md", "# Headings\n\nText.")
            .File("Content/title.txt", "Title\n\nText.")
            .File("Content/links.txt", "Links\n\nText.")
            .Generate()
            .LoadArticles();
        Assert.Equal(4, all.Count);
        Assert.Equal("<h1 id=\"html\">Html</h1>\n<p>Text.</p>\n", all.Single(a => a.SourcePath == "Content/html.md").Html);
    }

    [Fact]
    public void A_markdown_file_with_a_NUL_character_is_one_CG0012_and_no_article()
    {
        GenerationResult result = new ContentProject().File("Content/a.md", "# A\n\nText \0 here.").File("Content/b.md", "# B\n\nText.").Generate();
        Diagnostic d = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CG0012 Error /project/Content/a.md(3,6)", Where(d));
        Assert.Equal(["Content/b.md"], result.LoadArticles().Select(a => a.SourcePath));
    }
}
