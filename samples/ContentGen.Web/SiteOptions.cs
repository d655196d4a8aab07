using System.ComponentModel.DataAnnotations;

namespace ContentGen.Web;

/// <summary>The site's settings: the "Site" section of appsettings.json, environment variables (<c>Site__BaseUrl</c>) or the command line (<c>--Site:BaseUrl</c>).</summary>
internal sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>
    /// The site's public address, the base of every absolute link (feed, sitemap, canonical and
    /// Open Graph URLs). Configured, never taken from the request: a forged Host header must not
    /// reach a link that a cache or a feed reader keeps.
    /// </summary>
    [Required]
    public Uri? BaseUrl { get; set; }

    /// <summary>Articles per page of the home, tag and year pages.</summary>
    [Range(1, 1000)]
    public int PageSize { get; set; } = 10;

    /// <summary>Items of the RSS feed, newest first: readers poll it, so it holds the latest only.</summary>
    [Range(1, 1000)]
    public int FeedItems { get; set; } = 20;

    /// <summary>
    /// Where the content folder's assets are read from, relative to the content root. Unset (the
    /// published site), they are read from the copy the package's targets put beside the assembly
    /// (ContentGenAssetOutputDir); Development sets the source folder, so an edited image shows
    /// without a build.
    /// </summary>
    public string? ContentDirectory { get; set; }

    /// <summary>Cache-Control max-age of pages, the feed and the sitemap, in seconds (0: the browser revalidates every time, with the ETag).</summary>
    [Range(0, 31_536_000)]
    public int PageMaxAgeSeconds { get; set; } = 60;

    /// <summary>Cache-Control max-age of the content folder's assets and wwwroot, in seconds; their URLs are not fingerprinted, so not "immutable".</summary>
    [Range(0, 31_536_000)]
    public int AssetMaxAgeSeconds { get; set; } = 3600;

    /// <summary>Addresses of reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed; none by default.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks (CIDR, <c>10.0.0.0/8</c>) of reverse proxies whose forwarded headers are believed; none by default.</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>
    /// Whether <see cref="BaseUrl"/> is an absolute http(s) URL of a host's root: the pages link
    /// root-relative (<c>/articles/a</c>), so a site under a path would link out of it.
    /// </summary>
    public bool HasValidBaseUrl() =>
        BaseUrl is { IsAbsoluteUri: true } url
        && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
        && url.AbsolutePath == "/"
        && string.IsNullOrEmpty(url.Query) && string.IsNullOrEmpty(url.Fragment);

    /// <summary>The absolute URL of a root-relative path (<c>/articles/a</c>), under <see cref="BaseUrl"/>.</summary>
    public Uri Absolute(string path) => new(BaseUrl!, path.TrimStart('/'));
}
