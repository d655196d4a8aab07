using ContentGen.Tests.Helpers;
using Xunit;

namespace ContentGen.Tests.EndToEnd;

/// <summary>A site's whole content on real <c>dotnet</c> builds: data files, references, backward lookups, taxonomies, drafts by configuration.</summary>
public class SiteModelBuildTests
{
    private const string Types = """
        using System.Collections.Generic;
        using ContentGen;

        namespace Consumer;

        /// <summary>An author.</summary>
        [DataCollection("Data/authors.yaml")]
        internal sealed partial record Author
        {
            /// <summary>The name.</summary>
            public required string Name { get; init; }

            /// <summary>Elsewhere on the web.</summary>
            public AuthorProfile? Profile { get; init; }
        }

        /// <summary>An author's profile.</summary>
        internal sealed class AuthorProfile
        {
            /// <summary>A handle.</summary>
            public required string Handle { get; init; }

            /// <summary>Followers.</summary>
            public int Followers { get; init; }
        }

        /// <summary>A series of posts.</summary>
        [DataCollection("Content/series/*.json")]
        internal sealed partial class Series
        {
            /// <summary>The title.</summary>
            public required string Title { get; init; }
        }

        /// <summary>A post.</summary>
        [ContentCollection("Content/posts/*.md")]
        internal partial class Post : Article
        {
            /// <summary>Who wrote it.</summary>
            public required Author Author { get; init; }

            /// <summary>Its series.</summary>
            public Series? Series { get; init; }

            /// <summary>Its categories.</summary>
            [Taxonomy]
            public IReadOnlyList<string> Categories { get; init; } = [];
        }
        """;

    private const string Program = """
        using System;
        using System.Linq;
        using Consumer;

        Console.WriteLine("all: " + string.Join(", ", Articles.All.Select(a => a.Slug)));
        Console.WriteLine($"jane: {Author.JaneDoe.Name} @{Author.JaneDoe.Profile?.Handle} ({Author.JaneDoe.Profile?.Followers})");
        Console.WriteLine("by jane: " + string.Join(", ", Post.WithAuthor(Author.JaneDoe).Select(p => p.Slug)));
        Console.WriteLine("series: " + string.Join(", ", Series.All.Select(s => $"{s.Id}={s.Title}")));
        Console.WriteLine("tags: " + string.Join(", ", Articles.AllTags.Select(t => $"{t.Name}/{t.Slug}/{t.Count}")));
        Console.WriteLine("categories: " + string.Join(", ", Post.AllCategories.Select(t => $"{t.Name}/{t.Count}")));
        Console.WriteLine("draft: " + (Articles.Find("posts/draft")?.IsDraft.ToString() ?? "none"));
        """;

    private static Consumer Site() => new Consumer()
        .Property("TreatWarningsAsErrors", "true")
        .Property("AnalysisLevel", "latest-all")
        .Property("GenerateDocumentationFile", "true")
        .File("Program.cs", Program)
        .File("Types.cs", Types)
        .File("Data/authors.yaml", "jane-doe:\n  name: Jane Doe\n  profile: { handle: jane, followers: 12 }\nbob:\n  name: Bob\n")
        .File("Content/series/rust-basics.json", "{ \"title\": \"Rust basics\" }")
        .File("Content/posts/a.md", "---\nauthor: jane-doe\nseries: rust-basics\ncategories: [How-To]\ntags: [DotNet, C#]\n---\n# A\n\nText.")
        .File("Content/posts/b.md", "---\nauthor: bob\ncategories: [News]\ntags: [DotNet]\n---\n# B\n\nText.")
        .File("Content/posts/draft.md", "---\nauthor: jane-doe\ndraft: true\ntags: [wip]\n---\n# Draft\n\nText.")
        .File("Content/about.txt", "About\n\nThe site.");

    [Fact]
    public void A_site_of_posts_authors_series_and_tags_builds_clean_and_leaves_drafts_out_of_Release()
    {
        using Consumer consumer = Site();

        CliResult debug = consumer.Run();
        Assert.True(debug.ExitCode == 0, debug.ToString());
        Assert.DoesNotContain("warning", debug.Output);
        Assert.Contains("all: about, posts/a, posts/b, posts/draft", debug.Output);
        Assert.Contains("jane: Jane Doe @jane (12)", debug.Output);
        Assert.Contains("by jane: posts/a, posts/draft", debug.Output);
        Assert.Contains("series: rust-basics=Rust basics", debug.Output);
        Assert.Contains("tags: C#/csharp/1, DotNet/dotnet/2, wip/wip/1", debug.Output);
        Assert.Contains("categories: How-To/1, News/1", debug.Output);
        Assert.Contains("draft: True", debug.Output);

        // Release leaves drafts out (ContentGenIncludeDrafts defaults to false there): no trace of them.
        CliResult release = consumer.Run("-c", "Release");
        Assert.True(release.ExitCode == 0, release.ToString());
        Assert.Contains("all: about, posts/a, posts/b", release.Output);
        Assert.Contains("by jane: posts/a\n", release.Output.Replace("\r", string.Empty, System.StringComparison.Ordinal));
        Assert.Contains("tags: C#/csharp/1, DotNet/dotnet/2\n", release.Output.Replace("\r", string.Empty, System.StringComparison.Ordinal));
        Assert.Contains("draft: none", release.Output);
    }

    [Fact]
    public void Data_mistakes_fail_the_build_at_their_line_and_column()
    {
        using Consumer consumer = Site()
            .Property("ContentGenIncludeDrafts", "false")
            .File("Data/authors.yaml", "jane-doe:\n  name: Jane Doe\n  profile: { handle: jane, followers: many }\nbob:\n  name: Bob\n")
            .File("Content/posts/b.md", "---\nauthor: jane-do\ncategories: [News]\n---\n# B\n\nSee [the draft](draft.md).");

        CliResult result = consumer.Build();
        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains($"{consumer.PathOf("Data/authors.yaml")}(3,39): error CG0005: 'followers' expects a whole number", result.Output);
        Assert.Contains($"{consumer.PathOf("Content/posts/b.md")}(2,9): error CG0055: 'jane-do' is not the id of any Author entry; Author takes the id of an existing entry; did you mean 'jane-doe'?", result.Output);
        Assert.Contains($"{consumer.PathOf("Content/posts/b.md")}(7,17): error CG0060: 'draft.md' names the article of Content/posts/draft.md, which is a draft", result.Output);
        Assert.DoesNotContain("CS8785", result.Output);
    }
}
