using ContentGen.Web;

// A news site over the sample's content: every page reads the generated Articles, nothing parses
// content at run time. Routes: / (newest first), /articles/{slug} (and the article's own images
// under the same path), /tags/{tag}, /feed.xml, /sitemap.xml; anything else is the 404 page.
WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorPages();
builder.Services.AddSingleton(new Site(builder.Environment.ContentRootPath, builder.Configuration["Site:ContentDirectory"] ?? "../ContentGen.Sample/Content"));

WebApplication app = builder.Build();
Site site = app.Services.GetRequiredService<Site>();

// Unknown URLs, and pages that answer 404, render the 404 page with status 404.
app.UseStatusCodePagesWithReExecute("/not-found");

// Images and other assets of the content folder, at the path an article's relative link names
// (an article at /articles/explainers/x shows images/a.svg from /articles/explainers/images/a.svg).
// Article sources (.md, .txt, ...) have no content type here, so they are never served.
app.UseStaticFiles(site.AssetFiles("/articles"));
app.UseStaticFiles();

// Routing after the files: a matched endpoint (the article route's catch-all) would make the
// static file middleware step aside.
app.UseRouting();
app.MapRazorPages();
app.MapGet("/feed.xml", Feeds.RssAsync);
app.MapGet("/sitemap.xml", Feeds.SitemapAsync);

// The colours of highlighted code: ContentGen's stylesheet, light, and dark when the reader's system prefers it.
app.MapGet("/code.css", () => Results.Text(ContentGen.CodeStyles.Auto, "text/css"));

app.Run();
