namespace ContentGen;

/// <summary>
/// An image a front matter value names (a collection property of this type, such as
/// <c>public Image? Cover { get; init; }</c> with <c>cover: ./cover.jpg</c>): checked to exist and
/// measured at build time, like the images of the HTML (docs/format.md, "Images").
/// </summary>
public sealed class Image
{
    /// <summary>Creates an image value; generated code does.</summary>
    /// <param name="path">The file, relative to the project directory, '/'-separated.</param>
    /// <param name="width">Its width in CSS pixels (0 when sizes are off).</param>
    /// <param name="height">Its height in CSS pixels (0 when sizes are off).</param>
    /// <param name="format">jpeg, png, gif, webp or svg (empty when sizes are off).</param>
    /// <param name="url">Its URL under ContentGenAssetUrl; empty when that is not set.</param>
    public Image(string path, int width, int height, string format, string url)
    {
        Path = path;
        Width = width;
        Height = height;
        Format = format;
        Url = url;
    }

    /// <summary>The file, relative to the project directory, '/'-separated (<c>Content/news/cover.jpg</c>).</summary>
    public string Path { get; }

    /// <summary>Its width in CSS pixels, as a browser lays it out (0 when ContentGenImageSizes is off).</summary>
    public int Width { get; }

    /// <summary>Its height in CSS pixels (0 when ContentGenImageSizes is off).</summary>
    public int Height { get; }

    /// <summary><c>jpeg</c>, <c>png</c>, <c>gif</c>, <c>webp</c> or <c>svg</c> (empty when ContentGenImageSizes is off).</summary>
    public string Format { get; }

    /// <summary>Its URL under ContentGenAssetUrl (<c>/articles/news/cover.jpg</c>); empty when that is not set.</summary>
    public string Url { get; }

    /// <summary>The path and size, for debugging.</summary>
    /// <returns>For example <c>Content/cover.jpg (1200x800 jpeg)</c>.</returns>
    public override string ToString() => $"{Path} ({Width.ToString(System.Globalization.CultureInfo.InvariantCulture)}x{Height.ToString(System.Globalization.CultureInfo.InvariantCulture)} {Format})";
}
