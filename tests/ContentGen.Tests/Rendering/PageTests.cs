using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Generator;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ContentGen.Tests.Rendering;

/// <summary>
/// The page step (docs/format.md, "Links to pages" and "Images"): links between articles as page
/// URLs, assets under their URL pattern, local images with their sizes, without running Markdig again.
/// </summary>
public class PageTests
{
    private const string Table = "obj/ContentGen.images";

    private static ContentProject Site() => new ContentProject()
        .File("Content/guide/intro.md", "# Intro\n\nSee [the setup](setup.md#install-it) and [top](setup.md) and [self](#intro), [away](https://example.com/x).\n\nAlso the [chart](img/chart.png?v=2).\n")
        .File("Content/guide/setup.md", "# Setup\n\n## Install it\n\nText.\n")
        .File("Content/guide/img/chart.png", SourceText.From(string.Empty), itemType: "ContentGenAsset");

    private static ContentProject WithImages(ContentProject project, params string[] rows) => project
        .Property("ContentGenImageTable", Table)
        .File(Table, SourceText.From("ContentGen images 1\n" + string.Concat(rows.Select(r => r + "\n"))), itemType: "None");

    private static Article Load(ContentProject project, string path) => project.Generate().LoadArticles().Single(a => a.SourcePath == path);

    [Fact]
    public void Unset_the_html_keeps_every_destination_as_written()
    {
        Article intro = Load(Site(), "Content/guide/intro.md");
        Assert.Equal(
            "<h1 id=\"intro\">Intro</h1>\n<p>See <a href=\"setup.md#install-it\">the setup</a> and <a href=\"setup.md\">top</a> and <a href=\"#intro\">self</a>, <a href=\"https://example.com/x\">away</a>.</p>\n<p>Also the <a href=\"img/chart.png?v=2\">chart</a>.</p>\n",
            intro.Html);
    }

    [Fact]
    public void With_a_page_pattern_links_between_articles_are_page_urls_with_their_anchors_and_Link_keeps_the_destination()
    {
        Article intro = Load(Site().Property("ContentGenPageUrl", "/docs/{slug}/"), "Content/guide/intro.md");
        Assert.Equal(
            "<h1 id=\"intro\">Intro</h1>\n<p>See <a href=\"/docs/guide/setup/#install-it\">the setup</a> and <a href=\"/docs/guide/setup/\">top</a> and <a href=\"#intro\">self</a>, <a href=\"https://example.com/x\">away</a>.</p>\n<p>Also the <a href=\"img/chart.png?v=2\">chart</a>.</p>\n",
            intro.Html);
        Assert.Equal(["setup.md#install-it", "setup.md", "#intro", "https://example.com/x", "img/chart.png?v=2"], intro.Links.Select(l => l.Destination));
        Assert.Equal(["the setup", "top", "self", "away", "chart"], intro.Links.Select(l => l.Text));
        Assert.Equal(["See the setup and top and self, away.", "Also the chart."], intro.Paragraphs.Select(p => p.Text));
        Assert.Equal("Setup", intro.Links[0].Target?.Title);
    }

