using System.Linq;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Collections;

/// <summary>Every schema violation at its exact place (docs/diagnostics.md, CG0005-CG0007, CG0016-CG0019, CG0024).</summary>
public class CollectionDiagnosticTests
{
    private static string Where(Diagnostic d) => DiagnosticText.Where(d);

    private static GenerationResult News(string text, string path = "Content/news/a.txt") =>
        new ContentProject().Source(CollectionTests.NewsSchema).File(path, text).Generate();

    private static GenerationResult Schema(string source, string path = "Content/a.txt") =>
        new ContentProject().Source(source).File(path, "A\n\nText.").Generate();

    [Fact]
    public void CG0005_an_enum_value_that_does_not_exist_lists_the_names_and_suggests_the_closest()
    {
        GenerationResult result = News("---\npublished: 2024-05-01\nsection: Sprot\n---\nA\n\nText.");
        Diagnostic d = Assert.Single(result.Errors("CG0005"));
        Assert.Equal("CG0005 Error /project/Content/news/a.txt(3,10)", Where(d));
        Assert.Equal("'section' expects one of the Section names: World, Business, Sport, WorldNews, but the value is 'Sprot'; did you mean 'Sport'?", d.GetMessage());
    }

    [Fact]
    public void CG0005_a_date_that_is_not_a_date_is_reported_once()
    {
        // published is also Article.Metadata's key: its parser reports the value; the schema does not repeat it.
        GenerationResult result = News("---\npublished: yesterday\n---\nA\n\nText.");
        Diagnostic d = Assert.Single(result.Errors("CG0005"));
        Assert.Equal("CG0005 Error /project/Content/news/a.txt(2,12)", Where(d));
        Assert.Empty(result.Errors("CG0006")); // Given, though invalid: not also missing.
    }

    [Fact]
    public void CG0005_a_list_where_one_value_is_expected_and_an_empty_required_value()
    {
        GenerationResult result = News("---\npublished: [2024-05-01]\nbyline:\n  - a\n---\nA\n\nText.");
        Assert.Equal(["CG0005 Error /project/Content/news/a.txt(2,12)", "CG0005 Error /project/Content/news/a.txt(4,3)"], result.Errors("CG0005").Select(Where));
    }

    [Fact]
    public void CG0006_a_missing_required_value_is_at_the_front_matter()
    {
        GenerationResult result = News("---\nsection: World\n---\nA\n\nText.");
        Diagnostic d = Assert.Single(result.Errors("CG0006"));
        Assert.Equal("CG0006 Error /project/Content/news/a.txt(1,1)", Where(d));
        Assert.Equal(3, d.Location.SourceSpan.Length); // The opening '---'.
        Assert.Equal("'Content/news/a.txt' has no value for NewsArticle.Published, which is required; add 'published: ...' to its front matter", d.GetMessage());
    }

    [Fact]
    public void CG0006_without_front_matter_is_at_line_1()
    {
        GenerationResult result = News("A\n\nText.");
        Diagnostic d = Assert.Single(result.Errors("CG0006"));
        Assert.Equal("CG0006 Error /project/Content/news/a.txt(1,1)", Where(d));
    }

    [Fact]
    public void CG0006_follows_the_Required_attribute_too_and_not_after_unreadable_front_matter()
    {
        const string Source = """
            #pragma warning disable CS1591
            using ContentGen;
            namespace Consumer;
            [ContentCollection("Content/*.txt")]
            public partial class Doc : Article
            {
                [System.ComponentModel.DataAnnotations.Required]
                public string? Owner { get; init; }
            }
            """;
        Assert.Single(Schema(Source).Errors("CG0006"));

        GenerationResult broken = new ContentProject().Source(Source).File("Content/a.txt", "---\nowner: [unclosed\n---\nA\n\nText.").Generate();
        Assert.Single(broken.Errors("CG0003"));
        Assert.Empty(broken.Errors("CG0006"));
    }

    [Fact]
    public void CG0007_a_key_that_matches_no_property_is_a_warning_at_the_key()
    {
        GenerationResult result = News("---\npublished: 2024-05-01\nauthor: Known to Article.Metadata\nsubtitle: x\n---\nA\n\nText.");
        Diagnostic d = Assert.Single(result.Errors("CG0007"));
        Assert.Equal("CG0007 Warning /project/Content/news/a.txt(4,1)", Where(d));
        Assert.Equal("'subtitle' matches no property of NewsArticle (properties: Byline, FollowUpOf, Published, Section, Tags); it is ignored", d.GetMessage());
    }

    [Fact]
    public void CG0008_one_slug_in_two_collections_is_one_url_served_twice()
    {
        GenerationResult result = new ContentProject()
            .Source(CollectionTests.NewsSchema)
            .File("Content/news/a.txt", "---\npublished: 2024-05-01\n---\nNews A\n\nText.")
            .File("Content/news/a.md", "# Page A\n\nIn the default collection, with the same slug.")
            .Generate();
        Assert.Equal(["CG0008 Error /project/Content/news/a.md(1,1)", "CG0008 Error /project/Content/news/a.txt(1,1)"], result.Errors("CG0008").Select(Where).Order());
        Assert.Contains(result.Errors("CG0008"), d => d.GetMessage() == "The slug 'news/a' of 'Content/news/a.md' is also the slug of 'Content/news/a.txt'; rename one of the files or set its ContentGenSlug");
    }

