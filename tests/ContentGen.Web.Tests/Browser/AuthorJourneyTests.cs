using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace ContentGen.Web.Tests.Browser;

/// <summary>The site with one article a page, so that the sample's author of two briefings has a page 2.</summary>
public sealed class OneArticleAPageSite() : SiteAndBrowser(Sites.Configured(new WebApplicationFactory<Program>(), ("Site:PageSize", "1")));

/// <summary>A reader following an article's author to the author's pages, and on through a tag.</summary>
public sealed class AuthorJourneyTests(OneArticleAPageSite site) : IClassFixture<OneArticleAPageSite>
{
    [SkippableFact(Timeout = SiteAndBrowser.JourneyTimeout)]
    public async Task From_home_to_an_article_its_author_the_authors_page_2_a_tag_and_another_article()
    {
        // Retrying assertions on the URL and the page, not waits for a load event (see JourneyTests).
        await using Journey journey = await site.StartAsync();
        IPage page = journey.Page;
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = Sample.Evening }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(UrlEndsWith("/articles/briefings/evening"));

        await page.Locator("article .meta").GetByRole(AriaRole.Link, new() { Name = "Africa desk" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(UrlEndsWith("/authors/africa-desk"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Africa desk");
        await Assertions.Expect(page.Locator("main p.author")).ToHaveTextAsync("Based in Lagos");
        await Assertions.Expect(page.Locator("ol.articles h2 a")).ToHaveTextAsync([Sample.Evening]);

        await page.Locator("nav.pager a[rel=next]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(UrlEndsWith("/authors/africa-desk/page/2"));
        await Assertions.Expect(page.Locator("ol.articles h2 a")).ToHaveTextAsync([Sample.Fuel]);
        await Assertions.Expect(page.Locator("nav.pager a[rel=next]")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Site" }).GetByRole(AriaRole.Link, new() { Name = "Tags" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(UrlEndsWith("/tags"));
        await page.Locator("ul.tags").GetByRole(AriaRole.Link, new() { Name = "#nigeria" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(UrlEndsWith("/tags/nigeria"));
        await Assertions.Expect(page.Locator("ol.articles h2 a")).ToHaveTextAsync([Sample.Blast]);

        await page.GetByRole(AriaRole.Link, new() { Name = Sample.Blast }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(UrlEndsWith("/articles/nigeria-oil-blast"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(Sample.Blast);
    }

    [SkippableFact(Timeout = SiteAndBrowser.JourneyTimeout)]
    public async Task The_authors_page_in_the_site_navigation_leads_to_each_authors_page()
    {
        await using Journey journey = await site.StartAsync();
        IPage page = journey.Page;
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Site" }).GetByRole(AriaRole.Link, new() { Name = "Authors" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(UrlEndsWith("/authors"));
        await Assertions.Expect(page.Locator("ul.authors li")).ToHaveTextAsync(["Asia desk (1)", "Africa desk (2)"]);

        await page.Locator("ul.authors").GetByRole(AriaRole.Link, new() { Name = "Asia desk" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(UrlEndsWith("/authors/asia-desk"));
        await Assertions.Expect(page.Locator("ol.articles h2 a")).ToHaveTextAsync([Sample.Morning]);
    }

    private static Regex UrlEndsWith(string path) => new(Regex.Escape(path) + "$", RegexOptions.None, TimeSpan.FromSeconds(1));
}
