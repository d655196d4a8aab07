using System;
using System.Linq;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ContentGen.Tests.Rendering;

/// <summary>Every rendering feature at once, as the generated source stores it (payload decoded, checked by hand).</summary>
public class RenderingSnapshotTests
{
    [Fact]
    public void Highlighted_code_anchored_headings_a_page_link_and_a_sized_image_match_the_verified_snapshot()
    {
        GenerationResult result = new ContentProject()
            .Property("ContentGenPageUrl", "/docs/{slug}")
            .Property("ContentGenHeadingAnchors", "true")
            .Property("ContentGenImageTable", "obj/ContentGen.images")
            .File("Content/guide.md", "# Guide\n\nSee [setup](setup.md#run) and the chart:\n\n![Chart](chart.png)\n\n## Run\n\n```sh\ndotnet run # go\n```\n")
            .File("Content/setup.md", "# Setup\n\n## Run\n\nText.\n")
            .File("Content/chart.png", SourceText.From(string.Empty), itemType: "ContentGenAsset")
            .File("obj/ContentGen.images", SourceText.From("ContentGen images 1\n/project/Content/chart.png\t800\t600\tpng\t\n"), itemType: "None")
            .Generate();
        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        GeneratedSourceResult source = result.Sources.Single(s => s.SourceText.ToString().Contains("Content/guide.md", StringComparison.Ordinal) && s.HintName != "ContentGen.Articles.g.cs");
        Snapshot.Source("Rendering." + source.HintName.Replace(".g.cs", string.Empty, StringComparison.Ordinal), source.SourceText.ToString());
    }
}
