using System.ServiceModel.Syndication;
using System.Xml;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ContentGen.Web.Tests.Browser;

/// <summary>A reader's journeys through the running site, in headless Chromium.</summary>
public sealed partial class JourneyTests(SiteAndBrowser site) : IClassFixture<SiteAndBrowser>
{
    [SkippableFact(Timeout = SiteAndBrowser.JourneyTimeout)]
    public async Task Home_lists_every_article_and_opening_one_shows_its_paragraphs_and_headings()
    {
        await using Journey journey = await site.StartAsync();
        IPage page = journey.Page;
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("ol.articles > li h2 a")).ToHaveTextAsync(Sample.Newest);

        await page.GetByRole(AriaRole.Link, new() { Name = Sample.Explainer }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Navigation.UrlEndsWith("/articles/explainers/illegal-refineries"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(Sample.Explainer);
        Assert.Equal(Sample.Explainer + " · ContentGen News", await page.TitleAsync());
        Assert.StartsWith("Makeshift refineries in the Niger Delta", await page.Locator(".body p").First.TextContentAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".body h2")).ToHaveTextAsync(["What goes wrong"]);

        // The table of contents jumps to the heading.
        await page.Locator("nav.contents a").ClickAsync();
        Assert.EndsWith("#what-goes-wrong", page.Url, StringComparison.Ordinal);
    }

