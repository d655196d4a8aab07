using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;

namespace ContentGen.Web.Tests.Browser;

/// <summary>The published sample, started from its output folder: assets, pages, pagination and headers, over HTTP and in Chromium.</summary>
public sealed class PublishedSiteTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    private const string Image = "explainers/images/drum-refinery.svg";

    [Fact]
    public void The_publish_folder_holds_the_content_assets_and_no_article_source()
    {
        string content = Path.Combine(site.Folder, "Content");
        Assert.True(File.Exists(Path.Combine(content, Image)), $"{Image} is not in {content}");
        Assert.DoesNotContain(Directory.GetFiles(content, "*.*", SearchOption.AllDirectories), f => Path.GetExtension(f) is ".md" or ".txt" or ".markdown");
    }

    [Fact]
    public async Task The_published_site_serves_a_page_and_an_image()
    {
        using var client = new HttpClient { BaseAddress = site.Address };
        HttpResponseMessage page = await client.GetAsync(new Uri("/articles/explainers/illegal-refineries", UriKind.Relative));
        Assert.True(page.StatusCode == HttpStatusCode.OK, site.Output);
        var document = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync());
        Assert.Equal(Sample.Explainer, document.QuerySelector("h1")!.TextContent);
        Assert.Equal(Sites.BaseUrl + "articles/explainers/illegal-refineries", document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        HttpResponseMessage image = await client.GetAsync(new Uri("/articles/" + Image, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/svg+xml", image.Content.Headers.ContentType!.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(site.Folder, "Content", Image)), await image.Content.ReadAsByteArrayAsync());

        HttpResponseMessage css = await client.GetAsync(new Uri("/site.css", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
    }

    [SkippableFact]
    public async Task A_reader_pages_through_the_home_page_and_back()
    {
        await using Journey journey = await site.StartAsync();
        IPage page = journey.Page;
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("ol.articles h2 a")).ToHaveTextAsync(Sample.Newest[..2]);
        Assert.Equal(Sites.BaseUrl + "page/2", await page.Locator("head link[rel=next]").GetAttributeAsync("href"));

        await page.Locator("nav.pager a[rel=next]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Navigation.UrlEndsWith("/page/2"));
        await Assertions.Expect(page.Locator("ol.articles h2 a")).ToHaveTextAsync(Sample.Newest[2..4]);
        await page.Locator("nav.pager a[rel=next]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Navigation.UrlEndsWith("/page/3"));
        await Assertions.Expect(page.Locator("ol.articles h2 a")).ToHaveTextAsync(Sample.Newest[4..6]);
        await page.Locator("nav.pager a[rel=next]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Navigation.UrlEndsWith("/page/4"));
        await Assertions.Expect(page.Locator("ol.articles h2 a")).ToHaveTextAsync(Sample.Newest[6..]);
        Assert.Equal(0, await page.Locator("nav.pager a[rel=next]").CountAsync());

        await page.Locator("nav.pager a[rel=prev]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Navigation.UrlEndsWith("/page/3"));
        await page.Locator("nav.pager a[rel=prev]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Navigation.UrlEndsWith("/page/2"));
        await page.Locator("nav.pager a[rel=prev]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.Address.ToString());
        await Assertions.Expect(page.Locator("nav.pager span")).ToHaveTextAsync("Page 1 of 4");
    }

    [SkippableFact]
    public async Task An_article_of_the_published_site_shows_its_image_and_links_the_older_one()
    {
        await using Journey journey = await site.StartAsync();
        IPage page = journey.Page;
        await page.GotoAsync("/articles/azovstal-last-stand");
        await page.Locator("nav.neighbours a[rel=next]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Navigation.UrlEndsWith("/articles/briefings/fuel"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(Sample.Fuel);

        await page.GotoAsync("/articles/explainers/illegal-refineries");
        ILocator image = page.GetByAltText("A sketch of a drum refinery");
        await image.ScrollIntoViewIfNeededAsync();
        Assert.Equal(120, await image.EvaluateAsync<int>("img => img.naturalWidth"));
    }

    [SkippableFact]
    public async Task A_page_has_its_security_headers_and_the_browser_runs_no_inline_script()
    {
        // Its own context, not a Journey: the blocked script is a console error on purpose.
        Skip.If(site.Browser is null, site.MissingReason);
        await using IBrowserContext context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.Address.ToString() });
        IPage page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) => violations.Add($"{message.Type}: {message.Text}");

        IResponse response = (await page.GotoAsync("/articles/explainers/illegal-refineries"))!;
        Dictionary<string, string> headers = await response.AllHeadersAsync() is var all ? new(all, StringComparer.OrdinalIgnoreCase) : [];
        Assert.Contains("script-src 'self'", headers["content-security-policy"], StringComparison.Ordinal);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.Equal("strict-origin-when-cross-origin", headers["referrer-policy"]);
        Assert.False(headers.ContainsKey("strict-transport-security"), "HSTS is for HTTPS responses only; this one is plain HTTP on 127.0.0.1");
        Assert.True(violations.Count == 0, string.Join("\n", violations));

        Assert.False(await page.EvaluateAsync<bool>("""
            () => {
                const script = document.createElement('script');
                script.textContent = 'window.inlineRan = true';
                document.body.appendChild(script);
                return window.inlineRan === true;
            }
            """));
        Assert.Contains(violations, v => v.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task An_svg_opened_as_a_page_runs_no_script()
    {
        Skip.If(site.Browser is null, site.MissingReason);
        await using IBrowserContext context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.Address.ToString() });
        IPage page = await context.NewPageAsync();
        IResponse response = (await page.GotoAsync("/articles/" + Image))!;
        Assert.Contains("sandbox", await response.HeaderValueAsync("content-security-policy"), StringComparison.Ordinal);
        Assert.False(await page.EvaluateAsync<bool>("""
            () => {
                const script = document.createElementNS('http://www.w3.org/2000/svg', 'script');
                script.textContent = 'window.svgRan = true';
                document.documentElement.appendChild(script);
                return window.svgRan === true;
            }
            """));
    }
}
