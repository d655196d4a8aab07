using System.Collections.Generic;
using System.Linq;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;

namespace ContentGen.Generator.Model;

/// <summary>
/// Where a link's <c>href</c> or an image's <c>src</c> is in the rendered HTML, recorded at parse
/// so that page URLs and image sizes, known only later, never re-run Markdig.
/// </summary>
/// <param name="Value">The start of the attribute's value (after the opening quote).</param>
/// <param name="Length">The value's length, as written in the HTML (escaped).</param>
/// <param name="Insert">An image's end of attributes (before <c>/&gt;</c> or <c>&gt;</c>), where width, height and loading go; -1 for a link.</param>
/// <param name="HasSize">The author wrote a width or height: the image keeps them and gets none.</param>
/// <param name="HasLoading">The author wrote <c>loading</c>: it is kept.</param>
internal sealed record HtmlPlace(int Value, int Length, int Insert = -1, bool HasSize = false, bool HasLoading = false);

/// <summary>An image's size, as the package's MSBuild task read it (docs/format.md, "Images").</summary>
/// <param name="Path">The image file, relative to the project directory.</param>
/// <param name="Width">Its width in CSS pixels; 0 when it could not be read.</param>
/// <param name="Height">Its height in CSS pixels; 0 when it could not be read.</param>
/// <param name="Format">jpeg, png, gif, webp or svg; empty when it could not be read.</param>
/// <param name="Problem">Why it could not be read (empty, corrupt, no size); empty when it was.</param>
internal sealed record ImageInfo(string Path, int Width, int Height, string Format, string Problem);

/// <summary>
/// Every image's size, from the task's table (an additional file): one value for all, so only a
/// changed table reruns the page step for every article.
/// </summary>
/// <remarks>
/// Equality is the entries' only; the lookup by path is derived from them. <see cref="Present"/>
/// is false when the project has no table (the generator used without the package's targets):
/// images then get no size and no image diagnostic.
/// </remarks>
internal sealed class ImageTable(EquatableArray<ImageInfo> images, bool present) : System.IEquatable<ImageTable>
{
    public static readonly ImageTable None = new(EquatableArray<ImageInfo>.Empty, present: false);

    private Dictionary<string, ImageInfo>? _byPath;

    public EquatableArray<ImageInfo> Images { get; } = images;

    public bool Present { get; } = present;

    /// <summary>The image with this project-relative path, or null.</summary>
    public ImageInfo? Find(string path)
    {
        _byPath ??= Images.GroupBy(i => i.Path, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), System.StringComparer.Ordinal);
        return _byPath.TryGetValue(path, out ImageInfo? found) ? found : null;
    }

    public bool Equals(ImageTable? other) => other is not null && Present == other.Present && Images.Equals(other.Images);

    public override bool Equals(object? obj) => Equals(obj as ImageTable);

    public override int GetHashCode() => Images.GetHashCode();
}

/// <summary>What the page step needs besides the article: how URLs look, every article and asset, every image's size.</summary>
internal sealed record PageContext(RenderOptions Options, LinkIndex Index, ImageTable Images);

/// <summary>An article with its final HTML (page URLs, image sizes), and the problems found with its images.</summary>
internal sealed record RenderedArticle(ArticleModel Article, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A data file with its image values resolved (its entries' paths, sizes and URLs), and the problems found with its images.</summary>
internal sealed record RenderedData(DataFileResult File, EquatableArray<DiagnosticInfo> Diagnostics);