    [SkippableFact(Timeout = SiteAndBrowser.JourneyTimeout)]
    public async Task A_related_link_goes_to_its_target_and_a_backlink_comes_back()
    {
        await using Journey journey = await site.StartAsync();
        IPage page = journey.Page;
        await page.GotoAsync("/articles/000-acdc7d00acb03fa1");
        await page.Locator(".related").GetByRole(AriaRole.Link, new() { Name = Sample.Blast }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Navigation.UrlEndsWith("/articles/nigeria-oil-blast"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(Sample.Blast);

        await page.Locator(".backlinks").GetByRole(AriaRole.Link, new() { Name = Sample.Seed }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Navigation.UrlEndsWith("/articles/000-acdc7d00acb03fa1"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(Sample.Seed);
    }

    [SkippableFact(Timeout = SiteAndBrowser.JourneyTimeout)]
    public async Task A_link_in_markdown_to_another_articles_file_arrives_at_its_page()
    {
        await using Journey journey = await site.StartAsync();
        IPage page = journey.Page;
        await page.GotoAsync("/articles/explainers/illegal-refineries");
        await page.Locator(".body").GetByRole(AriaRole.Link, new() { Name = "the blast in April" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Navigation.UrlEndsWith("/articles/nigeria-oil-blast"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(Sample.Blast);
    }

    [SkippableFact(Timeout = SiteAndBrowser.JourneyTimeout)]
    public async Task A_tag_leads_to_the_page_of_that_tag()
    {
        await using Journey journey = await site.StartAsync();
        IPage page = journey.Page;
        await page.GotoAsync("/articles/azovstal-last-stand");
        await page.GetByRole(AriaRole.Link, new() { Name = "#ukraine" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Navigation.UrlEndsWith("/tags/ukraine"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tagged #ukraine");
        await Assertions.Expect(page.Locator("ol.articles h2 a")).ToHaveTextAsync([Sample.Azovstal]);
    }

    [SkippableFact(Timeout = SiteAndBrowser.JourneyTimeout)]
    public async Task From_home_through_an_articles_tag_and_the_tags_page_to_another_article()
    {
        // Retrying assertions on the URL and the page, not waits for a load event: under a loaded
        // machine a wait that starts after the event has fired can miss it (seen once: a 60 s
        // timeout in WaitForLoadState after "networkidle", which follows "load").
        await using Journey journey = await site.StartAsync();
        IPage page = journey.Page;
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = Sample.Explainer }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Navigation.UrlEndsWith("/articles/explainers/illegal-refineries"));

        await page.Locator("article .meta").GetByRole(AriaRole.Link, new() { Name = "#nigeria" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Navigation.UrlEndsWith("/tags/nigeria"));
        await Assertions.Expect(page.Locator("ol.articles h2 a")).ToHaveTextAsync([Sample.Blast, Sample.Explainer]);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Site" }).GetByRole(AriaRole.Link, new() { Name = "Tags" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Navigation.UrlEndsWith("/tags"));
        await Assertions.Expect(page.Locator("ul.tags li")).ToHaveTextAsync(["#energy (1)", "#nigeria (2)", "#russia (1)", "#ukraine (1)"]);

        await page.Locator("ul.tags").GetByRole(AriaRole.Link, new() { Name = "#russia" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Navigation.UrlEndsWith("/tags/russia"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tagged #russia");
        await page.GetByRole(AriaRole.Link, new() { Name = Sample.Azovstal }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Navigation.UrlEndsWith("/articles/azovstal-last-stand"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(Sample.Azovstal);
    }

    [SkippableFact(Timeout = SiteAndBrowser.JourneyTimeout)]
    public async Task The_feed_parses_with_one_item_per_article()
    {
        await using Journey journey = await site.StartAsync();
        IAPIResponse response = await journey.Page.APIRequest.GetAsync("/feed.xml");
        Assert.Equal(200, response.Status);
        using XmlReader reader = XmlReader.Create(new MemoryStream(await response.BodyAsync()));
        SyndicationFeed feed = SyndicationFeed.Load(reader);
        Assert.Equal(Sample.Newest.Length, feed.Items.Count());
        Assert.All(feed.Items, item => Assert.Equal(site.Address.Host, Assert.Single(item.Links).Uri.Host));
    }

    [SkippableFact(Timeout = SiteAndBrowser.JourneyTimeout)]
    public async Task An_unknown_slug_shows_the_404_page_with_status_404()
    {
        await using Journey journey = await site.StartAsync();
        IResponse? response = await journey.Page.GotoAsync("/articles/no-such-article");
        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", await journey.Page.Locator("h1").TextContentAsync());
    }

    [SkippableFact(Timeout = SiteAndBrowser.JourneyTimeout)]
    public async Task An_image_of_an_article_loads()
    {
        await using Journey journey = await site.StartAsync();
        IPage page = journey.Page;
        await page.GotoAsync("/articles/explainers/illegal-refineries");
        ILocator image = page.GetByAltText("A sketch of a drum refinery");
        await image.ScrollIntoViewIfNeededAsync();
        Assert.True(await image.EvaluateAsync<bool>("img => img.complete"));
        Assert.Equal(120, await image.EvaluateAsync<int>("img => img.naturalWidth"));
    }

    [SkippableTheory(Timeout = SiteAndBrowser.JourneyTimeout)]
    [InlineData("/")]
    [InlineData("/articles/000-acdc7d00acb03fa1")]
    [InlineData("/articles/explainers/illegal-refineries")]
    [InlineData("/tags/ukraine")]
    [InlineData("/tags")]
    [InlineData("/archive")]
    [InlineData("/archive/2022")]
    [InlineData("/authors")]
    [InlineData("/authors/africa-desk")]
    [InlineData("/articles/briefings/evening")]
    [InlineData("/not-found")]
    public async Task Pages_have_no_accessibility_violations(string url)
    {
        await using Journey journey = await site.StartAsync();
        await journey.Page.GotoAsync(url);
        AxeResult result = await journey.Page.RunAxe();
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
    }

    [SkippableFact(Timeout = SiteAndBrowser.JourneyTimeout)]
    public async Task A_screenshot_of_an_article_is_saved_as_a_test_artifact()
    {
        await using Journey journey = await site.StartAsync();
        await journey.Page.GotoAsync("/articles/explainers/illegal-refineries");
        string path = Path.Combine(SiteAndBrowser.ArtifactsDirectory, "article.png");
        Directory.CreateDirectory(SiteAndBrowser.ArtifactsDirectory);
        File.Delete(path);
        byte[] png = await journey.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(File.Exists(path));
        Assert.Equal("\u0089PNG", System.Text.Encoding.Latin1.GetString(png, 0, 4));
        Assert.True(png.Length > 10_000, $"a {png.Length}-byte screenshot is too small to show the article");
    }
}
