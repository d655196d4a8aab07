using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ContentGen.Web.Tests;

/// <summary>Every page of the site in memory (TestServer): status, content type and the parsed HTML.</summary>
public sealed class RouteTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = Sites.Configured(factory).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Home_lists_every_article_newest_first_with_date_reading_time_tags_and_summary()
    {
        IDocument home = await PageAsync("/");
        Assert.Equal(Sample.Newest, home.QuerySelectorAll("ol.articles > li h2 a").Select(a => a.TextContent));
        IElement azovstal = home.QuerySelectorAll("ol.articles > li")[2];
        Assert.Equal("2022-04-23", azovstal.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("1 min read", azovstal.TextContent, StringComparison.Ordinal);
        Assert.Equal(["#ukraine", "#russia"], azovstal.QuerySelectorAll("a.tag").Select(a => a.TextContent));
        Assert.StartsWith("The last defenders of Mariupol held out", azovstal.QuerySelector("p:not(.meta)")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/articles/azovstal-last-stand", azovstal.QuerySelector("h2 a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/000-acdc7d00acb03fa1")]
    [InlineData("/articles/explainers/illegal-refineries")]
    [InlineData("/tags/ukraine")]
    [InlineData("/tags")]
    [InlineData("/archive")]
    [InlineData("/archive/2022")]
    [InlineData("/authors")]
    [InlineData("/authors/africa-desk")]
    [InlineData("/no/such/page")]
    public async Task Every_page_has_a_language_one_h1_a_title_and_no_skipped_heading_level(string url)
    {
        HttpResponseMessage response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        IDocument page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.EndsWith(" · ContentGen News", page.Title, StringComparison.Ordinal);
        int previous = 1;
        foreach (IElement heading in page.QuerySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6"))
        {
            int level = heading.LocalName[1] - '0';
            Assert.True(level <= previous + 1, $"{url}: <{heading.LocalName}> '{heading.TextContent}' follows an h{previous}");
            previous = level;
        }
    }

    [Fact]
    public async Task An_article_page_shows_title_body_contents_related_links_and_backlinks()
    {
        IDocument page = await PageAsync("/articles/000-acdc7d00acb03fa1");
        Assert.Equal(Sample.Seed, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(Sample.Seed + " · ContentGen News", page.Title);
        // The seed has 17 blocks: 12 paragraphs (its lead among them) and 5 "Also read:" links.
        Assert.Equal(12, page.QuerySelectorAll(".body p").Length);
        Assert.Equal("2 min read", page.QuerySelector(".meta span")!.TextContent);

        // Related links: two resolve to articles of the site, three name articles it does not have.
        IElement[] related = [.. page.QuerySelectorAll(".related li")];
        Assert.Equal(5, related.Length);
        Assert.Equal(("/articles/nigeria-oil-blast", Sample.Blast), (related[0].QuerySelector("a")!.GetAttribute("href"), related[0].TextContent.Trim()));
        Assert.Equal(("/articles/azovstal-last-stand", Sample.Azovstal), (related[1].QuerySelector("a")!.GetAttribute("href"), related[1].TextContent.Trim()));
        Assert.All(related[2..], li => Assert.Null(li.QuerySelector("a")));
        Assert.Equal("Ukraine marks Orthodox Easter with prayers for those trapped", related[4].TextContent.Trim());

        Assert.Equal([Sample.Azovstal, Sample.Morning], page.QuerySelectorAll(".backlinks a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task A_markdown_article_has_its_contents_its_image_with_alt_text_and_no_second_h1()
    {
        IDocument page = await PageAsync("/articles/explainers/illegal-refineries");
        Assert.Equal(Sample.Explainer, Assert.Single(page.QuerySelectorAll("h1")).TextContent);
        IElement contents = Assert.Single(page.QuerySelectorAll("nav.contents a"));
        Assert.Equal("#what-goes-wrong", contents.GetAttribute("href"));
        Assert.NotNull(page.GetElementById("what-goes-wrong"));
        IElement image = Assert.Single(page.QuerySelectorAll(".body img"));
        Assert.Equal("A sketch of a drum refinery", image.GetAttribute("alt"));
        Assert.Equal("/articles/explainers/images/drum-refinery.svg", image.GetAttribute("src"));
        Assert.Equal(["#nigeria", "#energy"], page.QuerySelectorAll(".meta a.tag").Select(a => a.TextContent));
    }

    [Fact]
    public async Task A_tag_page_lists_its_articles_and_an_unknown_tag_is_404()
    {
        IDocument page = await PageAsync("/tags/nigeria");
        Assert.Equal("Tagged #nigeria", page.QuerySelector("h1")!.TextContent);
        Assert.Equal([Sample.Blast, Sample.Explainer], page.QuerySelectorAll("ol.articles h2 a").Select(a => a.TextContent));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri("/tags/sport", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_tags_page_lists_every_tag_by_name_with_its_count_and_its_page()
    {
        IDocument page = await PageAsync("/tags");
        Assert.Equal("Tags", page.QuerySelector("h1")!.TextContent);
        IElement[] tags = [.. page.QuerySelectorAll("ul.tags li")];
        Assert.Equal(["#energy (1)", "#nigeria (2)", "#russia (1)", "#ukraine (1)"], tags.Select(li => li.TextContent.Trim()));
        Assert.Equal(Sample.Tags.Select(tag => "/tags/" + tag), tags.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(Sites.BaseUrl + "tags", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/tags/Nigeria", "/tags/nigeria")]
    [InlineData("/tags/NIGERIA/page/2", "/tags/nigeria/page/2")]
    [InlineData("/tags/Ukraine/page/1", "/tags/ukraine")]
    public async Task Another_form_of_a_tag_is_a_301_to_its_slugs_page(string url, string location)
    {
        // The tag pages before typed terms were at the tag as written; a term answers to any of its forms.
        HttpResponseMessage response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Tag_links_on_an_article_go_to_the_pages_of_its_terms()
    {
        IDocument page = await PageAsync("/articles/azovstal-last-stand");
        Assert.Equal(["/tags/ukraine", "/tags/russia"], page.QuerySelectorAll(".meta a.tag").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_authors_page_lists_every_author_with_their_count_and_their_page()
    {
        IDocument page = await PageAsync("/authors");
        Assert.Equal("Authors", page.QuerySelector("h1")!.TextContent);
        IElement[] authors = [.. page.QuerySelectorAll("ul.authors li")];
        Assert.Equal(["Asia desk (1)", "Africa desk (2)"], authors.Select(li => li.TextContent.Trim()));
        Assert.Equal(["/authors/asia-desk", "/authors/africa-desk"], authors.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(Sites.BaseUrl + "authors", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_author_page_shows_the_authors_name_and_base_and_their_articles_newest_first()
    {
        IDocument page = await PageAsync("/authors/africa-desk");
        Assert.Equal("Africa desk", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Africa desk · ContentGen News", page.Title);
        Assert.Equal("Based in Lagos", page.QuerySelector("main p.author")!.TextContent);
        Assert.Equal([Sample.Evening, Sample.Fuel], page.QuerySelectorAll("ol.articles h2 a").Select(a => a.TextContent));
        Assert.Equal(Sites.BaseUrl + "authors/africa-desk", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("website", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal("Articles by Africa desk.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Null(page.QuerySelector("nav.pager"));
    }

    [Fact]
    public async Task A_briefing_links_its_author_and_names_the_authors_page_as_article_author()
    {
        IDocument page = await PageAsync("/articles/briefings/morning");
        IElement author = Assert.Single(page.QuerySelectorAll("article .meta a.author"));
        Assert.Equal(("/authors/asia-desk", "Asia desk"), (author.GetAttribute("href"), author.TextContent));
        Assert.Equal(Sites.BaseUrl + "authors/asia-desk", page.QuerySelector("meta[property='article:author']")!.GetAttribute("content"));

        // An article of no collection has no typed author.
        IDocument other = await PageAsync("/articles/azovstal-last-stand");
        Assert.Null(other.QuerySelector(".meta a.author"));
        Assert.Null(other.QuerySelector("meta[property='article:author']"));
    }

    [Theory]
    [InlineData("/articles/no-such-article")]
    [InlineData("/articles/briefings")]
    [InlineData("/authors/no-such-author")]
    [InlineData("/authors/Africa-Desk")]
    [InlineData("/authors/no-such-author/page/2")]
    [InlineData("/nothing-here")]
    public async Task An_unknown_address_is_the_404_page_with_status_404(string url)
    {
        HttpResponseMessage response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        IDocument page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task The_feed_is_rss_with_one_item_per_article_newest_first()
    {
        HttpResponseMessage response = await _client.GetAsync(new Uri("/feed.xml", UriKind.Relative));
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);
        using XmlReader reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        SyndicationFeed feed = SyndicationFeed.Load(reader);
        Assert.Equal(Sample.Newest, feed.Items.Select(i => i.Title.Text));
        SyndicationItem azovstal = feed.Items.ElementAt(2);
        Assert.Equal(new Uri(Sites.BaseUrl + "articles/azovstal-last-stand"), Assert.Single(azovstal.Links).Uri);
        Assert.Equal(new DateTimeOffset(2022, 4, 23, 0, 0, 0, TimeSpan.Zero), azovstal.PublishDate);
        Assert.Equal(["ukraine", "russia"], azovstal.Categories.Select(c => c.Name));
    }

    [Fact]
    public async Task The_sitemap_lists_home_every_article_the_archive_the_tags_every_tag_every_year_the_authors_and_every_author()
    {
        XDocument sitemap = XDocument.Parse(await _client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        string[] urls = [.. sitemap.Descendants(ns + "loc").Select(l => l.Value)];
        Assert.Equal(1 + Sample.Newest.Length + 1 + 1 + Sample.Tags.Length + 1 + 1 + Sample.Authors.Length, urls.Length);
        Assert.Equal(Sites.BaseUrl, urls[0]);
        Assert.Contains(Sites.BaseUrl + "articles/explainers/illegal-refineries", urls);
        Assert.Contains(Sites.BaseUrl + "tags", urls);
        Assert.Equal(Sample.Tags.Select(tag => Sites.BaseUrl + "tags/" + tag), urls.Where(u => u.StartsWith(Sites.BaseUrl + "tags/", StringComparison.Ordinal)));
        Assert.Contains(Sites.BaseUrl + "archive", urls);
        Assert.Contains(Sites.BaseUrl + "archive/2022", urls);
        Assert.Contains(Sites.BaseUrl + "authors", urls);
        Assert.Equal(Sample.Authors.Select(author => Sites.BaseUrl + "authors/" + author.Id), urls.Where(u => u.StartsWith(Sites.BaseUrl + "authors/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Assets_of_the_content_folder_are_served_with_their_content_type()
    {
        HttpResponseMessage response = await _client.GetAsync(new Uri("/articles/explainers/images/drum-refinery.svg", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("<svg", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/articles/nigeria-oil-blast.txt")]
    [InlineData("/articles/explainers/illegal-refineries.md")]
    [InlineData("/articles/briefings/EVENING.TXT")]
    public async Task A_source_file_is_never_served(string url)
    {
        // Links in Markdown name pages (ContentGenPageUrl), so a source file's URL needs no redirect: it is a 404.
        HttpResponseMessage response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        string body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Emergency", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Makeshift refineries", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/articles/../Program.cs")]
    [InlineData("/articles/%2e%2e/%2e%2e/ContentGen.Web/Program.cs")]
    [InlineData("/articles/..%2F..%2FContentGen.Web%2FProgram.cs")]
    [InlineData("/ContentGen.Web.csproj")]
    [InlineData("/appsettings.json")]
    [InlineData("/Program.cs")]
    public async Task Nothing_outside_the_content_folder_and_wwwroot_is_served(string url)
    {
        HttpResponseMessage response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("WebApplication", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<IDocument> PageAsync(string url)
    {
        HttpResponseMessage response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }
}
