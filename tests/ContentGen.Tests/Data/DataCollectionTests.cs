using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Data;

/// <summary>Data collections (docs/format.md, "Data collections"): YAML and JSON entries typed at compile time, referred to by articles and by each other.</summary>
public class DataCollectionTests
{
    /// <summary>A blog's data: authors in one YAML file, series in one JSON file, posts that name them.</summary>
    public const string SiteSchema = """
        #pragma warning disable CS1591 // The test compilation checks doc comments; a user's types are theirs to document.
        using System;
        using System.Collections.Generic;
        using ContentGen;

        namespace Consumer;

        public enum Role { Writer, Editor }

        public class Social
        {
            public required string Handle { get; init; }
            public Uri? Site { get; init; }
            public int Followers { get; init; } = 10;
        }

        [DataCollection("Data/authors.yaml")]
        public partial record Author
        {
            public required string Name { get; init; }
            public Role Role { get; init; } = Role.Writer;
            public Social? Social { get; init; }
            public IReadOnlyList<Social> Elsewhere { get; init; } = [];
            public Author? Mentor { get; init; }
            public Post? Featured { get; init; }
        }

        [DataCollection("Data/series.json")]
        public partial class Series
        {
            public required string Title { get; init; }
            public string? Summary { get; set; }
        }

        [ContentCollection("Content/posts/*.md")]
        public partial class Post : Article
        {
            public required Author Author { get; init; }
            public IReadOnlyList<Author> Coauthors { get; init; } = [];
            public Series? Series { get; init; }
        }
        """;

    public const string Authors = """
        # The site's authors, by id.
        jane-doe:
          name: Jane Doe
          role: editor
          social: { handle: jane, site: "https://jane.example/" }
          elsewhere:
            - handle: jd
              followers: 3
          featured: posts/first
        bob:
          name: Bob
          mentor: jane-doe
        """;

    public const string Series = """
        [
          {"id": "rust-basics", "title": "Rust basics", "summary": "From \"hello\" to \u00e9 \ud83d\ude00"},
          {"id": "dotnet", "title": ".NET"}
        ]
        """;

    internal static ContentProject Site() => new ContentProject()
        .Source(SiteSchema)
        .Data("Data/authors.yaml", Authors)
        .Data("Data/series.json", Series)
        .File("Content/posts/first.md", "---\nauthor: jane-doe\ncoauthors: [bob, jane-doe]\nseries: rust-basics\n---\n# First\n\nText.")
        .File("Content/posts/second.md", "---\nauthor: bob\n---\n# Second\n\nText.");

    internal static object? Get(object target, string property) => target.GetType().GetProperty(property)!.GetValue(target);

    internal static object? Static(Assembly assembly, string type, string member)
    {
        Type t = assembly.GetType("Consumer." + type, throwOnError: true)!;
        return t.GetProperty(member, BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
    }

    internal static object? Call(Assembly assembly, string type, string method, params object?[] arguments)
    {
        Type t = assembly.GetType("Consumer." + type, throwOnError: true)!;
        return t.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments);
    }

    private static object[] List(object? value) => [.. ((IEnumerable)value!).Cast<object>()];

