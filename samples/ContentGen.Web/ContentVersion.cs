using System.Globalization;
using System.Reflection.Metadata;

[assembly: MetadataUpdateHandler(typeof(ContentGen.Web.ContentVersion))]

namespace ContentGen.Web;

/// <summary>
/// Which content the site is serving: the build (content is compiled in, so a content change is a
/// new build) and the hot reloads applied to it since it started. Responses carry it as their
/// ETag and Last-Modified, the output cache and <see cref="SiteIndex"/> are keyed by it, and a hot
/// reload moves it on.
/// </summary>
/// <remarks>
/// The runtime calls <see cref="ClearCache"/> after every applied update, content or Razor, after
/// the handlers of the assemblies this one references: ContentGen's own handler has reset its
/// catalogs by then, so what is rebuilt for the new generation reads the new content.
/// </remarks>
internal static class ContentVersion
{
    private static readonly string Build = BuildId();
    private static int _generation;
    private static long _modifiedTicks = BuildTime().Ticks;

    /// <summary>Raised after a hot reload; the output cache is emptied on it.</summary>
    public static event Action? Updated;

    /// <summary>The number of hot reloads applied since the process started.</summary>
    public static int Generation => Volatile.Read(ref _generation);

    /// <summary>
    /// The entity tag of every page, feed and sitemap. Weak: the same page is sent compressed or not.
    /// Deterministic builds give the same module version id for the same inputs, so every instance
    /// of one build behind a load balancer answers with the same tag.
    /// </summary>
    public static string ETag => $"W/\"{Build}-{Generation.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>When the served content was made: the build's time, or the last hot reload's.</summary>
    public static DateTimeOffset LastModified => new(Interlocked.Read(ref _modifiedTicks), TimeSpan.Zero);

    /// <summary>Called by the runtime after a hot reload (see <see cref="MetadataUpdateHandlerAttribute"/>).</summary>
    /// <param name="updatedTypes">The updated types, or null when the runtime does not say.</param>
    public static void ClearCache(Type[]? updatedTypes)
    {
        _ = updatedTypes;
        Interlocked.Exchange(ref _modifiedTicks, WholeSeconds(DateTimeOffset.UtcNow).Ticks);
        Interlocked.Increment(ref _generation);
        Updated?.Invoke();
    }

    private static string BuildId() => typeof(ContentVersion).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..16];

    /// <summary>The assembly file's time: publish and copies keep it, and HTTP dates have whole seconds.</summary>
    private static DateTimeOffset BuildTime()
    {
        string location = typeof(ContentVersion).Assembly.Location;
        return WholeSeconds(string.IsNullOrEmpty(location) ? DateTimeOffset.UtcNow : new DateTimeOffset(File.GetLastWriteTimeUtc(location), TimeSpan.Zero));
    }

    private static DateTimeOffset WholeSeconds(DateTimeOffset time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
