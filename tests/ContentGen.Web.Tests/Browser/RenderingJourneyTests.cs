using Microsoft.Playwright;

namespace ContentGen.Web.Tests.Browser;

/// <summary>What compile-time rendering gives a reader in Chromium (issue #22): no layout shift, coloured code in both schemes, links that land on pages.</summary>
public sealed class RenderingJourneyTests(SiteAndBrowser site) : IClassFixture<SiteAndBrowser>
{
    [SkippableFact]
    public async Task Every_image_of_every_page_has_a_width_and_a_height()
    {
        await using Journey journey = await site.StartAsync();
        IPage page = journey.Page;
        foreach (string url in new[] { "/", "/articles/explainers/illegal-refineries", "/articles/000-acdc7d00acb03fa1" })
        {
            await page.GotoAsync(url);
            string[] missing = await page.EvaluateAsync<string[]>("() => [...document.images].filter(i => !i.getAttribute('width') || !i.getAttribute('height')).map(i => i.src)");
            Assert.True(missing.Length == 0, url + ": " + string.Join(", ", missing));
        }

        await page.GotoAsync("/articles/explainers/illegal-refineries");
        ILocator image = page.GetByAltText("A sketch of a drum refinery");
        // The box is laid out at the image's size before it loads: 120 x 60 from the attributes.
        Assert.Equal(0.5, await image.EvaluateAsync<double>("img => img.getBoundingClientRect().height / img.getBoundingClientRect().width"), 2);
    }

    [SkippableFact]
    public async Task Code_is_coloured_by_the_stylesheet_light_and_dark()
    {
        await using Journey journey = await site.StartAsync();
        IPage page = journey.Page;
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        await page.GotoAsync("/articles/explainers/illegal-refineries");
        ILocator comment = page.Locator("pre.hl .hl-comment");
        Assert.Equal("rgb(89, 99, 110)", await comment.EvaluateAsync<string>("e => getComputedStyle(e).color"));
        Assert.Equal("rgb(246, 248, 250)", await page.Locator("pre.hl").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));

        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        Assert.Equal("rgb(145, 152, 161)", await comment.EvaluateAsync<string>("e => getComputedStyle(e).color"));
        Assert.Equal("rgb(22, 27, 34)", await page.Locator("pre.hl").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
    }

    [SkippableFact]
    public async Task A_link_to_another_article_lands_on_its_page_without_a_redirect()
    {
        await using Journey journey = await site.StartAsync();
        IPage page = journey.Page;
        await page.GotoAsync("/articles/explainers/illegal-refineries");
        var statuses = new List<int>();
        page.Response += (_, response) => statuses.Add(response.Status);
        await page.Locator(".body").GetByRole(AriaRole.Link, new() { Name = "the blast in April" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Navigation.UrlEndsWith("/articles/nigeria-oil-blast"));
        Assert.DoesNotContain(301, statuses);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(Sample.Blast);
    }
}