    [Fact]
    public void With_an_asset_pattern_links_and_images_to_assets_are_asset_urls()
    {
        Article intro = Load(Site().Property("ContentGenAssetUrl", "https://cdn.example.com/{path}"), "Content/guide/intro.md");
        Assert.True(intro.Html.Contains("<a href=\"https://cdn.example.com/guide/img/chart.png?v=2\">chart</a>", StringComparison.Ordinal), intro.Html);
        Assert.Contains("<a href=\"setup.md#install-it\">", intro.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Slugs_are_escaped_segment_by_segment()
    {
        Article a = Load(new ContentProject()
            .Property("ContentGenPageUrl", "/articles/{slug}")
            .File("Content/a.md", "# A\n\n[b](<news/Über uns.md>)\n")
            .File("Content/news/Über uns.md", "# B\n\nText.\n"), "Content/a.md");
        Assert.Equal("<h1 id=\"a\">A</h1>\n<p><a href=\"/articles/news/%C3%BCber-uns\">b</a></p>\n", a.Html);
    }

    [Fact]
    public void Images_get_their_size_and_every_image_after_the_first_loads_lazily()
    {
        ContentProject project = WithImages(
            new ContentProject()
                .File("Content/a.md", "# A\n\n![First](one.png)\n\nText with ![inline](two.jpg \"t\") image.\n\n<p><img src=\"one.png\" alt=\"raw\"><img src='two.jpg' width=\"10\" loading=\"eager\"/></p>\n\n![remote](https://example.com/x.png)\n")
                .File("Content/one.png", SourceText.From(string.Empty), itemType: "ContentGenAsset")
                .File("Content/two.jpg", SourceText.From(string.Empty), itemType: "ContentGenAsset"),
            "/project/Content/one.png\t640\t480\tpng\t",
            "/project/Content/two.jpg\t1200\t800\tjpeg\t");
        Article a = Load(project, "Content/a.md");
        Assert.Equal(
            "<h1 id=\"a\">A</h1>\n"
            + "<p><img src=\"one.png\" alt=\"First\" width=\"640\" height=\"480\" /></p>\n"
            + "<p>Text with <img src=\"two.jpg\" alt=\"inline\" title=\"t\" width=\"1200\" height=\"800\" loading=\"lazy\" /> image.</p>\n"
            + "<p><img src=\"one.png\" alt=\"raw\" width=\"640\" height=\"480\" loading=\"lazy\"><img src='two.jpg' width=\"10\" loading=\"eager\"/></p>\n"
            + "<p><img src=\"https://example.com/x.png\" alt=\"remote\" /></p>\n",
            a.Html);
        // The texts are still read from the shifted spans of the HTML.
        Assert.Equal(["Text with  image."], a.Paragraphs.Select(p => p.Text)); // The image's place keeps its two spaces, as before.
        Assert.Equal("A", Assert.Single(a.Headings).Text);
    }

    [Fact]
    public void An_unreadable_an_unsupported_and_a_missing_raw_image_are_errors_at_their_reference()
    {
        ContentProject project = WithImages(
            new ContentProject()
                .File("Content/a.md", "# A\n\n![broken](bad.png)\n\n![scan](scan.bmp)\n\n<img src=\"gone.png\">\n")
                .File("Content/bad.png", SourceText.From(string.Empty), itemType: "ContentGenAsset")
                .File("Content/scan.bmp", SourceText.From(string.Empty), itemType: "ContentGenAsset"),
            "/project/Content/bad.png\t0\t0\t\tthe file is empty");
        GenerationResult result = project.Generate();
        Assert.Equal(
            [
                "CG0041 Error /project/Content/a.md(3,11): The image 'bad.png' ('Content/bad.png') cannot be shown: the file is empty",
                "CG0042 Error /project/Content/a.md(5,9): The image 'scan.bmp' ('Content/scan.bmp') is not JPEG, PNG, GIF, WebP or SVG; convert it to one of them",
                "CG0027 Error /project/Content/a.md(7,11): " + Assert.Single(result.Errors("CG0027")).GetMessage(),
            ],
            result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => DiagnosticText.Where(d) + ": " + d.GetMessage()));
        Assert.Contains("'gone.png'", Assert.Single(result.Errors("CG0027")).GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_image_table_images_are_as_markdig_wrote_them()
    {
        Article a = Load(new ContentProject()
            .File("Content/a.md", "# A\n\n![x](one.png)\n\n![y](one.png)\n")
            .File("Content/one.png", SourceText.From(string.Empty), itemType: "ContentGenAsset"), "Content/a.md");
        Assert.Equal("<h1 id=\"a\">A</h1>\n<p><img src=\"one.png\" alt=\"x\" /></p>\n<p><img src=\"one.png\" alt=\"y\" /></p>\n", a.Html);
    }

    [Fact]
    public void A_pattern_without_its_placeholder_is_CG0013()
    {
        GenerationResult result = Site().Property("ContentGenPageUrl", "/articles/").Generate();
        Assert.Equal("Invalid ContentGen setting ContentGenPageUrl = '/articles/': a URL pattern holds {slug}, such as '/articles/{slug}'", Assert.Single(result.Errors("CG0013")).GetMessage());
    }

    [Fact]
    public void A_changed_image_table_reruns_the_page_step_but_no_parse()
    {
        ContentProject project = WithImages(
            new ContentProject()
                .File("Content/a.md", "# A\n\n![x](one.png)\n")
                .File("Content/b.md", "# B\n\nNo image.\n")
                .File("Content/one.png", SourceText.From(string.Empty), itemType: "ContentGenAsset"),
            "/project/Content/one.png\t640\t480\tpng\t");
        Compilation compilation = project.Compilation();
        GeneratorDriver driver = project.Driver().RunGenerators(compilation);
        AdditionalText table = project.AdditionalTexts.Single(t => t.Path.EndsWith(Table, StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(table, ContentProject.Text(table.Path, "ContentGen images 1\n/project/Content/one.png\t320\t240\tpng\t\n")).RunGenerators(compilation);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        Assert.All(result.TrackedSteps[TrackingNames.Parse].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        IncrementalStepRunReason[] pages = [.. result.TrackedSteps[TrackingNames.Pages].SelectMany(s => s.Outputs).Select(o => o.Reason)];
        Assert.Equal([IncrementalStepRunReason.Modified, IncrementalStepRunReason.Unchanged], pages);
    }
}
