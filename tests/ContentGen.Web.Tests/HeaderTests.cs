using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContentGen.Web.Tests;

/// <summary>Safe by default: security headers, HSTS, forwarded headers, the Host header and the status of each error, on the site as deployed (Production).</summary>
public sealed class HeaderTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Proxy = "10.0.0.1";

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/explainers/illegal-refineries")]
    [InlineData("/tags/nigeria")]
    [InlineData("/tags")]
    [InlineData("/authors/africa-desk")]
    [InlineData("/feed.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/articles/explainers/images/drum-refinery.svg")]
    [InlineData("/site.css")]
    [InlineData("/no/such/page")]
    public async Task Every_response_has_nosniff_a_referrer_policy_a_content_security_policy_and_no_server_header(string url)
    {
        HttpResponseMessage response = await Production().CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("default-src 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/explainers/illegal-refineries")]
    [InlineData("/no/such/page")]
    public async Task A_page_allows_no_inline_script_and_has_none(string url)
    {
        HttpResponseMessage response = await Production().CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        Dictionary<string, string> csp = Directives(Header(response, "Content-Security-Policy"));
        Assert.Equal("'self'", csp["script-src"]);
        Assert.Equal("'self'", csp["style-src"]);
        Assert.Equal("'none'", csp["base-uri"]);
        Assert.Equal("'none'", csp["frame-ancestors"]);
        Assert.DoesNotContain("unsafe", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        IDocument page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.Empty(page.QuerySelectorAll("script, [onload], [onclick], [onerror]"));
    }

    [Fact]
    public async Task An_svg_asset_is_served_with_a_policy_that_blocks_its_scripts()
    {
        HttpResponseMessage response = await Production().CreateClient().GetAsync(new Uri("/articles/explainers/images/drum-refinery.svg", UriKind.Relative));
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        Dictionary<string, string> csp = Directives(Header(response, "Content-Security-Policy"));
        Assert.Equal("'none'", csp["default-src"]);
        Assert.False(csp.ContainsKey("script-src"), "no script source at all: default-src 'none' covers scripts");
        Assert.True(csp.ContainsKey("sandbox"), "a sandbox without allow-scripts blocks every script, inline ones included");
    }

    [Fact]
    public async Task Hsts_is_sent_for_https_reported_by_a_configured_proxy()
    {
        HttpResponseMessage response = await SendAsync(Production(("Site:KnownProxies:0", Proxy)), Proxy, "https");
        Assert.Equal("max-age=2592000", Header(response, "Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("10.0.0.2", "Production")]
    [InlineData(Proxy, "Development")]
    public async Task Forwarded_headers_of_an_unconfigured_proxy_are_ignored_and_development_has_no_hsts(string from, string environment)
    {
        WebApplicationFactory<Program> site = Sites.Configured(factory, ("Site:KnownProxies:0", Proxy)).WithWebHostBuilder(b => b.UseEnvironment(environment));
        HttpResponseMessage response = await SendAsync(site, from, "https");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Without_configured_proxies_forwarded_headers_are_ignored_even_from_loopback()
    {
        HttpResponseMessage response = await SendAsync(Production(), "127.0.0.1", "https");
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/")]
    [InlineData("/articles/azovstal-last-stand")]
    public async Task A_forged_host_header_reaches_no_link(string url)
    {
        HttpClient client = Production(("Site:KnownProxies:0", Proxy)).CreateClient();
        string[] bodies = new string[2];
        for (int i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
            // Both ways a Host can be forged: the header itself, and X-Forwarded-Host through a proxy.
            request.Headers.Host = "evil.example";
            request.Headers.Add("X-Forwarded-Host", "evil2.example");
            HttpResponseMessage response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            bodies[i] = await response.Content.ReadAsStringAsync();
        }

        Assert.All(bodies, body => Assert.DoesNotContain("evil", body, StringComparison.Ordinal));
        Assert.Contains(Sites.BaseUrl, bodies[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST", "/feed.xml", HttpStatusCode.MethodNotAllowed, "Method not allowed")]
    [InlineData("GET", "/no/such/page", HttpStatusCode.NotFound, "Page not found")]
    [InlineData("GET", "/boom", HttpStatusCode.InternalServerError, "Something went wrong")]
    [InlineData("GET", "/error/500", HttpStatusCode.NotFound, "Page not found")]
    [InlineData("POST", "/", HttpStatusCode.BadRequest, "Bad request")]
    public async Task Each_error_has_its_status_and_its_own_page(string method, string url, HttpStatusCode status, string heading)
    {
        HttpClient client = Production().WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new ThrowAtBoom()))).CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
        HttpResponseMessage response = await client.SendAsync(request);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        string body = await response.Content.ReadAsStringAsync();
        IDocument page = await new HtmlParser().ParseDocumentAsync(body);
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(heading + " · ContentGen News", page.Title);
        Assert.DoesNotContain(nameof(ThrowAtBoom), body, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("ETag"), "an error is not a page of the build");
    }

    [Theory]
    [InlineData("")]
    [InlineData("news.example")]
    [InlineData("https://news.example/blog/")]
    [InlineData("ftp://news.example/")]
    public void The_site_does_not_start_without_an_absolute_base_url(string baseUrl)
    {
        WebApplicationFactory<Program> site = factory.WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting("Site:BaseUrl", baseUrl));
        OptionsValidationException error = Assert.Throws<OptionsValidationException>(() => site.CreateClient());
        Assert.Contains("Site:BaseUrl", error.Message, StringComparison.Ordinal);
    }

    private WebApplicationFactory<Program> Production(params (string Key, string Value)[] settings) =>
        Sites.Configured(factory, settings).WithWebHostBuilder(b => b.UseEnvironment("Production"));

    /// <summary>A GET of the home page as if it came from <paramref name="from"/> over <paramref name="scheme"/> (X-Forwarded-Proto), to a public host name (HSTS leaves localhost out).</summary>
    private static async Task<HttpResponseMessage> SendAsync(WebApplicationFactory<Program> site, string from, string scheme)
    {
        HttpClient client = site.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new RemoteAddress(IPAddress.Parse(from))))).CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Host = "news.example";
        request.Headers.Add("X-Forwarded-Proto", scheme);
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        return await client.SendAsync(request);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out IEnumerable<string>? values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage!.RequestUri}: no {name} header");

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : string.Empty, StringComparer.Ordinal);

    /// <summary>The TestServer has no client address: this gives every request one, before the site's own middleware.</summary>
    private sealed class RemoteAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = address;
                return following(context);
            });
            next(app);
        };
    }

    /// <summary>An endpoint that fails, after the site's pipeline (so inside its exception handler).</summary>
    private sealed class ThrowAtBoom : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, following) => context.Request.Path == "/boom"
                ? throw new InvalidOperationException(nameof(ThrowAtBoom) + " failed on purpose")
                : following(context));
        };
    }
}
