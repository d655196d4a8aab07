using ContentGen;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace ContentGen.Web;

/// <summary>
/// Where the site's content lives and what its URLs are. It holds paths only, never articles:
/// every request reads the generated <see cref="Articles"/>, so a hot reload of content shows on
/// the next request.
/// </summary>
internal sealed class Site
{
    /// <summary>The extensions of article sources, never served as files.</summary>
    private static readonly string[] SourceExtensions = [".md", ".markdown", ".mdx", ".txt"];

    /// <summary>Creates the site over a content folder.</summary>
    /// <param name="projectDirectory">The project's folder: generated source paths are relative to it.</param>
    /// <param name="contentDirectory">The content folder (ContentGenContentDir), relative to the project's folder.</param>
    public Site(string projectDirectory, string contentDirectory)
    {
        ContentDirectory = Path.GetFullPath(Path.Combine(Path.GetFullPath(projectDirectory), contentDirectory));
    }

    /// <summary>The content folder, a full path.</summary>
    public string ContentDirectory { get; }

    /// <summary>The page of an article: its slug under /articles/, each segment escaped.</summary>
    /// <param name="article">The article.</param>
    /// <returns>A root-relative URL.</returns>
    public static string UrlOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return "/articles/" + string.Join('/', article.Slug.Split('/').Select(Uri.EscapeDataString));
    }

    /// <summary>The page of a tag: its term's slug under /tags/.</summary>
    /// <param name="slug">The term's slug (<see cref="Term{TArticle}.Slug"/>).</param>
    /// <returns>A root-relative URL.</returns>
    public static string UrlOfTag(string slug) => Routes.Tags + "/" + Uri.EscapeDataString(slug);

    /// <summary>Static files of the content folder: every file type ASP.NET Core knows, except article sources.</summary>
    /// <param name="requestPath">Where the content folder is served.</param>
    /// <param name="files">The content folder's assets: the source folder, or their copy in the build output.</param>
    /// <returns>The options for <c>UseStaticFiles</c>.</returns>
    public static StaticFileOptions AssetFiles(string requestPath, IFileProvider files)
    {
        var types = new FileExtensionContentTypeProvider();
        foreach (string extension in SourceExtensions)
        {
            types.Mappings.Remove(extension);
        }

        return new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = requestPath,
            ContentTypeProvider = types,
            ServeUnknownFileTypes = false,
        };
    }
}
