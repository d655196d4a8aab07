using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ContentGen.Web.Tests;

/// <summary>The site under test with settings of the tests' own, so that what a page shows comes from them, not from the sample's appsettings.json.</summary>
internal static class Sites
{
    /// <summary>The configured base URL: absolute links must use it, whatever the request's Host says.</summary>
    public const string BaseUrl = "https://news.example/";

    /// <summary>The site with <see cref="BaseUrl"/> and any other settings (<c>("Site:PageSize", "2")</c>).</summary>
    public static WebApplicationFactory<Program> Configured(WebApplicationFactory<Program> factory, params (string Key, string Value)[] settings) =>
        factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Site:BaseUrl", BaseUrl);
            foreach ((string key, string value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
}
