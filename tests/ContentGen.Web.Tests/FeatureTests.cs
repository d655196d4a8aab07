using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ContentGen.Web.Tests;

/// <summary>What a reader of a news site expects: pages of lists with rel="prev"/"next", a page per year, newer and older articles, canonical and Open Graph metadata.</summary>
public sealed class FeatureTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task The_home_page_is_paged_newest_first_with_prev_and_next()
    {
        HttpClient client = Client(("Site:PageSize", "2"));
        string?[][] expected = [["/", null, "/page/2"], ["/page/2", "/", "/page/3"], ["/page/3", "/page/2", "/page/4"], ["/page/4", "/page/3", null]];
        for (int i = 0; i < 4; i++)
        {
            IDocument page = await PageAsync(client, expected[i][0]!);
            Assert.Equal(Sample.Newest[(2 * i)..Math.Min(2 * i + 2, Sample.Newest.Length)], page.QuerySelectorAll("ol.articles h2 a").Select(a => a.TextContent));
            Assert.Equal(expected[i][1], page.QuerySelector("nav.pager a[rel=prev]")?.GetAttribute("href"));
            Assert.Equal(expected[i][2], page.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href"));
            Assert.Equal(Absolute(expected[i][1]), page.QuerySelector("head link[rel=prev]")?.GetAttribute("href"));
            Assert.Equal(Absolute(expected[i][2]), page.QuerySelector("head link[rel=next]")?.GetAttribute("href"));
            Assert.Equal(Absolute(expected[i][0]), page.QuerySelector("head link[rel=canonical]")!.GetAttribute("href"));
            Assert.Contains($"Page {i + 1} of 4", page.QuerySelector("nav.pager")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/page/5")]
    [InlineData("/page/0")]
    [InlineData("/page/-1")]
    [InlineData("/tags/nigeria/page/3")]
    [InlineData("/archive/2022/page/3")]
    [InlineData("/archive/1999")]
    [InlineData("/authors/africa-desk/page/2")]
    [InlineData("/authors/asia-desk/page/2")]
    public async Task A_page_past_the_end_is_404(string url)
    {
        HttpResponseMessage response = await Client(("Site:PageSize", "2")).GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/page/1", "/")]
    [InlineData("/tags/nigeria/page/1", "/tags/nigeria")]
    [InlineData("/archive/2022/page/1", "/archive/2022")]
    [InlineData("/authors/africa-desk/page/1", "/authors/africa-desk")]
    public async Task Page_one_has_one_address(string url, string canonical)
    {
        HttpResponseMessage response = await Client(("Site:PageSize", "1")).GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_author_page_is_paged_too()
    {
        HttpClient client = Client(("Site:PageSize", "1"));
        IDocument first = await PageAsync(client, "/authors/africa-desk");
        Assert.Equal([Sample.Evening], first.QuerySelectorAll("ol.articles h2 a").Select(a => a.TextContent));
        Assert.Equal("/authors/africa-desk/page/2", first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(Absolute("/authors/africa-desk/page/2"), first.QuerySelector("head link[rel=next]")!.GetAttribute("href"));
        IDocument second = await PageAsync(client, "/authors/africa-desk/page/2");
        Assert.Equal([Sample.Fuel], second.QuerySelectorAll("ol.articles h2 a").Select(a => a.TextContent));
        Assert.Equal("/authors/africa-desk", second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(second.QuerySelector("nav.pager a[rel=next]"));
        Assert.Equal(Absolute("/authors/africa-desk/page/2"), second.QuerySelector("head link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Africa desk, page 2 · ContentGen News", second.Title);
    }

    [Fact]
    public async Task A_tag_page_is_paged_too()
    {
        HttpClient client = Client(("Site:PageSize", "1"));
        IDocument first = await PageAsync(client, "/tags/nigeria");
        Assert.Equal([Sample.Blast], first.QuerySelectorAll("ol.articles h2 a").Select(a => a.TextContent));
        Assert.Equal("/tags/nigeria/page/2", first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        IDocument second = await PageAsync(client, "/tags/nigeria/page/2");
        Assert.Equal([Sample.Explainer], second.QuerySelectorAll("ol.articles h2 a").Select(a => a.TextContent));
        Assert.Equal("/tags/nigeria", second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(second.QuerySelector("nav.pager a[rel=next]"));
        Assert.Equal("Tagged nigeria, page 2 · ContentGen News", second.Title);
    }

    [Fact]
    public async Task The_archive_lists_each_year_and_a_year_page_its_articles()
    {
        HttpClient client = Client();
        IDocument archive = await PageAsync(client, "/archive");
        IElement year = Assert.Single(archive.QuerySelectorAll("ul.years li"));
        Assert.Equal("/archive/2022", year.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("2022 (4)", year.TextContent.Trim());

        IDocument page = await PageAsync(client, "/archive/2022");
        Assert.Equal("Published in 2022", page.QuerySelector("h1")!.TextContent);
        Assert.Equal([Sample.Evening, Sample.Morning, Sample.Azovstal, Sample.Fuel], page.QuerySelectorAll("ol.articles h2 a").Select(a => a.TextContent));
        Assert.Null(page.QuerySelector("nav.pager"));
    }

    [Theory]
    [InlineData("/articles/briefings/evening", null, Sample.Morning)]
    [InlineData("/articles/azovstal-last-stand", Sample.Morning, Sample.Fuel)]
    [InlineData("/articles/explainers/illegal-refineries", Sample.Seed, null)]
    public async Task An_article_links_the_newer_and_the_older_one_in_home_page_order(string url, string? newer, string? older)
    {
        IDocument page = await PageAsync(Client(), url);
        Assert.Equal(newer, page.QuerySelector("nav.neighbours a[rel=prev]")?.LastChild!.TextContent.Trim());
        Assert.Equal(older, page.QuerySelector("nav.neighbours a[rel=next]")?.LastChild!.TextContent.Trim());
    }

    [Fact]
    public async Task An_article_has_its_canonical_url_and_open_graph_metadata()
    {
        IDocument page = await PageAsync(Client(), "/articles/azovstal-last-stand");
        string url = Sites.BaseUrl + "articles/azovstal-last-stand";
        Assert.Equal(url, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal(Sample.Azovstal, Meta(page, "og:title"));
        Assert.Equal(url, Meta(page, "og:url"));
        Assert.Equal("ContentGen News", Meta(page, "og:site_name"));
        Assert.StartsWith("The last defenders of Mariupol held out", Meta(page, "og:description"), StringComparison.Ordinal);
        Assert.Equal(Meta(page, "og:description"), page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("2022-04-23T00:00:00+00:00", Meta(page, "article:published_time"));
        Assert.Equal(["ukraine", "russia"], page.QuerySelectorAll("meta[property='article:tag']").Select(m => m.GetAttribute("content")));
    }

    [Fact]
    public async Task A_list_page_is_a_website_in_open_graph_and_an_error_page_has_no_canonical_url()
    {
        HttpClient client = Client();
        IDocument home = await PageAsync(client, "/");
        Assert.Equal("website", Meta(home, "og:type"));
        Assert.Equal(Sites.BaseUrl, home.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Empty(home.QuerySelectorAll("meta[property='article:tag']"));

        HttpResponseMessage missing = await client.GetAsync(new Uri("/articles/no-such-article", UriKind.Relative));
        IDocument error = await new HtmlParser().ParseDocumentAsync(await missing.Content.ReadAsStringAsync());
        Assert.Null(error.QuerySelector("link[rel=canonical]"));
        Assert.Null(error.QuerySelector("meta[property='og:url']"));
    }

    private static string? Absolute(string? path) => path is null ? null : Sites.BaseUrl + path.TrimStart('/');

    private static string Meta(IDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content") ?? throw new Xunit.Sdk.XunitException($"no {property}");

    private HttpClient Client(params (string Key, string Value)[] settings) =>
        Sites.Configured(factory, settings).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<IDocument> PageAsync(HttpClient client, string url)
    {
        HttpResponseMessage response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }
}
