using System.Collections.Generic;
using System.Linq;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ContentGen.Tests.Rendering;

/// <summary>Front matter that names an image (docs/format.md, "Images"): a property of type <c>ContentGen.Image</c> gets its path, size, format and URL.</summary>
public class ImageValueTests
{
    private const string Schema = """
        using System.Collections.Generic;
        using ContentGen;
        namespace Consumer;

        /// <summary>A story.</summary>
        [ContentCollection("Content/news/**/*.md")]
        public partial class Story : Article
        {
            /// <summary>Its cover.</summary>
            public Image? Cover { get; init; }

            /// <summary>Its pictures.</summary>
            public IReadOnlyList<Image> Gallery { get; init; } = [];
        }
        """;

    private static ContentProject Project(string frontMatter) => new ContentProject()
        .Source(Schema)
        .Property("ContentGenImageTable", "obj/ContentGen.images")
        .Property("ContentGenAssetUrl", "/media/{path}")
        .File("Content/news/a.md", "---\n" + frontMatter + "---\n# A\n\nText.\n")
        .File("Content/news/cover.png", SourceText.From(string.Empty), itemType: "ContentGenAsset")
        .File("Content/shared/b.svg", SourceText.From(string.Empty), itemType: "ContentGenAsset")
        .File("Content/news/bad.png", SourceText.From(string.Empty), itemType: "ContentGenAsset")
        .File("Content/news/scan.bmp", SourceText.From(string.Empty), itemType: "ContentGenAsset")
        .File("obj/ContentGen.images", SourceText.From("ContentGen images 1\n/project/Content/news/cover.png\t640\t480\tpng\t\n/project/Content/shared/b.svg\t120\t60\tsvg\t\n/project/Content/news/bad.png\t0\t0\t\tthe file is empty\n"), itemType: "None");

    [Fact]
    public void An_image_property_gets_the_path_size_format_and_url_of_the_file_it_names()
    {
        Article a = Project("cover: ./cover.png\ngallery: [cover.png, ../shared/b.svg]\n").Generate().LoadArticles("Consumer.Story").Single();
        var cover = (Image)a.GetType().GetProperty("Cover")!.GetValue(a)!;
        Assert.Equal(("Content/news/cover.png", 640, 480, "png", "/media/news/cover.png"), (cover.Path, cover.Width, cover.Height, cover.Format, cover.Url));
        var gallery = (IReadOnlyList<Image>)a.GetType().GetProperty("Gallery")!.GetValue(a)!;
        Assert.Equal(["Content/news/cover.png (640x480 png)", "Content/shared/b.svg (120x60 svg)"], gallery.Select(i => i.ToString()));
    }

    [Fact]
    public void A_missing_an_unreadable_and_an_unsupported_image_are_errors_at_the_value()
    {
        GenerationResult result = Project("cover: nowhere.png\ngallery: [bad.png, scan.bmp]\n").Generate();
        Assert.Equal(
            [
                "CG0027 Error /project/Content/news/a.md(2,8)",
                "CG0041 Error /project/Content/news/a.md(3,11)",
                "CG0042 Error /project/Content/news/a.md(3,20)",
            ],
            result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(DiagnosticText.Where));
    }
}
