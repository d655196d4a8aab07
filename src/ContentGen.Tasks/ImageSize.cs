using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.FileType;
using MetadataExtractor.Formats.Gif;
using MetadataExtractor.Formats.Jpeg;
using MetadataExtractor.Formats.Png;
using MetadataExtractor.Formats.WebP;
using MetadataExtractor.Util;

namespace ContentGen.Tasks;

/// <summary>An image's size as a browser lays it out, or why it has none.</summary>
/// <param name="Width">CSS pixels; 0 with a problem.</param>
/// <param name="Height">CSS pixels; 0 with a problem.</param>
/// <param name="Format">jpeg, png, gif, webp or svg; empty with a problem.</param>
/// <param name="Problem">Empty when the size was read; else a phrase for the message "cannot be shown: ...".</param>
internal sealed record ImageSize(int Width, int Height, string Format, string Problem)
{
    /// <summary>
    /// Reads the size of one image file: JPEG, PNG, GIF and WebP by MetadataExtractor (the format
    /// from the bytes, not the name), SVG from its root element's width and height (in px or
    /// unitless), else its viewBox. A JPEG whose EXIF orientation turns it by 90 degrees is shown
    /// turned, so its width and height are swapped.
    /// </summary>
    public static ImageSize Read(string path)
    {
        try
        {
            using FileStream stream = File.OpenRead(path);
            if (stream.Length == 0)
            {
                return Failed("the file is empty");
            }

            if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
            {
                return Svg(stream);
            }

            FileType type = FileTypeDetector.DetectFileType(stream);
            stream.Position = 0;
            return type switch
            {
                FileType.Jpeg => Jpeg(stream),
                FileType.Png => Size(PngMetadataReader.ReadMetadata(stream).OfType<PngDirectory>().FirstOrDefault(d => d.Name == "PNG-IHDR"), PngDirectory.TagImageWidth, PngDirectory.TagImageHeight, "png"),
                FileType.Gif => Size(GifMetadataReader.ReadMetadata(stream).OfType<GifHeaderDirectory>().FirstOrDefault(), GifHeaderDirectory.TagImageWidth, GifHeaderDirectory.TagImageHeight, "gif"),
                FileType.WebP => Size(WebPMetadataReader.ReadMetadata(stream).OfType<WebPDirectory>().FirstOrDefault(), WebPDirectory.TagImageWidth, WebPDirectory.TagImageHeight, "webp"),
                FileType.Unknown => Failed("its bytes are not a JPEG, PNG, GIF or WebP image"),
                _ => Failed($"its bytes are {type.ToString().ToUpperInvariant()}, not a JPEG, PNG, GIF or WebP image"),
            };
        }
        catch (Exception ex) when (ex is ImageProcessingException or IOException or UnauthorizedAccessException or XmlException or ArgumentException or FormatException or OverflowException or IndexOutOfRangeException)
        {
            return Failed("it is corrupt (" + ex.Message.TrimEnd('.') + ")");
        }
    }

    private static ImageSize Jpeg(Stream stream)
    {
        var directories = JpegMetadataReader.ReadMetadata(stream);
        ImageSize size = Size(directories.OfType<JpegDirectory>().FirstOrDefault(), JpegDirectory.TagImageWidth, JpegDirectory.TagImageHeight, "jpeg");
        ExifIfd0Directory? exif = directories.OfType<ExifIfd0Directory>().FirstOrDefault();
        bool turned = exif is not null && exif.TryGetInt32(ExifDirectoryBase.TagOrientation, out int orientation) && orientation is >= 5 and <= 8;
        return turned && size.Problem.Length == 0 ? size with { Width = size.Height, Height = size.Width } : size;
    }

    private static ImageSize Size(MetadataExtractor.Directory? directory, int widthTag, int heightTag, string format) =>
        directory is not null && directory.TryGetInt32(widthTag, out int width) && directory.TryGetInt32(heightTag, out int height) && width > 0 && height > 0
            ? new ImageSize(width, height, format, string.Empty)
            : Failed($"it is corrupt (no size in its {format.ToUpperInvariant()} header)");

    private static ImageSize Svg(Stream stream)
    {
        // No DTD, no external entities: an SVG is read as plain XML, its root element only.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(stream, settings);
        reader.MoveToContent();
        if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "svg")
        {
            return Failed("it is not SVG (its root element is not <svg>)");
        }

        double? width = Length(reader.GetAttribute("width"));
        double? height = Length(reader.GetAttribute("height"));
        string[] box = (reader.GetAttribute("viewBox") ?? string.Empty).Split([' ', ',', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        bool hasBox = box.Length == 4 && Number(box[2]) is > 0 && Number(box[3]) is > 0;
        if (width is null && height is null && hasBox)
        {
            width = Number(box[2]);
            height = Number(box[3]);
        }
        else if (hasBox && (width is null ^ height is null))
        {
            // One side given: the other follows the viewBox's aspect ratio, as a browser lays it out.
            double ratio = Number(box[3])!.Value / Number(box[2])!.Value;
            width ??= height!.Value / ratio;
            height ??= width.Value * ratio;
        }

        return width is > 0 && height is > 0
            ? new ImageSize((int)Math.Round(width.Value), (int)Math.Round(height.Value), "svg", string.Empty)
            : Failed("it has no size (its <svg> has no width and height in px, and no viewBox)");
    }

    /// <summary>A width or height in CSS pixels: unitless or px; other units (%, em) say nothing of the size.</summary>
    private static double? Length(string? value)
    {
        string text = (value ?? string.Empty).Trim();
        if (text.EndsWith("px", StringComparison.Ordinal))
        {
            text = text.Substring(0, text.Length - 2);
        }

        return Number(text) is > 0 and var n ? n : null;
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && !double.IsInfinity(value) && !double.IsNaN(value) ? value : null;

    private static ImageSize Failed(string problem) => new(0, 0, string.Empty, problem);
}
