using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Reflection.Metadata;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ContentGen.Web.Tests;

/// <summary>The hot reload handler is process-wide: these tests run alone, so no other test sees the ETag move.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ContentVersionCollection
{
    public const string Name = "Content version";
}

/// <summary>Fast responses: output caching, the build's validators, conditional requests, compression, and a hot reload that empties the cache.</summary>
[Collection(ContentVersionCollection.Name)]
public sealed class CachingTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = Sites.Configured(factory).WithWebHostBuilder(b => b.UseEnvironment("Production")).CreateClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/explainers/illegal-refineries")]
    [InlineData("/tags/nigeria")]
    [InlineData("/tags")]
    [InlineData("/archive/2022")]
    [InlineData("/authors/africa-desk")]
    [InlineData("/feed.xml")]
    [InlineData("/sitemap.xml")]
    public async Task Pages_the_feed_and_the_sitemap_carry_the_builds_etag_and_last_modified(string url)
    {
        HttpResponseMessage response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        EntityTagHeaderValue etag = response.Headers.ETag!;
        Assert.True(etag.IsWeak, "weak: the same page is sent compressed and not");
        Assert.Matches("^\"[0-9a-f]{16}-[0-9]+\"$", etag.Tag);
        DateTimeOffset modified = response.Content.Headers.LastModified!.Value;
        Assert.InRange(modified, DateTimeOffset.UtcNow.AddYears(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal("public, max-age=60", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Development_pages_are_revalidated_on_every_view()
    {
        HttpResponseMessage response = await Sites.Configured(factory).CreateClient().GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal("public, no-cache", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task A_repeated_request_is_answered_from_the_output_cache_and_a_conditional_one_with_304()
    {
        HttpResponseMessage first = await _client.GetAsync(new Uri("/tags/ukraine", UriKind.Relative));
        HttpResponseMessage second = await _client.GetAsync(new Uri("/tags/ukraine", UriKind.Relative));
        Assert.False(first.Headers.Age.HasValue, "the first response is rendered");
        Assert.True(second.Headers.Age.HasValue, "the output cache adds Age to what it serves");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());

        using var byTag = new HttpRequestMessage(HttpMethod.Get, new Uri("/tags/ukraine", UriKind.Relative));
        byTag.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        HttpResponseMessage notModified = await _client.SendAsync(byTag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var byDate = new HttpRequestMessage(HttpMethod.Get, new Uri("/tags/ukraine", UriKind.Relative));
        byDate.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(byDate)).StatusCode);

        using var other = new HttpRequestMessage(HttpMethod.Get, new Uri("/tags/ukraine", UriKind.Relative));
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0000000000000000-0\"", isWeak: true));
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(other)).StatusCode);
    }

    [Theory]
    [InlineData("/archive")]
    [InlineData("/tags")]
    [InlineData("/tags/nigeria")]
    [InlineData("/authors")]
    public async Task A_hot_reload_empties_the_output_cache_and_moves_the_etag(string url)
    {
        HttpResponseMessage before = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True((await _client.GetAsync(new Uri(url, UriKind.Relative))).Headers.Age.HasValue);

        InvokeHotReloadHandlers();

        HttpResponseMessage after = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.False(after.Headers.Age.HasValue, "rendered again, not the cached copy from before the update");
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        using var stale = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        stale.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(stale)).StatusCode);
    }

    [Theory]
    [InlineData("/", "br")]
    [InlineData("/", "gzip")]
    [InlineData("/feed.xml", "br")]
    [InlineData("/sitemap.xml", "gzip")]
    [InlineData("/articles/explainers/images/drum-refinery.svg", "br")]
    public async Task Responses_are_compressed_for_clients_that_accept_it(string url, string encoding)
    {
        byte[] plain = await _client.GetByteArrayAsync(new Uri(url, UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        HttpResponseMessage response = await _client.SendAsync(request);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        await using Stream body = await response.Content.ReadAsStreamAsync();
        await using Stream decompressed = encoding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
        using var copy = new MemoryStream();
        await decompressed.CopyToAsync(copy);
        Assert.Equal(plain, copy.ToArray());
    }

    [Fact]
    public async Task Assets_keep_their_own_validators_and_a_max_age()
    {
        HttpResponseMessage response = await _client.GetAsync(new Uri("/articles/explainers/images/drum-refinery.svg", UriKind.Relative));
        Assert.Equal("public, max-age=3600", response.Headers.CacheControl!.ToString());
        Assert.False(response.Headers.ETag!.IsWeak, "the static file middleware's own tag, from the file");
    }

    /// <summary>What the runtime does after applying an update: every handler of the site's assembly, by name.</summary>
    private static void InvokeHotReloadHandlers()
    {
        Type[] handlers = [.. typeof(Program).Assembly.GetCustomAttributes<MetadataUpdateHandlerAttribute>().Select(a => a.HandlerType)];
        Assert.NotEmpty(handlers);
        foreach (Type handler in handlers)
        {
            handler.GetMethod("ClearCache", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!.Invoke(null, [null]);
        }
    }
}
