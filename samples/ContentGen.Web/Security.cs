using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ContentGen.Web;

/// <summary>
/// Safe by default: security headers on every response (NetEscapades.AspNetCore.SecurityHeaders),
/// a Content-Security-Policy for SVG and other active documents that blocks their scripts, and
/// forwarded headers believed only from configured proxies.
/// </summary>
internal static class Security
{
    private const string ActivePolicy = "active-document";

    /// <summary>
    /// Content types, other than the site's own HTML, that a browser runs scripts in when they are
    /// opened as a page (an SVG image, an XML file of the content folder).
    /// </summary>
    private static readonly string[] ActiveTypes = ["image/svg+xml", "text/xml", "application/xml", "application/xhtml+xml"];

    public static IServiceCollection AddSiteSecurityHeaders(this IServiceCollection services) =>
        services.AddSecurityHeaderPolicies(policies => policies
            .SetDefaultPolicy(Common(new HeaderPolicyCollection()).AddContentSecurityPolicy(csp =>
            {
                // Pages: no script at all inline (script-src has no 'unsafe-inline'), styles and
                // images from the site; images of Markdown may also be https: or data: URLs.
                csp.AddDefaultSrc().None();
                csp.AddScriptSrc().Self();
                csp.AddStyleSrc().Self();
                csp.AddImgSrc().Self().From("https:").Data();
                csp.AddFontSrc().Self();
                csp.AddConnectSrc().Self();
                csp.AddManifestSrc().Self();
                csp.AddBaseUri().None();
                csp.AddFormAction().Self();
                csp.AddFrameAncestors().None();
                csp.AddObjectSrc().None();
            }))
            // An SVG (an article's image, opened as a page) is a document that can run script: no
            // script, nothing loaded, and a sandbox, while <img> shows it as before.
            .AddPolicy(ActivePolicy, Common(new HeaderPolicyCollection()).AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().None();
                csp.AddStyleSrc().UnsafeInline();
                csp.AddImgSrc().Data();
                csp.AddFrameAncestors().None();
                csp.AddSandbox();
            }))
            .SetPolicySelector(context => IsActive(context.HttpContext.Response.ContentType) ? context.ConfiguredPolicies[ActivePolicy] : context.SelectedPolicy));

    /// <summary>Forwarded headers from the configured proxies only (none: the middleware is not used at all).</summary>
    public static bool TryGetForwardedHeaders(SiteOptions site, out ForwardedHeadersOptions options)
    {
        options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        // The defaults believe loopback; a site believes exactly what it configures.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (string proxy in site.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (string network in site.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        return site.KnownProxies.Count + site.KnownNetworks.Count > 0;
    }

    private static HeaderPolicyCollection Common(HeaderPolicyCollection policy) => policy
        .AddContentTypeOptionsNoSniff()
        .AddReferrerPolicyStrictOriginWhenCrossOrigin()
        .AddFrameOptionsDeny()
        .AddCrossOriginOpenerPolicy(coop => coop.SameOrigin())
        // Features a news page never uses, by names every current browser knows (the library's
        // default list has 'web-share', which Chromium reports as unrecognized on every page).
        .AddPermissionsPolicy(permissions =>
        {
            permissions.AddCamera().None();
            permissions.AddMicrophone().None();
            permissions.AddGeolocation().None();
            permissions.AddPayment().None();
            permissions.AddUsb().None();
            permissions.AddAccelerometer().None();
            permissions.AddGyroscope().None();
            permissions.AddMagnetometer().None();
        })
        .RemoveServerHeader();

    private static bool IsActive(string? contentType) =>
        contentType is not null && ActiveTypes.Any(type => contentType.StartsWith(type, StringComparison.OrdinalIgnoreCase));
}
