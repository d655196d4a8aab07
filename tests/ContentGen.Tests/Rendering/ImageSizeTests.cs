using System;
using System.IO;
using System.Text;
using ContentGen.Tasks;
using ContentGen.Corpus;
using ContentGen.Tests.Helpers;
using Xunit;

namespace ContentGen.Tests.Rendering;

/// <summary>The image-size task's reader (src/ContentGen.Tasks): each supported format, and each way a file can fail.</summary>
public sealed class ImageSizeTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "contentgen-images", Guid.NewGuid().ToString("N"));

    public ImageSizeTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private ImageSize Read(string name, byte[] bytes)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return ImageSize.Read(path);
    }

    private ImageSize Svg(string text) => Read("a.svg", Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Png_gif_webp_and_jpeg_give_the_size_their_header_states()
    {
        Assert.Equal(new ImageSize(640, 480, "png", string.Empty), Read("a.png", ImageFiles.Png(640, 480)));
        Assert.Equal(new ImageSize(300, 200, "gif", string.Empty), Read("a.gif", ImageFiles.Gif(300, 200)));
        Assert.Equal(new ImageSize(1024, 768, "webp", string.Empty), Read("a.webp", ImageFiles.WebP(1024, 768)));
        Assert.Equal(new ImageSize(1200, 800, "jpeg", string.Empty), Read("a.jpg", ImageFiles.Jpeg(1200, 800)));
    }

    [Fact]
    public void A_jpeg_turned_a_quarter_by_its_exif_orientation_is_as_wide_as_it_is_shown()
    {
        Assert.Equal(new ImageSize(800, 1200, "jpeg", string.Empty), Read("a.jpg", ImageFiles.Jpeg(1200, 800, orientation: 6)));
        Assert.Equal(new ImageSize(1200, 800, "jpeg", string.Empty), Read("b.jpg", ImageFiles.Jpeg(1200, 800, orientation: 3)));
    }

    [Fact]
    public void The_format_comes_from_the_bytes_not_the_name()
    {
        Assert.Equal(new ImageSize(10, 20, "png", string.Empty), Read("misnamed.jpg", ImageFiles.Png(10, 20)));
    }

    [Fact]
    public void Svg_takes_width_and_height_else_its_viewBox_else_one_side_and_the_ratio()
    {
        Assert.Equal(new ImageSize(120, 60, "svg", string.Empty), Svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"60px\"/>"));
        Assert.Equal(new ImageSize(300, 150, "svg", string.Empty), Svg("<?xml version=\"1.0\"?><!-- c --><svg viewBox=\"0 0 300 150\" width=\"100%\"></svg>"));
        Assert.Equal(new ImageSize(200, 100, "svg", string.Empty), Svg("<svg viewBox=\"0,0,300,150\" width=\"200\"/>"));
    }

    [Fact]
    public void Empty_corrupt_unknown_and_sizeless_files_say_why()
    {
        Assert.Equal("the file is empty", Read("a.png", []).Problem);
        Assert.Equal("its bytes are not a JPEG, PNG, GIF or WebP image", Read("b.png", Encoding.ASCII.GetBytes("not an image at all")).Problem);
        Assert.StartsWith("it is corrupt", Read("c.png", ImageFiles.Png(10, 10)[..20]).Problem, StringComparison.Ordinal);
        Assert.Equal("it has no size (its <svg> has no width and height in px, and no viewBox)", Svg("<svg width=\"50%\"/>").Problem);
        Assert.Equal("it is not SVG (its root element is not <svg>)", Svg("<html/>").Problem);
        Assert.StartsWith("it is corrupt", Svg("<svg width=").Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_svg_with_a_dtd_and_an_external_entity_reads_nothing_from_outside()
    {
        ImageSize size = Svg("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg width=\"5\" height=\"6\">&x;</svg>");
        Assert.Equal(new ImageSize(5, 6, "svg", string.Empty), size);
    }
}
