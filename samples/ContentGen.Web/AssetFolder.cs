using System.Reflection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace ContentGen.Web;

/// <summary>
/// The content folder's assets (images, PDFs) as files: the source folder when
/// <see cref="SiteOptions.ContentDirectory"/> is set (Development: an edited image shows at once),
/// else the copy beside the assembly that the package's targets make at build and publish
/// (ContentGenAssetOutputDir, told to the app by the project file as assembly metadata).
/// </summary>
internal sealed partial class AssetFolder : IDisposable
{
    private readonly PhysicalFileProvider? _physical;

    public AssetFolder(IWebHostEnvironment environment, IOptions<SiteOptions> options, ILogger<AssetFolder> logger)
    {
        Directory = options.Value.ContentDirectory is { Length: > 0 } source
            ? Path.GetFullPath(Path.Combine(environment.ContentRootPath, source))
            : Path.Combine(AppContext.BaseDirectory, OutputDirectory);
        if (System.IO.Directory.Exists(Directory))
        {
            _physical = new PhysicalFileProvider(Directory);
        }
        else
        {
            LogMissing(logger, Directory);
        }
    }

    /// <summary>ContentGenAssetOutputDir, as the build wrote it into the assembly.</summary>
    public static string OutputDirectory => typeof(AssetFolder).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "ContentGenAssetOutputDir")?.Value ?? "Content/";

    /// <summary>The folder the assets are read from, a full path.</summary>
    public string Directory { get; }

    /// <summary>The assets; none when the folder is missing (a site without assets has none to copy).</summary>
    public IFileProvider Files => (IFileProvider?)_physical ?? new NullFileProvider();

    public void Dispose() => _physical?.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The content folder's assets are not at {Directory}: no image or other asset of an article is served")]
    private static partial void LogMissing(ILogger logger, string directory);
}
