using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Data;

/// <summary>Drafts (docs/format.md, "Drafts"): built by default, left out without a trace when ContentGenIncludeDrafts is false, and never named by what is published.</summary>
public class DraftTests
{
    private static string Where(Diagnostic d) => DiagnosticText.Where(d);

    private static ContentProject Site(bool? includeDrafts)
    {
        ContentProject project = DataCollectionTests.Site()
            .Data("Data/extra-authors.yaml", "ghost:\n  name: Ghost\n  draft: true\n")
            .File("Content/posts/unfinished.md", "---\nauthor: bob\ndraft: true\ntags: [wip]\nseries: nowhere\n---\n# Unfinished\n\nSee [nothing](missing.md).")
            .File("Content/plain.txt", "---\ntags: [wip, done]\n---\nPlain\n\nText.");
        return includeDrafts is { } value ? project.Property("ContentGenIncludeDrafts", value ? "true" : "false") : project;
    }

    private const string ExtraAuthors = """
        #pragma warning disable CS1591
        namespace Consumer;
        [ContentGen.DataCollection("Data/extra-authors.yaml")]
        public partial class Extra { public required string Name { get; init; } }
        """;

    [Fact]
    public void Drafts_are_built_by_default_and_say_so()
    {
        GenerationResult result = Site(includeDrafts: null).Source(ExtraAuthors).Generate();
        Assert.Single(result.Errors("CG0055")); // series: nowhere, checked: the draft is built.
        Assert.Single(result.Errors("CG0025")); // and so is its link.
        Assembly assembly = new ContentProject().Source(DataCollectionTests.SiteSchema).Source(ExtraAuthors)
            .Data("Data/authors.yaml", DataCollectionTests.Authors).Data("Data/series.json", DataCollectionTests.Series)
            .Data("Data/extra-authors.yaml", "ghost:\n  name: Ghost\n  draft: true\n")
            .File("Content/posts/first.md", "---\nauthor: bob\ndraft: true\n---\n# First\n\nText.")
            .File("Content/posts/second.md", "---\nauthor: bob\n---\n# Second\n\nText.")
            .Generate().LoadAssembly();
        var first = (Article)DataCollectionTests.Static(assembly, "Post", "First")!;
        Assert.True(first.IsDraft);
        Assert.False(((Article)DataCollectionTests.Static(assembly, "Post", "Second")!).IsDraft);
        Assert.NotNull(DataCollectionTests.Static(assembly, "Extra", "Ghost"));
    }

    [Fact]
    public void A_build_without_drafts_leaves_them_out_of_every_list_term_and_lookup()
    {
        GenerationResult result = Site(includeDrafts: false).Source(ExtraAuthors).Generate();

        // The draft's own broken reference and link are not checked: it is not built.
        Assert.Empty(result.Errors("CG0055"));
        Assert.Empty(result.Errors("CG0025"));
        Assembly assembly = result.LoadAssembly();

        Assert.Null(assembly.GetType("Consumer.Post")!.GetProperty("Unfinished", BindingFlags.Public | BindingFlags.Static));
        Assert.Null(assembly.GetType("Consumer.Extra")!.GetProperty("Ghost", BindingFlags.Public | BindingFlags.Static));
        Assert.Empty((IEnumerable)DataCollectionTests.Static(assembly, "Extra", "All")!);
        var all = (IReadOnlyList<Article>)DataCollectionTests.Static(assembly, "Articles", "All")!;
        Assert.DoesNotContain(all, a => a.Slug == "posts/unfinished");
        Assert.Null(DataCollectionTests.Call(assembly, "Articles", "Find", "posts/unfinished"));
        Assert.Null(DataCollectionTests.Call(assembly, "Post", "Find", "posts/unfinished"));

        var tags = (Taxonomy<Article>)DataCollectionTests.Static(assembly, "Articles", "AllTags")!;
        Assert.Equal(1, tags.Find("wip")!.Count);
        object bob = DataCollectionTests.Static(assembly, "Author", "Bob")!;
        Assert.Equal(["posts/second"], ((IEnumerable<Article>)DataCollectionTests.Call(assembly, "Post", "WithAuthor", bob)!).Select(a => a.Slug));
    }

    [Fact]
    public void CG0060_a_published_article_or_entry_that_names_a_left_out_draft_is_an_error_at_the_name()
    {
        GenerationResult result = Site(includeDrafts: false)
            .Source(ExtraAuthors)
            .File("Content/posts/links.md", "---\nauthor: bob\nrelated: [posts/unfinished]\n---\n# Links\n\nSee [the draft](unfinished.md).\n\nAlso read: Unfinished")
            .Data("Data/more.yaml", "- id: x\n  name: X\n  featured: posts/unfinished\n  mentor: ghost\n")
            .Source("""
                #pragma warning disable CS1591
                namespace Consumer;
                [ContentGen.DataCollection("Data/more.yaml")]
                public partial class More
                {
                    public required string Name { get; init; }
                    public Post? Featured { get; init; }
                    public Extra? Mentor { get; init; }
                }
                """)
            .Generate();
        Assert.Equal(
            [
                "CG0060 Error /project/Content/posts/links.md(3,11)",
                "CG0060 Error /project/Content/posts/links.md(7,17)",
                "CG0060 Error /project/Content/posts/links.md(9,12)",
                "CG0060 Error /project/Data/more.yaml(3,13)",
                "CG0060 Error /project/Data/more.yaml(4,11)",
            ],
            result.Errors("CG0060").Select(Where).Order());
        Assert.Contains(result.Errors("CG0060"), d => d.GetMessage() == "'posts/unfinished' names the article of Content/posts/unfinished.md, which is a draft, left out of this build (ContentGenIncludeDrafts is false, as in Release builds by default); set ContentGenIncludeDrafts to true or remove draft: true from it");
        Assert.Contains(result.Errors("CG0060"), d => d.GetMessage().StartsWith("'ghost' names the Extra entry of Data/extra-authors.yaml, which is a draft", System.StringComparison.Ordinal));
        Assert.Empty(result.Errors("CG0010"));
        Assert.Empty(result.Errors("CG0016"));
    }

    [Fact]
    public void An_invalid_ContentGenIncludeDrafts_is_CG0013()
    {
        Diagnostic d = Assert.Single(new ContentProject().Property("ContentGenIncludeDrafts", "sometimes").File("Content/a.txt", "A\n\nText.").Generate().Errors("CG0013"));
        Assert.Equal("Invalid ContentGen setting ContentGenIncludeDrafts = 'sometimes': use true or false", d.GetMessage());
    }
}
