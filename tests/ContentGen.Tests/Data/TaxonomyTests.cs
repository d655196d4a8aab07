using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Data;

/// <summary>Taxonomies (docs/format.md, "Taxonomies"): Articles.AllTags, [Taxonomy] properties, forms of one term, slugs.</summary>
public class TaxonomyTests
{
    private static string Where(Diagnostic d) => DiagnosticText.Where(d);

    private static ContentProject Tagged() => new ContentProject()
        .Source(Collections.CollectionTests.NewsSchema)
        .File("Content/a.txt", "---\ntags: [DotNet, rust]\n---\nA\n\nText.")
        .File("Content/b.txt", "---\ntags: [dotnet, \"C#\"]\n---\nB\n\nText.")
        .File("Content/news/c.txt", "---\npublished: 2024-05-01\ntags: [DotNet, C++, DotNet]\n---\nC\n\nText.")
        .File("Content/d.txt", "D\n\nNo tags.");

    private static Taxonomy<Article> AllTags(Assembly assembly) =>
        (Taxonomy<Article>)assembly.GetType("Consumer.Articles")!.GetProperty("AllTags")!.GetValue(null)!;

    [Fact]
    public void AllTags_holds_every_article_s_tags_as_terms_in_name_order_with_their_articles()
    {
        GenerationResult result = Tagged().Generate();
        Assembly assembly = result.LoadAssembly();
        Taxonomy<Article> tags = AllTags(assembly);
        var all = (IReadOnlyList<Article>)assembly.GetType("Consumer.Articles")!.GetProperty("All")!.GetValue(null)!;

        Assert.Equal(["C#", "C++", "DotNet", "rust"], tags.Select(t => t.Name));
        Assert.Equal(["csharp", "cplusplus", "dotnet", "rust"], tags.Select(t => t.Slug));

        // One term for DotNet and dotnet (the most used form names it), across collections, each article once, in All order.
        Term<Article> dotnet = tags[2];
        Assert.Equal(3, dotnet.Count);
        Assert.Equal(["Content/a.txt", "Content/b.txt", "Content/news/c.txt"], dotnet.Articles.Select(a => a.SourcePath));
        Assert.Same(all[3], dotnet.Articles[2]); // Content/d.txt, without tags, is all[2].
        Assert.Equal(["Content/news/c.txt"], tags[1].Articles.Select(a => a.SourcePath));

        // Found by slug, or by any form of its name.
        Assert.Same(dotnet, tags.Find("dotnet"));
        Assert.Same(dotnet, tags.Find("Dot-Net"));
        Assert.Same(tags[0], tags.Find("csharp"));
        Assert.Same(tags[0], tags.Find("C#"));
        Assert.Null(tags.Find("python"));
    }

