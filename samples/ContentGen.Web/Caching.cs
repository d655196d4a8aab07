using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ContentGen.Web;

/// <summary>
/// Fast responses: every page, the feed and the sitemap are fixed for a build, so they are
/// rendered once into ASP.NET Core's output cache, carry the build's ETag and Last-Modified (a
/// conditional request is a 304 from the cache), and are compressed. A hot reload empties the cache.
/// </summary>
internal static partial class Caching
{
    /// <summary>The output cache tag of everything built from content.</summary>
    public const string ContentTag = "content";

    /// <summary>Output caching for everything the endpoints answer (static files are served before it, with their own validators).</summary>
    public static IServiceCollection AddSiteCaching(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
            options.AddBasePolicy(policy => policy
                .Expire(TimeSpan.FromHours(1))
                .Tag(ContentTag)
                // A response rendered from the content before a hot reload and stored after it
                // would be an old page under the new generation: the generation is in the key.
                .VaryByValue(_ => KeyValuePair.Create("generation", ContentVersion.Generation.ToString(CultureInfo.InvariantCulture)))
                // Pages never read the Host header (links use the configured base URL): one entry
                // per page, and a forged Host cannot add entries or poison one.
                .SetVaryByHost(false)));
        services.AddHostedService<EvictOnHotReload>();

        // Pages carry no secrets (no cookies, no forms, no per-user text), so compressing them
        // over HTTPS gives BREACH nothing to guess.
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/rss+xml", "image/svg+xml"]);
        });
        return services;
    }

    /// <summary>
    /// Validators and freshness for a successful GET or HEAD. Set before the endpoint runs: the
    /// output cache copies the headers when the body's first byte is written, before any
    /// OnStarting callback, and the cache answers If-None-Match and If-Modified-Since from that
    /// copy with a 304. A response that ends as anything but 200 (a 404, a redirect) loses them.
    /// </summary>
    public static IApplicationBuilder UseContentValidators(this IApplicationBuilder app, int maxAgeSeconds)
    {
        string cacheControl = maxAgeSeconds == 0 ? "public, no-cache" : $"public, max-age={maxAgeSeconds.ToString(CultureInfo.InvariantCulture)}";
        return app.Use(async (context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                HttpResponse response = context.Response;
                response.Headers.ETag = ContentVersion.ETag;
                response.Headers.LastModified = ContentVersion.LastModified.ToString("R", CultureInfo.InvariantCulture);
                response.Headers.CacheControl = cacheControl;
                response.OnStarting(() =>
                {
                    if (response.StatusCode != StatusCodes.Status200OK)
                    {
                        response.Headers.Remove(HeaderNames.ETag);
                        response.Headers.Remove(HeaderNames.LastModified);
                        response.Headers.Remove(HeaderNames.CacheControl);
                    }

                    return Task.CompletedTask;
                });
            }

            await next(context).ConfigureAwait(false);
        });
    }

    /// <summary>Cache-Control for static files (assets and wwwroot), which the static file middleware already gives an ETag and Last-Modified.</summary>
    public static void AssetFreshness(StaticFileResponseContext context, int maxAgeSeconds) =>
        context.Context.Response.Headers[HeaderNames.CacheControl] = $"public, max-age={maxAgeSeconds.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Empties the output cache after a hot reload (the generation in the key already keeps old entries from being served; this frees them).</summary>
    private sealed partial class EvictOnHotReload(IOutputCacheStore store, ILogger<EvictOnHotReload> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            ContentVersion.Updated += Evict;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            ContentVersion.Updated -= Evict;
            return Task.CompletedTask;
        }

        private async void Evict()
        {
            try
            {
                await store.EvictByTagAsync(ContentTag, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                LogEvictionFailed(logger, ex);
            }
        }

        [LoggerMessage(Level = LogLevel.Warning, Message = "Could not empty the output cache after a hot reload; its old entries expire by themselves")]
        private static partial void LogEvictionFailed(ILogger logger, Exception exception);
    }
}
