using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Collections;

/// <summary>Collections declared as C# types (docs/format.md, "Collections"): typing, references, several collections.</summary>
public class CollectionTests
{
    /// <summary>The collection of the example, as a user writes it.</summary>
    public const string NewsSchema = """
        #pragma warning disable CS1591 // The test compilation checks doc comments; a user's types are theirs to document.
        using System;
        using System.Collections.Generic;
        using ContentGen;

        namespace Consumer;

        public enum Section { World, Business, Sport, WorldNews }

        [ContentCollection("Content/news/**/*.txt")]
        public partial class NewsArticle : Article
        {
            public required DateOnly Published { get; init; }
            public Section Section { get; init; }
            public string? Byline { get; init; }
            public IReadOnlyList<string> Tags { get; init; } = [];
            public NewsArticle? FollowUpOf { get; init; }
        }
        """;

    internal static object? Get(Article article, string property) => article.GetType().GetProperty(property)!.GetValue(article);

    private static Article ByPath(IEnumerable<Article> all, string path) => all.Single(a => a.SourcePath == path);

    [Fact]
    public void A_collection_types_its_articles_front_matter()
    {
        GenerationResult result = new ContentProject()
            .Source(NewsSchema)
            .File("Content/news/strike.txt", "---\npublished: 2024-05-01\nsection: business\nbyline: A. Writer\ntags: [strike, rail]\n---\nRail strike\n\nTrains stop.")
            .File("Content/news/quiet.txt", "---\npublished: 2024-05-02\n---\nQuiet day\n\nNothing happened.")
            .Generate();
        IReadOnlyList<Article> news = result.LoadArticles("Consumer.NewsArticle");

        Article strike = ByPath(news, "Content/news/strike.txt");
        Assert.Equal("NewsArticle", strike.GetType().BaseType!.Name);
        Assert.Equal(new DateOnly(2024, 5, 1), Get(strike, "Published"));
        Assert.Equal("Business", Get(strike, "Section")!.ToString());
        Assert.Equal("A. Writer", Get(strike, "Byline"));
        Assert.Equal(["strike", "rail"], (IReadOnlyList<string>)Get(strike, "Tags")!);
        Assert.Equal("Rail strike", strike.Title);
        Assert.Equal("news/strike", strike.Slug);

        // Optional values keep the initializer's default.
        Article quiet = ByPath(news, "Content/news/quiet.txt");
        Assert.Equal("World", Get(quiet, "Section")!.ToString());
        Assert.Null(Get(quiet, "Byline"));
        Assert.Empty((IReadOnlyList<string>)Get(quiet, "Tags")!);
        Assert.Null(Get(quiet, "FollowUpOf"));
    }
}