    [Fact]
    public void Newest_lists_every_dated_article_of_the_project_newest_first_by_instant()
    {
        GenerationResult result = new ContentProject()
            .Source(Collections.CollectionTests.NewsSchema)
            .File("Content/a.txt", "---\ndate: 2024-05-01T10:00:00+02:00\n---\nA\n\nAt 08:00 UTC.")
            .File("Content/b.txt", "---\npublished: 2024-05-01T09:00:00Z\n---\nB\n\nAt 09:00 UTC: newer than a, whose local time is later.")
            .File("Content/c.txt", "C\n\nNo date: not in Newest.")
            .File("Content/d.txt", "---\ndate: 2024-05-01 08:00\n---\nD\n\nThe instant of a: after a, in the order of All.")
            .File("Content/news/e.txt", "---\npublished: 2025-01-01\n---\nE\n\nAn article of a collection.")
            .Generate();
        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assembly assembly = result.LoadAssembly();
        Type articles = assembly.GetType("Consumer.Articles")!;
        var newest = (IReadOnlyList<Article>)articles.GetProperty("Newest")!.GetValue(null)!;
        var all = (IReadOnlyList<Article>)articles.GetProperty("All")!.GetValue(null)!;

        Assert.Equal(["Content/news/e.txt", "Content/b.txt", "Content/a.txt", "Content/d.txt"], newest.Select(a => a.SourcePath));
        Assert.Equal(4, newest.Count);
        Assert.Same(all[4], newest[0]);
        Assert.Same(all[0], newest[2]);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => newest[4]);
        Assert.Same(newest, articles.GetProperty("Newest")!.GetValue(null));
    }

    [Fact]
    public void CG0058_a_rarer_form_of_a_term_is_a_warning_at_the_value_naming_the_most_used()
    {
        Diagnostic d = Assert.Single(Tagged().Generate().Errors("CG0058"));
        Assert.Equal("CG0058 Warning /project/Content/b.txt(2,8)", Where(d));
        Assert.Equal("'dotnet' is the term 'DotNet' of Articles.AllTags written another way (3 of its 4 uses are 'DotNet'); write 'DotNet'", d.GetMessage());
    }

    [Fact]
    public void CG0059_a_term_without_a_slug_of_its_own_is_at_its_first_use()
    {
        GenerationResult result = new ContentProject()
            .File("Content/a.txt", "---\ntags: [\"C#\", \"🎉\"]\n---\nA\n\nText.")
            .File("Content/b.txt", "---\ntags: [CSharp]\n---\nB\n\nText.")
            .Generate();
        Diagnostic[] errors = [.. result.Errors("CG0059").OrderBy(d => d.Location.GetLineSpan().Path, System.StringComparer.Ordinal)];
        Assert.Equal(["CG0059 Error /project/Content/a.txt(2,14)", "CG0059 Error /project/Content/b.txt(2,8)"], errors.Select(Where));
        Assert.Equal(
            ["The term '🎉' of Articles.AllTags has no letter or digit to make a slug of; rename it", "The term 'CSharp' of Articles.AllTags has the slug 'csharp' of the term 'C#' too; rename it"],
            errors.Select(d => d.GetMessage()));
    }

    private const string PostSchema = """
        #pragma warning disable CS1591
        using System.Collections.Generic;
        using ContentGen;
        namespace Consumer;

        public enum Section { World, WorldNews, Sport }

        [DataCollection("Data/topics.yaml")]
        public partial class Topic
        {
            public required string Title { get; init; }
        }

        [ContentCollection("Content/posts/*.md")]
        public partial class Post : Article
        {
            [Taxonomy] public IReadOnlyList<string> Categories { get; init; } = [];
            [Taxonomy] public Section[] Sections { get; init; } = [];
            [Taxonomy] public IReadOnlyList<Topic> Topics { get; init; } = [];
        }
        """;

    private static ContentProject Posts() => new ContentProject()
        .Source(PostSchema)
        .Data("Data/topics.yaml", "rust: { title: Rust }\nweb: { title: The web }\n")
        .File("Content/posts/a.md", "---\ncategories: [How-To, News]\nsections: [world-news]\ntopics: [rust, web]\n---\n# A\n\nText.")
        .File("Content/posts/b.md", "---\ncategories: [how to]\nsections: [WorldNews, Sport]\ntopics: [web]\n---\n# B\n\nText.")
        .File("Content/posts/c.md", "---\ncategories: [how-to]\n---\n# C\n\nText.");

    [Fact]
    public void A_Taxonomy_property_of_strings_enums_or_entries_gives_All_Property()
    {
        GenerationResult result = Posts().Generate();
        Assembly assembly = result.LoadAssembly();
        object? Static(string name) => assembly.GetType("Consumer.Post")!.GetProperty(name)!.GetValue(null);
        static string[] Terms(object? taxonomy) => [.. ((IEnumerable)taxonomy!).Cast<object>().Select(t => $"{t}:{t.GetType().GetProperty("Slug")!.GetValue(t)}:{t.GetType().GetProperty("Count")!.GetValue(t)}")];

        // How-To, 'how to' and how-to: one term, each form used once, so the first in All order names it.
        Assert.Equal(["How-To:how-to:3", "News:news:1"], Terms(Static("AllCategories")));
        Assert.Equal(["Sport:sport:1", "WorldNews:world-news:2"], Terms(Static("AllSections")));
        Assert.Equal(["rust:rust:1", "web:web:2"], Terms(Static("AllTopics")));
        Assert.Equal(["CG0058 Warning /project/Content/posts/b.md(2,14)", "CG0058 Warning /project/Content/posts/c.md(2,14)"], result.Errors("CG0058").Select(Where).Order());
        Assert.Contains(result.Errors("CG0058"), d => d.GetMessage() == "'how to' is the term 'How-To' of Post.AllCategories written another way (1 of its 3 uses is 'How-To'); write 'How-To'");
    }

    [Fact]
    public void A_declared_vocabulary_reports_an_undeclared_term_with_the_closest()
    {
        GenerationResult result = Posts().File("Content/posts/d.md", "---\nsections: [Sprot]\ntopics: [rsut]\n---\n# D\n\nText.").Generate();
        Diagnostic section = Assert.Single(result.Errors("CG0005"));
        Assert.Equal("CG0005 Error /project/Content/posts/d.md(2,12)", Where(section));
        Assert.EndsWith("did you mean 'Sport'?", section.GetMessage(), System.StringComparison.Ordinal);
        Diagnostic topic = Assert.Single(result.Errors("CG0055"));
        Assert.Equal("CG0055 Error /project/Content/posts/d.md(3,10)", Where(topic));
        Assert.Equal("'rsut' is not the id of any Topic entry; Topics takes the id of an existing entry; did you mean 'rust'?", topic.GetMessage());
    }

    [Theory]
    [InlineData("[Taxonomy] public string? Category { get; init; }", "a taxonomy is a list property (IReadOnlyList<T> or T[]), and the property is string?")]
    [InlineData("[Taxonomy] public int[] Scores { get; init; } = [];", "its terms must be strings, an enum or a data collection type, and they are int")]
    public void CG0057_a_Taxonomy_that_cannot_be_one_is_at_the_attribute(string declaration, string reason)
    {
        string source = $"#pragma warning disable CS1591\nusing ContentGen;\nnamespace Consumer;\n[ContentCollection(\"Content/*.txt\")]\npublic partial class Note : Article\n{{\n    {declaration}\n}}\n";
        GenerationResult result = new ContentProject().Source(source).File("Content/a.txt", "A\n\nText.").Generate();
        Diagnostic d = Assert.Single(result.Errors("CG0057"));
        Assert.Equal("CG0057 Error /project/Source0.cs(7,6)", Where(d));
        Assert.Equal($"Note.{declaration.Split(' ')[3]} cannot be a taxonomy: {reason}", d.GetMessage());
        result.LoadAssembly(); // Not a taxonomy, still a property.
    }

    [Fact]
    public void CG0057_on_a_data_collection()
    {
        const string Source = "#pragma warning disable CS1591\nusing ContentGen;\nnamespace Consumer;\n[DataCollection(\"Data/a.yaml\")]\npublic partial class Thing\n{\n    [Taxonomy] public string[] Labels { get; init; } = [];\n}\n";
        Diagnostic d = Assert.Single(new ContentProject().Source(Source).Data("Data/a.yaml", "x: {}").Generate().Errors("CG0057"));
        Assert.Equal("Thing.Labels cannot be a taxonomy: a taxonomy groups articles, and this is a data collection", d.GetMessage());
    }
}