    [Fact]
    public void CG0016_a_reference_to_no_article_of_that_collection()
    {
        GenerationResult result = new ContentProject()
            .Source(CollectionTests.NewsSchema)
            .File("Content/news/a.txt", "---\npublished: 2024-05-01\nfollow-up-of: news/nowhere\n---\nA\n\nText.")
            .File("Content/nowhere.txt", "Not news\n\nIn the default collection, so not a NewsArticle.")
            .Generate();
        Diagnostic d = Assert.Single(result.Errors("CG0016"));
        Assert.Equal("CG0016 Error /project/Content/news/a.txt(3,15)", Where(d));
        Assert.Equal("'news/nowhere' is not the slug of any article of NewsArticle; FollowUpOf takes the slug of an existing article", d.GetMessage());
        Assert.Empty(result.Errors("CG0056")); // Nothing anywhere has that slug: not another collection's article either.
    }

    [Fact]
    public void CG0017_an_unsupported_property_type_is_at_the_property()
    {
        const string Source = "using ContentGen;\nnamespace Consumer;\n[ContentCollection(\"Content/*.txt\")]\npublic partial class Odd : Article\n{\n    public System.Text.StringBuilder? Builder { get; init; }\n}\n";
        Diagnostic d = Assert.Single(Schema(Source).Errors("CG0017"));
        Assert.Equal("CG0017 Error /project/Source0.cs(6,39)", Where(d));
        Assert.StartsWith("Odd.Builder has type System.Text.StringBuilder?, which front matter cannot set", d.GetMessage());
    }

    [Fact]
    public void CG0018_a_file_claimed_by_two_collections()
    {
        const string Source = """
            #pragma warning disable CS1591
            using ContentGen;
            namespace Consumer;
            [ContentCollection("Content/**/*.txt")]
            public partial class Everything : Article { }
            [ContentCollection("Content/news/*.txt")]
            public partial class News : Article { }
            """;
        GenerationResult result = Schema(Source, "Content/news/a.txt");
        Diagnostic d = Assert.Single(result.Errors("CG0018"));
        Assert.Equal("CG0018 Error /project/Content/news/a.txt(1,1)", Where(d));
        Assert.Equal("'Content/news/a.txt' is claimed by several collections (Everything, News); make their patterns exclusive", d.GetMessage());
    }

    [Fact]
    public void CG0019_an_invalid_pattern_is_an_error_at_the_argument()
    {
        const string Source = "using ContentGen;\nnamespace Consumer;\n[ContentCollection(\"news/../outside/*.txt\")]\npublic partial class Outside : Article { }\n";
        GenerationResult result = Schema(Source);
        Diagnostic d = Assert.Single(result.Errors("CG0019"));
        Assert.Equal("CG0019 Error /project/Source0.cs(3,20)", Where(d));
        Assert.Equal("The pattern 'news/../outside/*.txt' of Outside is invalid: '..' can only start a pattern ('../Shared/posts/*.md', for content outside the project directory)", d.GetMessage());
        Assert.Empty(result.Errors("CG0032"));
    }

    [Fact]
    public void CG0032_a_pattern_that_matches_no_file_is_a_warning_of_its_own_id()
    {
        const string Source = "using ContentGen;\nnamespace Consumer;\n[ContentCollection(\"Content/none/*.txt\")]\ninternal partial class Empty : Article { }\n";
        GenerationResult result = Schema(Source);
        Diagnostic d = Assert.Single(result.Errors("CG0032"));
        Assert.Equal("CG0032 Warning /project/Source0.cs(3,20)", Where(d));
        Assert.Equal("The pattern 'Content/none/*.txt' of Empty matches no content file; content files are the project's ContentGenArticle items", d.GetMessage());
        Assert.Empty(result.Errors("CG0019"));

        // The empty collection still compiles: All is empty, Find finds nothing.
        Assert.Empty(result.LoadArticles("Consumer.Empty"));
    }

    [Theory]
    [InlineData("public class Whole : Article { }", "Whole", "it must be declared 'partial'")]
    [InlineData("public partial class Loose { }", "Loose", "it must derive from ContentGen.Article")]
    [InlineData("public sealed partial class Closed : Article { }", "Closed", "it must not be static or sealed: each article is a class derived from it")]
    public void CG0024_a_type_the_generator_cannot_complete_is_at_its_name(string declaration, string name, string reason)
    {
        string source = $"using ContentGen;\nnamespace Consumer;\n[ContentCollection(\"Content/*.txt\")]\n{declaration}\n";
        Diagnostic d = Assert.Single(Schema(source).Errors("CG0024"));
        Assert.Equal($"CG0024 Error /project/Source0.cs(4,{declaration.IndexOf(name, System.StringComparison.Ordinal) + 1})", Where(d));
        Assert.Equal($"{name} cannot be a content collection: {reason}", d.GetMessage());
    }

    [Fact]
    public void A_broken_collection_never_crashes_the_generator()
    {
        // Every problem at once: still diagnostics, never CS8785.
        const string Source = """
            using ContentGen;
            namespace Consumer;
            [ContentCollection("")]
            public class A : Article { public object? O { get; init; } public A? Self { get; init; } }
            [ContentCollection(null!)]
            public partial class B : Article { }
            """;
        GenerationResult result = new ContentProject().Source(Source).File("Content/a.txt", "---\no: 1\nself: [a]\n---\nA\n\nText.").Generate();
        result.AssertNoGeneratorException();
        Assert.NotEmpty(result.Errors("CG0019"));
        Assert.NotEmpty(result.Errors("CG0024"));
    }
}