    [Fact]
    public void Patterns_that_start_with_dot_dot_claim_content_and_data_shared_from_outside_the_project()
    {
        // A site that shares another project's content (ContentGenContentDir and ContentGenData
        // items outside its own folder) types it with patterns that climb out the same way.
        GenerationResult result = new ContentProject()
            .Property("ContentGenContentDir", "../shared/Content/")
            .Source("""
                #pragma warning disable CS1591
                using ContentGen;
                namespace Consumer;

                [DataCollection("../shared/Data/authors.yaml")]
                public partial record Author
                {
                    public required string Name { get; init; }
                }

                [ContentCollection("../shared/Content/posts/*.md")]
                public partial class Post : Article
                {
                    public required Author Author { get; init; }
                }

                [ContentCollection("posts/*.md")]
                public partial class Local : Article { }
                """)
            .Data("../shared/Data/authors.yaml", "jane-doe:\n  name: Jane Doe\n")
            .File("../shared/Content/posts/hello.md", "---\nauthor: jane-doe\n---\n# Hello\n\nText.\n")
            .File("../shared/Content/about.md", "# About\n\nNot a post.\n")
            .Generate();

        // 'posts/*.md' (inside the project) claims nothing outside it: CG0032, no other error.
        Assert.Equal(["CG0032"], result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.Id));
        Assembly assembly = result.LoadAssembly();
        var posts = (IReadOnlyList<Article>)assembly.GetType("Consumer.Post")!.GetProperty("All")!.GetValue(null)!;
        Article hello = Assert.Single(posts);
        Assert.Equal("../shared/Content/posts/hello.md", hello.SourcePath);
        object author = hello.GetType().GetProperty("Author")!.GetValue(hello)!;
        Assert.Equal("Jane Doe", author.GetType().GetProperty("Name")!.GetValue(author));
        Assert.Equal(2, ((IReadOnlyList<Article>)assembly.GetType("Consumer.Articles")!.GetProperty("All")!.GetValue(null)!).Count);
    }

    [Fact]
    public void A_yaml_file_of_entries_gives_typed_entries_with_ids_properties_All_and_Find()
    {
        GenerationResult result = Site().Generate();
        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).Select(d => d.ToString()));
        Assembly assembly = result.LoadAssembly();

        object[] all = List(Static(assembly, "Author", "All"));
        Assert.Equal(["jane-doe", "bob"], all.Select(a => (string)Get(a, "Id")!)); // The order in the file.
        object jane = Static(assembly, "Author", "JaneDoe")!;
        Assert.Same(all[0], jane);
        Assert.Same(jane, Call(assembly, "Author", "Find", "jane-doe"));
        Assert.Null(Call(assembly, "Author", "Find", "nobody"));

        Assert.Equal("Jane Doe", Get(jane, "Name"));
        Assert.Equal("Editor", Get(jane, "Role")!.ToString());
        object bob = Static(assembly, "Author", "Bob")!;
        Assert.Equal("Writer", Get(bob, "Role")!.ToString()); // Not given: the initializer's value.

        // A nested record: built from its mapping, the values it leaves out as a new instance has them.
        object social = Get(jane, "Social")!;
        Assert.Equal("jane", Get(social, "Handle"));
        Assert.Equal(new Uri("https://jane.example/"), Get(social, "Site"));
        Assert.Equal(10, Get(social, "Followers"));
        object elsewhere = Assert.Single(List(Get(jane, "Elsewhere")));
        Assert.Equal("jd", Get(elsewhere, "Handle"));
        Assert.Equal(3, Get(elsewhere, "Followers"));
        Assert.Null(Get(elsewhere, "Site"));
        Assert.Null(Get(bob, "Social"));
        Assert.Empty(List(Get(bob, "Elsewhere")));
    }

    [Fact]
    public void A_json_list_of_entries_reads_its_escapes_and_ids()
    {
        Assembly assembly = Site().Generate().LoadAssembly();
        object[] series = List(Static(assembly, "Series", "All"));
        Assert.Equal(["rust-basics", "dotnet"], series.Select(s => (string)Get(s, "Id")!));
        Assert.Equal("From \"hello\" to é 😀", Get(series[0], "Summary"));
        Assert.Null(Get(series[1], "Summary"));
        Assert.Same(series[1], Static(assembly, "Series", "Dotnet"));
    }

    [Fact]
    public void Articles_and_entries_refer_to_each_other_in_cycles()
    {
        Assembly assembly = Site().Generate().LoadAssembly();
        object jane = Static(assembly, "Author", "JaneDoe")!;
        object bob = Static(assembly, "Author", "Bob")!;
        object first = Static(assembly, "Post", "First")!;

        Assert.Same(jane, Get(first, "Author"));
        Assert.Equal([bob, jane], List(Get(first, "Coauthors")));
        Assert.Same(Call(assembly, "Series", "Find", "rust-basics"), Get(first, "Series"));
        Assert.Null(Get(Static(assembly, "Post", "Second")!, "Series"));

        // Jane features the first post, whose author is Jane: one object each way.
        Assert.Same(first, Get(jane, "Featured"));
        Assert.Same(jane, Get(bob, "Mentor"));
    }

    [Fact]
    public void One_file_per_entry_under_the_content_folder_takes_its_path_as_id()
    {
        const string Schema = """
            #pragma warning disable CS1591
            using ContentGen;
            namespace Consumer;

            [DataCollection("Content/people/**/*.yml")]
            public partial class Person
            {
                public required string Name { get; init; }
            }
            """;
        Assembly assembly = new ContentProject()
            .Source(Schema)
            .Data("Content/people/Jane Doe.yml", "name: Jane")
            .Data("Content/people/team/bob.yml", "\uFEFFname: Bob\n")
            .Data("Content/other.yml", "name: Not a person")
            .File("Content/a.txt", "A\n\nText.")
            .Generate().LoadAssembly();

        object[] people = List(Static(assembly, "Person", "All"));
        Assert.Equal(["jane-doe", "team/bob"], people.Select(p => (string)Get(p, "Id")!));
        Assert.Equal("Bob", Get(Static(assembly, "Person", "TeamBob")!, "Name")); // The BOM is not part of the text.
        Assert.Equal("Jane", Get(Static(assembly, "Person", "JaneDoe")!, "Name"));
    }

    [Fact]
    public void Backward_lookups_list_the_sources_of_a_reference_in_All_order_each_once()
    {
        Assembly assembly = Site()
            .File("Content/posts/a-third.md", "---\nauthor: jane-doe\ncoauthors: [jane-doe, jane-doe]\n---\n# Third\n\nText.")
            .Generate().LoadAssembly();
        object jane = Static(assembly, "Author", "JaneDoe")!;
        object bob = Static(assembly, "Author", "Bob")!;
        object first = Static(assembly, "Post", "First")!;
        object second = Static(assembly, "Post", "Second")!;
        object third = Static(assembly, "Post", "AThird")!;

        Assert.Equal([third, first], List(Call(assembly, "Post", "WithAuthor", jane)));
        Assert.Equal([second], List(Call(assembly, "Post", "WithAuthor", bob)));
        Assert.Equal([third, first], List(Call(assembly, "Post", "WithCoauthors", jane)));
        Assert.Equal([first], List(Call(assembly, "Post", "WithCoauthors", bob)));
        Assert.Equal([first], List(Call(assembly, "Post", "WithSeries", Call(assembly, "Series", "Find", "rust-basics"))));
        Assert.Empty(List(Call(assembly, "Post", "WithSeries", Static(assembly, "Series", "Dotnet"))));

        // Between data entries, and from entries to articles.
        Assert.Equal([bob], List(Call(assembly, "Author", "WithMentor", jane)));
        Assert.Empty(List(Call(assembly, "Author", "WithMentor", bob)));
        Assert.Equal([jane], List(Call(assembly, "Author", "WithFeatured", first)));

        // Computed at compile time: the lookup is data, one list per target.
        Assert.Same(Call(assembly, "Post", "WithAuthor", jane), Call(assembly, "Post", "WithAuthor", jane));
        var error = Assert.Throws<TargetInvocationException>(() => Call(assembly, "Post", "WithAuthor", [null]));
        Assert.IsType<ArgumentNullException>(error.InnerException);
    }

    [Fact]
    public void Article_front_matter_takes_nested_records_too()
    {
        const string Schema = """
            #pragma warning disable CS1591
            using System;
            using System.Collections.Generic;
            using ContentGen;
            namespace Consumer;

            public sealed record Link
            {
                public required string Text { get; init; }
                public required Uri Href { get; init; }
                public bool External { get; init; } = true;
            }

            public class Hero
            {
                public string Image { get; set; } = "default.png";
                public IReadOnlyList<Link> Links { get; set; } = [];
            }

            [ContentCollection("Content/pages/*.md")]
            public partial class Page : Article
            {
                public Hero Hero { get; init; } = new();
                public Link[] Related { get; init; } = [];
            }
            """;
        const string Page = """
            ---
            hero:
              links:
                - text: Docs
                  href: /docs
                  external: false
                - { text: Source, href: "https://example.com/src" }
            related:
              - text: Home
                href: /
            ---
            # Home

            Text.
            """;
        Assembly assembly = new ContentProject().Source(Schema).File("Content/pages/home.md", Page).File("Content/pages/plain.md", "# Plain\n\nText.").Generate().LoadAssembly();
        object home = Static(assembly, "Page", "Home")!;
        object hero = Get(home, "Hero")!;
        Assert.Equal("default.png", Get(hero, "Image"));
        object[] links = List(Get(hero, "Links"));
        Assert.Equal(["Docs", "Source"], links.Select(l => Get(l, "Text")));
        Assert.Equal([false, true], links.Select(l => Get(l, "External")));
        Assert.Equal(new Uri("/docs", UriKind.Relative), Get(links[0], "Href"));
        object related = Assert.Single(List(Get(home, "Related")));
        Assert.Equal("Home", Get(related, "Text"));

        // A record's value equality holds for records built from content.
        Assert.Equal(related, related.GetType().GetMethod("<Clone>$")!.Invoke(related, null));

        // Not given: the property's initializer.
        Assert.Equal("default.png", Get(Get(Static(assembly, "Page", "Plain")!, "Hero")!, "Image"));
    }

    [Fact]
    public void Generated_data_lookup_and_taxonomy_sources_match_the_verified_snapshots()
    {
        const string Schema = """
            #pragma warning disable CS1591
            using System.Collections.Generic;
            using ContentGen;
            namespace Consumer;

            public class Social
            {
                public required string Handle { get; init; }
                public int Followers { get; init; } = 10;
            }

            [DataCollection("Data/authors.yaml")]
            public partial record Author
            {
                public required string Name { get; init; }
                public IReadOnlyList<Social> Elsewhere { get; init; } = [];
                public Post? Featured { get; init; }
            }

            [ContentCollection("Content/posts/*.md")]
            public partial class Post : Article
            {
                public required Author Author { get; init; }
                [Taxonomy] public IReadOnlyList<string> Categories { get; init; } = [];
            }
            """;
        GenerationResult result = new ContentProject()
            .Source(Schema)
            .Data("Data/authors.yaml", "jane:\n  name: Jane\n  elsewhere: [{ handle: jd, followers: 3 }]\n  featured: posts/a\nbob:\n  name: Bob\n")
            .File("Content/posts/a.md", "---\nauthor: jane\ncategories: [How-To]\ntags: [x]\n---\n# A\n\nText.")
            .File("Content/posts/b.md", "---\nauthor: jane\ncategories: [How-To, News]\n---\n# B\n\nText.")
            .Generate();
        Assert.Empty(result.Diagnostics);
        result.LoadAssembly();
        foreach (string hint in new[] { "ContentGen.Data.Consumer.Author", "ContentGen.Collection.Consumer.Post.Lookups", "ContentGen.Collection.Consumer.Post.Taxonomies", "ContentGen.Articles.Taxonomies" })
        {
            Snapshot.Source("Site." + hint, result.Source(hint + ".g.cs"));
        }
    }
}
