using System.Linq;
using System.Threading;
using ContentGen.Generator;
using ContentGen.Generator.Model;
using ContentGen.Generator.Parsing;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ContentGen.Tests.Rendering;

/// <summary>ContentGenHeadingAnchors (docs/format.md, "Heading anchors"): a labelled self-link in each heading.</summary>
public class HeadingAnchorTests
{
    private static ParseResult Anchored(string markdown, string? extensions = null)
    {
        ContentFile file = ContentGenerator.Describe(ContentProject.Path("Content/a.md"), new FileOptions(null), Parse.Paths);
        return MarkdownArticleParser.Parse(SourceText.From(markdown), file, CancellationToken.None, extensions, headingAnchors: true);
    }

    [Fact]
    public void Each_heading_ends_with_a_self_link_named_by_its_label()
    {
        Assert.Equal(
            "<h1 id=\"guide\">Guide<a class=\"heading-anchor\" href=\"#guide\" aria-label=\"Link to this section: Guide\">#</a></h1>\n"
            + "<p>Text.</p>\n"
            + "<h2 id=\"install-now--more\">Install <em>now</em> &amp; &quot;more&quot;<a class=\"heading-anchor\" href=\"#install-now--more\" aria-label=\"Link to this section: Install now &amp; &quot;more&quot;\">#</a></h2>\n",
            Anchored("# Guide\n\nText.\n\n## Install *now* & \"more\"\n").Article!.Html);
    }

    [Fact]
    public void A_heading_without_an_id_has_no_self_link()
    {
        Assert.Equal("<h1>Guide</h1>\n<p>Text.</p>\n", Anchored("# Guide\n\nText.\n", "commonmark").Article!.Html);
    }

    [Fact]
    public void Off_by_default()
    {
        Assert.Equal("<h1 id=\"guide\">Guide</h1>\n<p>Text.</p>\n", Parse.Markdown("# Guide\n\nText.\n").Article!.Html);
    }

    [Fact]
    public void Heading_texts_stay_spans_of_the_html_and_read_back_without_the_glyph()
    {
        ParseResult result = Anchored("# Guide\n\nText.\n\n## Install *now*\n");
        ArticleModel article = result.Article!;
        // Paragraph, then the two headings: every text a span (start >= 0), none stored twice.
        Assert.All(Enumerable.Range(0, article.HtmlSpans.Count / 2), i => Assert.True(article.HtmlSpans[i * 2] >= 0));

        Article loaded = new ContentProject().Property("ContentGenHeadingAnchors", "true").File("Content/a.md", "# Guide\n\nText.\n\n## Install *now*\n").Generate().LoadArticles().Single();
        Assert.Equal(["Guide", "Install now"], loaded.Headings.Select(h => h.Text));
        Assert.Contains("aria-label=\"Link to this section: Install now\"", loaded.Html, System.StringComparison.Ordinal);
    }
}
