using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ContentGen.Web.Tests;

/// <summary>
/// What ContentGen renders at compile time, as the site serves it (issue #22): page links instead
/// of source files, images with their sizes, highlighted code and its stylesheet.
/// </summary>
public sealed class RenderingRouteTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<IDocument> PageAsync(string url) =>
        await new HtmlParser().ParseDocumentAsync(await _client.GetStringAsync(new Uri(url, UriKind.Relative)));

    [Fact]
    public async Task A_link_between_articles_is_the_page_url_and_an_anchor_stays_an_anchor()
    {
        IDocument page = await PageAsync("/articles/explainers/illegal-refineries");
        string[] links = [.. page.QuerySelectorAll(".body a").Select(a => a.GetAttribute("href") ?? string.Empty)];
        Assert.Equal(["/articles/nigeria-oil-blast", "#what-goes-wrong"], links);
    }

    [Fact]
    public async Task Every_image_has_its_width_and_height_and_its_url_under_the_site()
    {
        IDocument page = await PageAsync("/articles/explainers/illegal-refineries");
        IElement image = Assert.Single(page.QuerySelectorAll(".body img"));
        Assert.Equal(("120", "60"), (image.GetAttribute("width"), image.GetAttribute("height")));
        HttpResponseMessage svg = await _client.GetAsync(new Uri(image.GetAttribute("src")!, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, svg.StatusCode);
    }

    [Fact]
    public async Task A_code_block_is_highlighted_and_the_page_links_the_light_and_dark_stylesheet()
    {
        IDocument page = await PageAsync("/articles/explainers/illegal-refineries");
        IElement code = Assert.Single(page.QuerySelectorAll(".body pre.hl code.language-yaml"));
        Assert.Equal(["tags", ":", "# each tag has its own page"], code.QuerySelectorAll("span").Select(s => s.TextContent));
        Assert.Equal(["hl-property", "hl-punctuation", "hl-comment"], code.QuerySelectorAll("span").Select(s => s.ClassName));
        Assert.Contains("/code.css", page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")));

        HttpResponseMessage css = await _client.GetAsync(new Uri("/code.css", UriKind.Relative));
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
        string text = await css.Content.ReadAsStringAsync();
        Assert.Contains(".hl .hl-comment { color: #59636e; font-style: italic; }", text, StringComparison.Ordinal);
        Assert.Contains("@media (prefers-color-scheme: dark) {\n  pre.hl { color: #e6edf3; background: #161b22; }", text, StringComparison.Ordinal);
    }
}
