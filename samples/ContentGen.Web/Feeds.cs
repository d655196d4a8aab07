using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using ContentGen;
using Microsoft.Extensions.Options;

namespace ContentGen.Web;

/// <summary>
/// The RSS 2.0 feed (System.ServiceModel.Syndication) and the sitemap. Their absolute URLs are
/// under the configured base URL, never the request's Host header, which a client can forge.
/// </summary>
internal static class Feeds
{
    /// <summary>GET /feed.xml: the newest articles (<see cref="SiteOptions.FeedItems"/>), newest first.</summary>
    /// <param name="context">The request.</param>
    /// <param name="options">The site's settings.</param>
    /// <returns>The response.</returns>
    public static async Task RssAsync(HttpContext context, IOptions<SiteOptions> options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        SiteOptions site = options.Value;
        var feed = new SyndicationFeed("ContentGen News", "News built with ContentGen", site.Absolute("/"))
        {
            Language = "en",
            LastUpdatedTime = ContentVersion.LastModified,
            Items = [.. SiteIndex.Load(SiteIndex.Current.Newest.Take(site.FeedItems)).Select(article => Item(article, site))],
        };

        await WriteXmlAsync(context, "application/rss+xml; charset=utf-8", writer => new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false).WriteTo(writer)).ConfigureAwait(false);
    }

    /// <summary>
    /// GET /sitemap.xml: the home page, every article, the archive, the tags, every tag (at its term's slug) and year page
    /// (sitemaps.org 0.9); their second and later pages are found by following rel="next".
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="options">The site's settings.</param>
    /// <returns>The response.</returns>
    public static async Task SitemapAsync(HttpContext context, IOptions<SiteOptions> options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        SiteOptions site = options.Value;
        SiteIndex index = SiteIndex.Current;
        const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
        IEnumerable<string> urls = [
            Routes.Home(),
            .. index.Newest.Select(slug => Site.UrlOf(Articles.Find(slug)!)),
            Routes.Archive,
            Routes.Tags,
            .. index.Tags.Select(slug => Routes.Tag(slug)),
            .. index.Years.Select(year => Routes.Year(year)),
            Routes.Authors,
            .. Author.All.Select(author => Routes.Author(author.Id)),
        ];
        await WriteXmlAsync(context, "application/xml; charset=utf-8", writer =>
        {
            writer.WriteStartElement("urlset", Namespace);
            foreach (string url in urls)
            {
                writer.WriteStartElement("url", Namespace);
                writer.WriteElementString("loc", Namespace, site.Absolute(url).AbsoluteUri);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }).ConfigureAwait(false);
    }

    private static SyndicationItem Item(Article article, SiteOptions site)
    {
        Uri page = site.Absolute(Site.UrlOf(article));
        var item = new SyndicationItem(article.Title, article.Metadata.Summary, page, page.AbsoluteUri, article.Metadata.Published ?? DateTimeOffset.UnixEpoch);
        if (article.Metadata.Published is { } published)
        {
            item.PublishDate = published;
        }

        foreach (string tag in article.Metadata.Tags)
        {
            item.Categories.Add(new SyndicationCategory(tag));
        }

        return item;
    }

    /// <summary>Writes to memory first: the syndication writer is synchronous, and ASP.NET Core allows only asynchronous writes to a response.</summary>
    private static async Task WriteXmlAsync(HttpContext context, string contentType, Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            write(writer);
        }

        context.Response.ContentType = contentType;
        buffer.Position = 0;
        await buffer.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
    }
}
