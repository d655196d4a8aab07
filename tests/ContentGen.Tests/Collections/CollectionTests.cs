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

        // Keys the schema typed are properties, not also untyped extras; Article.Metadata keeps its own keys.
        Assert.Empty(strike.Metadata.Extra);
        Assert.Equal(["strike", "rail"], strike.Metadata.Tags);

        // Optional values keep the initializer's default.
        Article quiet = ByPath(news, "Content/news/quiet.txt");
        Assert.Equal("World", Get(quiet, "Section")!.ToString());
        Assert.Null(Get(quiet, "Byline"));
        Assert.Empty((IReadOnlyList<string>)Get(quiet, "Tags")!);
        Assert.Null(Get(quiet, "FollowUpOf"));
    }

    private const string EverySchema = """
        #pragma warning disable CS1591
        using System;
        using System.Collections.Generic;
        using ContentGen;

        namespace Consumer;

        public enum Mood { Calm, Angry }

        [ContentCollection("Content/typed/*.txt")]
        public partial class Typed : Article
        {
            public string Text { get; init; } = "";
            public bool Flag { get; init; }
            public int Count { get; init; }
            public long Big { get; init; }
            public double Ratio { get; init; }
            public decimal Price { get; init; }
            public DateOnly Day { get; init; }
            public DateTime When { get; init; }
            public DateTimeOffset Moment { get; init; }
            public TimeSpan Length { get; init; }
            public TimeSpan Iso { get; init; }
            public Uri? Link { get; init; }
            public Guid Id { get; init; }
            public Mood Mood { get; init; }
            public int? Maybe { get; init; }
            public Mood? NoMood { get; init; }
            public string? Nothing { get; init; } = "default";
            public int[] Numbers { get; init; } = [];
            public IReadOnlyList<DateOnly> Days { get; init; } = [];
            public Mood[] Moods { get; init; } = [];
            public Typed? Self { get; init; }
            public IReadOnlyList<Typed> Others { get; init; } = [];
        }
        """;

    [Fact]
    public void Every_supported_type_compiles_to_the_value_written()
    {
        const string FrontMatter = """
            ---
            text: "Curly ‘quotes’ and \"escapes\" \\ stay"
            flag: true
            count: -42
            big: 9007199254740993
            ratio: 0.1
            price: 19.99
            day: 2024-02-29
            when: 2024-05-01T08:30:00+02:00
            moment: 2024-05-01T08:30:00+02:00
            length: 1.02:03:04.5
            iso: PT1H30M
            link: https://example.com/a?b=c
            id: 0F8FAD5B-D9CB-469F-A165-70867728950E
            mood: angry
            maybe: 7
            no-mood: ~
            nothing: null
            numbers: [1, 2, 3]
            days:
              - 2024-01-01
              - 2024-12-31
            moods: [Calm, ANGRY]
            self: typed/one
            others: [typed/two, typed/one]
            ---
            One

            Text.
            """;
        GenerationResult result = new ContentProject()
            .Source(EverySchema)
            .File("Content/typed/one.txt", FrontMatter)
            .File("Content/typed/two.txt", "Two\n\nText.")
            .Generate();
        IReadOnlyList<Article> all = result.LoadArticles("Consumer.Typed");
        Article one = ByPath(all, "Content/typed/one.txt");
        Article two = ByPath(all, "Content/typed/two.txt");

        Assert.Equal("Curly ‘quotes’ and \"escapes\" \\ stay", Get(one, "Text"));
        Assert.Equal(true, Get(one, "Flag"));
        Assert.Equal(-42, Get(one, "Count"));
        Assert.Equal(9007199254740993L, Get(one, "Big"));
        Assert.Equal(0.1, Get(one, "Ratio"));
        Assert.Equal(19.99m, Get(one, "Price"));
        Assert.Equal(new DateOnly(2024, 2, 29), Get(one, "Day"));
        Assert.Equal(new DateTime(2024, 5, 1, 6, 30, 0, DateTimeKind.Utc), Get(one, "When"));
        Assert.Equal(DateTimeKind.Utc, ((DateTime)Get(one, "When")!).Kind);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 8, 30, 0, TimeSpan.FromHours(2)), Get(one, "Moment"));
        Assert.Equal(TimeSpan.FromHours(2), ((DateTimeOffset)Get(one, "Moment")!).Offset);
        Assert.Equal(new TimeSpan(1, 2, 3, 4, 500), Get(one, "Length"));
        Assert.Equal(TimeSpan.FromMinutes(90), Get(one, "Iso"));
        Assert.Equal(new Uri("https://example.com/a?b=c"), Get(one, "Link"));
        Assert.Equal(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), Get(one, "Id"));
        Assert.Equal("Angry", Get(one, "Mood")!.ToString());
        Assert.Equal(7, Get(one, "Maybe"));
        Assert.Null(Get(one, "NoMood"));
        Assert.Null(Get(one, "Nothing")); // An explicit null replaces the initializer's value.
        Assert.Equal([1, 2, 3], (int[])Get(one, "Numbers")!);
        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)], (IReadOnlyList<DateOnly>)Get(one, "Days")!);
        Assert.Equal(["Calm", "Angry"], ((Array)Get(one, "Moods")!).Cast<object>().Select(m => m.ToString()));
        Assert.Same(one, Get(one, "Self"));
        Assert.Equal([two, one], ((System.Collections.IEnumerable)Get(one, "Others")!).Cast<Article>());

        // Nothing written: defaults, and the initializers' values.
        Assert.Equal(string.Empty, Get(two, "Text"));
        Assert.Equal("default", Get(two, "Nothing"));
        Assert.Empty((int[])Get(two, "Numbers")!);
        Assert.Null(Get(two, "Self"));
    }

    [Fact]
    public void Values_are_decoded_from_compiled_data_never_parsed_at_run_time()
    {
        GenerationResult result = new ContentProject()
            .Source(NewsSchema)
            .File("Content/news/a.txt", "---\npublished: 2024-05-01\nsection: world-news\n---\nA\n\nText.")
            .Generate();
        string code = string.Concat(result.Sources.Where(s => s.HintName.StartsWith("ContentGen.Collection.Consumer.NewsArticle", StringComparison.Ordinal)).Select(s => s.SourceText.ToString()));

        // One reader per collection, by property type; the values themselves are compressed data, not text.
        Assert.Contains("this.Published = __values.Next() ? __values.DateOnly() : default!;", code); // Required: always given.
        Assert.Contains("if (__values.Next()) this.Section = unchecked((global::Consumer.Section)__values.Int64());", code);
        Assert.DoesNotContain("Parse", code);
        Assert.DoesNotContain("2024", code);
        Assert.DoesNotContain("world-news", code);

        Type news = result.LoadAssembly().GetType("Consumer.NewsArticle")!;
        object a = news.GetProperty("A")!.GetValue(null)!;
        Assert.Equal(new DateOnly(2024, 5, 1), news.GetProperty("Published")!.GetValue(a));
        Assert.Equal("WorldNews", news.GetProperty("Section")!.GetValue(a)!.ToString());
    }

    [Fact]
    public void A_reference_cycle_works_each_article_sees_the_other()
    {
        GenerationResult result = new ContentProject()
            .Source(NewsSchema)
            .File("Content/news/a.txt", "---\npublished: 2024-05-01\nfollow-up-of: news/b\n---\nA\n\nText.")
            .File("Content/news/b.txt", "---\npublished: 2024-05-02\nfollow_up_of: news/a\n---\nB\n\nText.")
            .File("Content/news/sub/c.txt", "---\npublished: 2024-05-03\nFollowUpOf: news/sub/c\n---\nC\n\nText.")
            .Generate();
        System.Reflection.Assembly assembly = result.LoadAssembly();

        // Read B first, through its static property: A's initializer must come back to B and find it.
        Type news = assembly.GetType("Consumer.NewsArticle")!;
        var b = (Article)news.GetProperty("B")!.GetValue(null)!;
        var a = (Article)news.GetProperty("A")!.GetValue(null)!;
        Assert.Same(a, Get(b, "FollowUpOf"));
        Assert.Same(b, Get(a, "FollowUpOf"));

        // Named by the path under the collection's folder, Content/news/.
        var c = (Article)news.GetProperty("SubC")!.GetValue(null)!;
        Assert.Same(c, Get(c, "FollowUpOf"));
    }

    [Fact]
    public void Two_collections_and_the_default_one_live_side_by_side()
    {
        const string Blog = """
            #pragma warning disable CS1591
            using ContentGen;

            namespace Consumer.Blog;

            [ContentCollection("Content/blog/*.txt")]
            public partial class BlogPost : Article
            {
                public string? Author { get; init; }
                public global::Consumer.NewsArticle? About { get; init; }
            }
            """;
        GenerationResult result = new ContentProject()
            .Source(NewsSchema)
            .Source(Blog)
            .File("Content/news/a.txt", "---\npublished: 2024-05-01\n---\nNews A\n\nText.")
            .File("Content/blog/a.txt", "---\nauthor: Me\nabout: news/a\n---\nBlog A\n\nAlso read: News A")
            .File("Content/a.txt", "Plain A\n\nAlso read: Blog A")
            .Generate();

        IReadOnlyList<Article> everything = result.LoadArticles("Consumer.Articles");
        Type articles = result.LoadedArticlesType!;
        System.Reflection.Assembly assembly = articles.Assembly;
        var news = (IReadOnlyList<Article>)assembly.GetType("Consumer.NewsArticle")!.GetProperty("All")!.GetValue(null)!;
        var blog = (IReadOnlyList<Article>)assembly.GetType("Consumer.Blog.BlogPost")!.GetProperty("All")!.GetValue(null)!;

        // Each file in exactly one collection; Articles.All is every article of the project, by source path.
        Assert.Equal(["Content/a.txt"], ((IEnumerable<Article>)result.Catalog()).Select(a => a.SourcePath));
        Assert.Equal(["Content/a.txt", "Content/blog/a.txt", "Content/news/a.txt"], everything.Select(a => a.SourcePath));
        Assert.Same(everything[2], news[0]);
        Assert.Same(everything[1], articles.GetMethod("Find")!.Invoke(null, ["blog/a"]));
        Assert.Equal("Content/a.txt", ((Article)articles.GetProperty("A")!.GetValue(null)!).SourcePath);
        Assert.Equal(["Content/news/a.txt"], news.Select(a => a.SourcePath));
        Assert.Equal(["Content/blog/a.txt"], blog.Select(a => a.SourcePath));

        // Same file name in three collections: three classes, three properties named A, no clash.
        Assert.Equal("BlogPost", blog[0].GetType().BaseType!.Name);
        Assert.Same(news[0], Get(blog[0], "About"));
        Assert.Same(blog[0], assembly.GetType("Consumer.Blog.BlogPost")!.GetMethod("Find")!.Invoke(null, ["blog/a"]));
        Assert.Null(assembly.GetType("Consumer.NewsArticle")!.GetMethod("Find")!.Invoke(null, ["blog/a"]));

        // Related links cross collections, and backlinks follow them.
        Assert.Same(blog[0], everything[0].Links[0].Target);
        Assert.Same(news[0], blog[0].Links[0].Target);
        Assert.Equal([blog[0]], news[0].LinkedFrom);
    }

    [Fact]
    public void An_article_named_like_a_member_of_its_collection_gets_a_suffix()
    {
        GenerationResult result = new ContentProject()
            .Source(NewsSchema)
            .File("Content/news/title.txt", "---\npublished: 2024-05-01\n---\nT\n\nText.")
            .File("Content/news/published.txt", "---\npublished: 2024-05-01\n---\nP\n\nText.")
            .File("Content/news/news-article.txt", "---\npublished: 2024-05-01\n---\nN\n\nText.")
            .File("Content/news/html.txt", "---\npublished: 2024-05-01\n---\nH\n\nText.")
            .File("Content/news/headings.txt", "---\npublished: 2024-05-01\n---\nH\n\nText.")
            .Generate();
        IReadOnlyList<Article> all = result.LoadArticles("Consumer.NewsArticle");
        Type news = result.LoadedArticlesType!;
        Assert.Equal(5, all.Count);
        Assert.NotNull(news.GetProperty("Html_", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static));
        Assert.NotNull(news.GetProperty("Headings_", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static));
        Assert.NotNull(news.GetProperty("Title_", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static));
        Assert.NotNull(news.GetProperty("Published_", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static));
        Assert.NotNull(news.GetProperty("NewsArticle_", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static));
    }

    [Fact]
    public void Generated_collection_source_matches_the_verified_snapshot()
    {
        GenerationResult result = new ContentProject()
            .Source(NewsSchema)
            .File("Content/news/a.txt", "---\npublished: 2024-05-01\nsection: world-news\ntags: [x, \"y \\\"z\\\"\"]\nfollow-up-of: news/b\n---\nA\n\nText.\n\nAlso read: B")
            .File("Content/news/b.txt", "---\npublished: 2024-05-02\nbyline: ~\n---\nB\n\nText.")
            .Generate();
        Assert.Empty(result.Diagnostics);
        foreach (GeneratedSourceResult source in result.Sources.Where(s => s.HintName.Contains("NewsArticle", StringComparison.Ordinal)).OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            Snapshot.Source("News." + source.HintName.Replace(".g.cs", string.Empty, StringComparison.Ordinal), source.SourceText.ToString());
        }
    }

    [Fact]
    public void A_collection_glob_takes_markdown_articles_too()
    {
        const string Docs = """
            #pragma warning disable CS1591
            using ContentGen;

            namespace Consumer;

            [ContentCollection("Content/docs/**/*.md")]
            public partial class Doc : Article
            {
                public int Order { get; init; }
            }
            """;
        GenerationResult result = new ContentProject()
            .Source(Docs)
            .File("Content/docs/intro.md", "---\norder: 1\n---\n# Introduction\n\nSee [setup](setup/install.md#steps).")
            .File("Content/docs/setup/install.md", "---\norder: 2\n---\n# Install\n\n## Steps\n\nRun it.")
            .File("Content/docs/notes.txt", "Notes\n\nNot matched by the pattern.")
            .Generate();
        IReadOnlyList<Article> docs = result.LoadArticles("Consumer.Doc");

        Assert.Equal(["Content/docs/intro.md", "Content/docs/setup/install.md"], docs.Select(d => d.SourcePath));
        Assert.Equal([1, 2], docs.Select(d => (int)Get(d, "Order")!));
        Assert.Same(docs[1], docs[0].Links[0].Target);
        Assert.Equal("Install", docs[1].Title);
        Assert.NotNull(result.LoadedArticlesType!.GetProperty("SetupInstall"));
    }
}
