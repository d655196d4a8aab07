using ContentGen.Web;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

// A news site over the sample's content: every page reads the generated Articles, nothing parses
// content at run time. Routes: Routes.cs; what each page reads, and why each choice: docs/site.md.
WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = DefaultContentRoot(args) });
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.Services.AddOptions<SiteOptions>()
    .BindConfiguration(SiteOptions.Section)
    .ValidateDataAnnotations()
    .Validate(site => site.HasValidBaseUrl(), "Site:BaseUrl must be the absolute http(s) URL of the site's root, such as https://news.example/ (set it in appsettings.json, as Site__BaseUrl or --Site:BaseUrl)")
    .ValidateOnStart();
builder.Services.AddRazorPages(pages =>
{
    // Second and later pages of the lists; page 1 is the list's own URL (Routes.cs).
    pages.Conventions.AddPageRoute("/Index", "page/{number:int}");
    pages.Conventions.AddPageRoute("/Tag", "tags/{tag}/page/{number:int}");
    pages.Conventions.AddPageRoute("/Year", "archive/{year:int}/page/{number:int}");
    pages.Conventions.AddPageRoute("/Author", "authors/{id}/page/{number:int}");
});
builder.Services.AddSingleton(new Site(builder.Environment.ContentRootPath, builder.Configuration["Site:ContentDirectory"] ?? "../ContentGen.Sample/Content"));
builder.Services.AddSingleton<AssetFolder>();
builder.Services.AddSiteCaching();
builder.Services.AddSiteSecurityHeaders();

WebApplication app = builder.Build();
SiteOptions options = app.Services.GetRequiredService<IOptions<SiteOptions>>().Value;

// Only configured proxies may say who the client is and whether it came over HTTPS.
if (Security.TryGetForwardedHeaders(options, out ForwardedHeadersOptions forwarded))
{
    app.UseForwardedHeaders(forwarded);
}

// Errors: in Development the developer exception page (added by WebApplication); elsewhere the
// error page with status 500, and HSTS on HTTPS responses.
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}

app.UseSecurityHeaders();

// Every error status renders the error page with that status (404 "Page not found", 405, ...).
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseResponseCompression();

// Images and other assets of the content folder, at the path an article's relative link names
// (an article at /articles/explainers/x shows images/a.svg from /articles/explainers/images/a.svg).
// Article sources (.md, .txt, ...) have no content type here, so they are never served.
StaticFileOptions assets = Site.AssetFiles("/articles", app.Services.GetRequiredService<AssetFolder>().Files);
assets.OnPrepareResponse = file => Caching.AssetFreshness(file, options.AssetMaxAgeSeconds);
app.UseStaticFiles(assets);
app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = file => Caching.AssetFreshness(file, options.AssetMaxAgeSeconds) });

// Routing after the files: a matched endpoint (the article route's catch-all) would make the
// static file middleware step aside.
app.UseRouting();
app.UseOutputCache();
app.UseContentValidators(options.PageMaxAgeSeconds);
app.MapRazorPages();
app.MapGet(Routes.Feed, Feeds.RssAsync);
app.MapGet(Routes.Sitemap, Feeds.SitemapAsync);

// The colours of highlighted code: ContentGen's stylesheet, light, and dark when the reader's system prefers it.
app.MapGet("/code.css", () => Results.Text(ContentGen.CodeStyles.Auto, "text/css"));

app.Run();

// The content root (appsettings.json, and Site:ContentDirectory's base) is the current folder,
// as ASP.NET Core has it, when that holds the app's settings (dotnet run, the project folder);
// otherwise the app's own folder, so a published site starts from anywhere
// (dotnet /srv/news/ContentGen.Web.dll). --contentRoot or ASPNETCORE_CONTENTROOT still decide.
static string? DefaultContentRoot(string[] args) =>
    args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
    || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is { Length: > 0 }
    || Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT") is { Length: > 0 }
    || File.Exists("appsettings.json")
        ? null
        : AppContext.BaseDirectory;
