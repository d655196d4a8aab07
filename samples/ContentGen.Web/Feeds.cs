using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using ContentGen;

namespace ContentGen.Web;

/// <summary>The RSS 2.0 feed (System.ServiceModel.Syndication) and the sitemap.</summary>
internal static class Feeds
{
    private static readonly string[] Root = ["/"];

    /// <summary>GET /feed.xml: every article, newest first.</summary>
    /// <param name="context">The request.</param>
    /// <returns>The response.</returns>
    public static async Task RssAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Uri home = Home(context.Request);
        var feed = new SyndicationFeed("ContentGen News", "News built with ContentGen", home)
        {
            Language = "en",
            Items = [.. Site.Newest.Select(article => Item(article, home))],
        };

        await WriteXmlAsync(context, "application/rss+xml; charset=utf-8", writer => new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false).WriteTo(writer)).ConfigureAwait(false);
    }

    /// <summary>GET /sitemap.xml: the home page, every article and every tag page (sitemaps.org 0.9).</summary>
    /// <param name="context">The request.</param>
    /// <returns>The response.</returns>
    public static async Task SitemapAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Uri home = Home(context.Request);
        const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
        await WriteXmlAsync(context, "application/xml; charset=utf-8", writer =>
        {
            writer.WriteStartElement("urlset", Namespace);
            foreach (string url in Root.Concat(Site.Newest.Select(Site.UrlOf)).Concat(Site.Tags.Select(Site.UrlOfTag)))
            {
                writer.WriteStartElement("url", Namespace);
                writer.WriteElementString("loc", Namespace, new Uri(home, url).AbsoluteUri);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }).ConfigureAwait(false);
    }

    private static SyndicationItem Item(Article article, Uri home)
    {
        var item = new SyndicationItem(article.Title, article.Metadata.Summary, new Uri(home, Site.UrlOf(article)), Site.UrlOf(article), article.Metadata.Published ?? DateTimeOffset.UnixEpoch);
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

    private static Uri Home(HttpRequest request) => new($"{request.Scheme}://{request.Host}/");

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
