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

    private const string SiteSchema = """
        using System.Collections.Generic;
        using ContentGen;
        namespace Consumer;

        /// <summary>A picture and its caption.</summary>
        public sealed class Figure
        {
            /// <summary>The picture.</summary>
            public required Image Picture { get; init; }

            /// <summary>Its caption.</summary>
            public string Caption { get; init; } = "";
        }

        /// <summary>An author.</summary>
        [DataCollection("Data/authors.yaml")]
        public partial record Author
        {
            /// <summary>The name.</summary>
            public required string Name { get; init; }

            /// <summary>A portrait.</summary>
            public Image? Avatar { get; init; }

            /// <summary>More pictures.</summary>
            public IReadOnlyList<Figure> Figures { get; init; } = [];
        }

        /// <summary>A story.</summary>
        [ContentCollection("Content/news/**/*.md")]
        public partial class Story : Article
        {
            /// <summary>Its figures.</summary>
            public IReadOnlyList<Figure> Figures { get; init; } = [];
        }
        """;

    private static ContentProject Site(string frontMatter, string authors) => new ContentProject()
        .Source(SiteSchema)
        .Property("ContentGenImageTable", "obj/ContentGen.images")
        .Property("ContentGenAssetUrl", "/media/{path}")
        .File("Content/news/a.md", "---\n" + frontMatter + "---\n# A\n\nText.\n")
        .Data("Data/authors.yaml", authors)
        .File("Content/news/cover.png", SourceText.From(string.Empty), itemType: "ContentGenAsset")
        .File("Content/shared/b.svg", SourceText.From(string.Empty), itemType: "ContentGenAsset")
        .File("Content/authors/jane.png", SourceText.From(string.Empty), itemType: "ContentGenAsset")
        .File("obj/ContentGen.images", SourceText.From("ContentGen images 1\n/project/Content/news/cover.png\t640\t480\tpng\t\n/project/Content/shared/b.svg\t120\t60\tsvg\t\n/project/Content/authors/jane.png\t96\t96\tpng\t\n"), itemType: "None");

    [Fact]
    public void Images_in_nested_records_and_data_entries_resolve_against_their_own_file()
    {
        GenerationResult result = Site(
            "figures:\n  - { picture: cover.png, caption: Cover }\n  - picture: ../shared/b.svg\n",
            "jane:\n  name: Jane\n  avatar: ../Content/authors/jane.png\n  figures: [{ picture: ../Content/shared/b.svg }]\nbob:\n  name: Bob\n").Generate();
        Assert.Empty(result.Diagnostics);
        System.Reflection.Assembly assembly = result.LoadAssembly();

        Article a = result.LoadArticles("Consumer.Story").Single();
        var figures = (System.Collections.IList)a.GetType().GetProperty("Figures")!.GetValue(a)!;
        Assert.Equal(["Content/news/cover.png (640x480 png) Cover", "Content/shared/b.svg (120x60 svg) "], figures.Cast<object>().Select(Describe));

        object jane = assembly.GetType("Consumer.Author")!.GetProperty("Jane")!.GetValue(null)!;
        var avatar = (Image)jane.GetType().GetProperty("Avatar")!.GetValue(jane)!;
        Assert.Equal(("Content/authors/jane.png", 96, 96, "png", "/media/authors/jane.png"), (avatar.Path, avatar.Width, avatar.Height, avatar.Format, avatar.Url));
        var janeFigures = (System.Collections.IList)jane.GetType().GetProperty("Figures")!.GetValue(jane)!;
        Assert.Equal(["Content/shared/b.svg (120x60 svg) "], janeFigures.Cast<object>().Select(Describe));

        object bob = assembly.GetType("Consumer.Author")!.GetProperty("Bob")!.GetValue(null)!;
        Assert.Null(bob.GetType().GetProperty("Avatar")!.GetValue(bob));

        static string Describe(object figure) =>
            figure.GetType().GetProperty("Picture")!.GetValue(figure) + " " + figure.GetType().GetProperty("Caption")!.GetValue(figure);
    }

    [Fact]
    public void A_missing_image_of_a_nested_record_or_a_data_entry_is_an_error_at_the_value()
    {
        GenerationResult result = Site(
            "figures:\n  - picture: nowhere.png\n",
            "jane:\n  name: Jane\n  avatar: gone.png\n").Generate();
        Assert.Equal(
            [
                "CG0027 Error /project/Content/news/a.md(3,14)",
                "CG0027 Error /project/Data/authors.yaml(3,11)",
            ],
            result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(DiagnosticText.Where).Order());
        Assert.Contains(result.Diagnostics, d => d.GetMessage().Contains("'Data/gone.png'", System.StringComparison.Ordinal));
    }
}
