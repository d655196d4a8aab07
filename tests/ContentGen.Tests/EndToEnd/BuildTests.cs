using ContentGen.Tests.Helpers;
using Xunit;

namespace ContentGen.Tests.EndToEnd;

/// <summary>Real <c>dotnet build</c> runs of consumer projects: what the compiler prints is what users see.</summary>
public class BuildTests
{
    [Fact]
    public void A_malformed_article_fails_the_build_at_its_exact_line_and_column()
    {
        using var consumer = new Consumer()
            .File("Program.cs", "System.Console.WriteLine(Consumer.Articles.All.Count);")
            .File("Content/good.txt", "Headline\n\nA good article.")
            .File("Content/bad.txt", "Headline\r\n\r\nLead.\r\n\r\nMore.\r\n\r\n  Also read:\r\n\r\nEnd \u0007 here.\r\n")
            .File("Content/bad-date.txt", "---\ntitle: Dated\ndate: soon\n---\nBody.")
            .Bytes("Content/latin1.txt", [.. "Caf"u8, 0xE9, .. " au lait."u8])
            .Bytes("Content/bad-byte.txt", [.. "Headline\n\nBad "u8, 0xFF, .. " byte here.\n"u8])
            .Bytes("Content/bom-bad-byte.txt", [0xEF, 0xBB, 0xBF, .. "Headline\n\nA "u8, 0xFF, .. " then a real \uFFFD.\n"u8]);

        CliResult result = consumer.Build();

        Assert.NotEqual(0, result.ExitCode);
        string bad = consumer.PathOf("Content/bad.txt");
        Assert.Contains($"{bad}(7,3): error CG0009: 'Also read:' has no article title after it", result.Output);
        Assert.Contains($"{bad}(9,5): error CG0011: Invalid character U+0007", result.Output);

        // Not UTF-8 (Windows-1252, a stray byte, a byte order mark then a bad byte): the .NET SDK's
        // compiler decodes each invalid byte as U+FFFD; the first one fails the build where it stands.
        Assert.Contains($"{consumer.PathOf("Content/latin1.txt")}(1,4): error CG0023: 'Content/latin1.txt' is not valid UTF-8: the compiler replaced a byte here that is not UTF-8 with U+FFFD; save the file as UTF-8", result.Output);
        Assert.Contains($"{consumer.PathOf("Content/bad-byte.txt")}(3,5): error CG0023: 'Content/bad-byte.txt' is not valid UTF-8", result.Output);
        Assert.Contains($"{consumer.PathOf("Content/bom-bad-byte.txt")}(3,3): error CG0023: 'Content/bom-bad-byte.txt' is not valid UTF-8", result.Output);
        Assert.DoesNotContain("CG0029", result.Output);

        // The YAML library loads in the real compiler: its positions map to the file.
        Assert.Contains($"{consumer.PathOf("Content/bad-date.txt")}(3,7): error CG0005: 'date' expects an ISO 8601 date", result.Output);
        Assert.DoesNotContain("good.txt", result.Output);
        Assert.DoesNotContain("CS8785", result.Output);
    }

    [Fact]
    public void A_replacement_character_written_in_valid_utf8_is_a_warning_and_the_build_succeeds()
    {
        using var consumer = new Consumer()
            .File("Program.cs", "foreach (ContentGen.Article a in Consumer.Articles.All) System.Console.WriteLine($\"{a.SourcePath}|{a.Paragraphs[0].Text}\");")
            .File("Content/output.txt", "Headline\n\nThe tool printed \uFFFD here.\n")
            .Bytes("Content/bom.md", [0xEF, 0xBB, 0xBF, .. "# Title\n\nIt printed \uFFFD too.\n"u8]);

        CliResult result = consumer.Run();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"{consumer.PathOf("Content/output.txt")}(3,18): warning CG0029: The text holds U+FFFD", result.Output);
        Assert.Contains($"{consumer.PathOf("Content/bom.md")}(3,12): warning CG0029: The text holds U+FFFD", result.Output);
        Assert.Contains("Content/output.txt|The tool printed \uFFFD here.", result.Output);
        Assert.Contains("Content/bom.md|It printed \uFFFD too.", result.Output);
        Assert.DoesNotContain("error", result.Output);
    }

    [Fact]
    public void The_content_folder_takes_markdown_files_of_every_kind_and_is_not_compiled_as_code()
    {
        using var consumer = new Consumer()
            .File("Program.cs", "foreach (ContentGen.Article a in Consumer.Articles.All) System.Console.WriteLine($\"{a.SourcePath}|{a.Links[0].Destination}\");")
            .File("Content/post.markdown", "# Post\n\nThe snippet is [here](example.cs).\n")
            .File("Content/example.cs", "this is a code sample, not C# of the project {\n")
            .File("Content/draft.mdx", "# Draft\n\n<Chart />\n");

        CliResult result = consumer.Run();
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Content/post.markdown|example.cs", result.Output);
        Assert.Contains($"{consumer.PathOf("Content/draft.mdx")}(1,1): warning CG0031: 'Content/draft.mdx' is MDX", result.Output);
        Assert.DoesNotMatch(@"\bCS\d{4}\b", result.Output); // example.cs was not compiled
    }

    [Fact]
    public void Severities_follow_editorconfig_and_the_seed_builds_and_runs_clean()
    {
        using var consumer = new Consumer()
            .Property("TreatWarningsAsErrors", "true")
            .Property("AnalysisLevel", "latest-all")
            .Property("GenerateDocumentationFile", "true")
            .Property("LangVersion", "12")
            .File("Program.cs", """
                using Consumer;
                foreach (ContentGen.Article article in Articles.All)
                {
                    System.Console.WriteLine($"{article.Slug}|{article.Paragraphs.Count}|{article.Links.Count}|{article.WordCount}");
                }

                System.Console.WriteLine(Articles.Find("000-acdc7d00acb03fa1")?.Title);
                """)
            .File("Content/000_acdc7d00acb03fa1.txt", Repository.Seed)
            .File("Content/empty-link.txt", "Headline\n\nLead.\n\nAlso read:\n");

        // CG0009 is an error by default; a project may switch it off. CG0014 is info by default.
        // Content files are not C# files: their severities come from a global config (docs/diagnostics.md).
        consumer.File(".globalconfig", "is_global = true\ndotnet_diagnostic.CG0009.severity = none\n");
        CliResult clean = consumer.Run();
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.Contains("000-acdc7d00acb03fa1|12|5|341", clean.Output);
        Assert.Contains("Russian President Vladimir Putin and Pakistan’s newly elected Prime Minister…", clean.Output);
        Assert.DoesNotContain("warning", clean.Output);

        // A project that requires headlines raises CG0014 to an error.
        consumer.File(".globalconfig", "is_global = true\ndotnet_diagnostic.CG0009.severity = none\ndotnet_diagnostic.CG0014.severity = error\n");
        CliResult strict = consumer.Build();
        Assert.NotEqual(0, strict.ExitCode);
        Assert.Contains($"{consumer.PathOf("Content/000_acdc7d00acb03fa1.txt")}(1,1): error CG0014", strict.Output);
    }

    [Fact]
    public void A_closed_site_raises_unresolved_links_to_errors()
    {
        using var consumer = new Consumer()
            .File("Program.cs", "System.Console.WriteLine(Consumer.Articles.A.Links[0].Target?.Title);")
            .File("Content/a.txt", "Alpha\n\nLead.\n\nAlso read: BETA\n\nAlso read: Gamma")
            .File("Content/b.txt", "Beta\n\nText.");

        CliResult open = consumer.Run();
        Assert.True(open.ExitCode == 0, open.ToString());
        Assert.Contains("Beta", open.Output);

        consumer.File(".globalconfig", "is_global = true\ndotnet_diagnostic.CG0010.severity = error\n");
        CliResult closed = consumer.Build();
        Assert.NotEqual(0, closed.ExitCode);
        Assert.Contains($"{consumer.PathOf("Content/a.txt")}(7,12): error CG0010: 'Gamma' names no article", closed.Output);
    }

    [Fact]
    public void A_warning_follows_TreatWarningsAsErrors_and_NoWarn()
    {
        // CG0020 (a link matching two titles) is a warning by default.
        using var consumer = new Consumer()
            .Property("TreatWarningsAsErrors", "true")
            .File("Program.cs", "System.Console.WriteLine(Consumer.Articles.All.Count);")
            .File("Content/one.txt", "Same title\n\nOne.")
            .File("Content/two.txt", "Same title\n\nTwo.")
            .File("Content/a.txt", "Head\n\nLead.\n\nAlso read: Same title");

        CliResult strict = consumer.Build();
        Assert.NotEqual(0, strict.ExitCode);
        Assert.Contains($"{consumer.PathOf("Content/a.txt")}(5,12): error CG0020", strict.Output);

        consumer.Property("NoWarn", "$(NoWarn);CG0020");
        CliResult quiet = consumer.Build();
        Assert.True(quiet.ExitCode == 0, quiet.ToString());
        Assert.DoesNotContain("CG0020", quiet.Output);
    }

    [Fact]
    public void A_collection_builds_strict_and_its_schema_errors_fail_the_build_at_the_content_line()
    {
        // The glob library loads in the real compiler beside the generator; the strictest settings stay clean.
        using var consumer = new Consumer()
            .Property("TreatWarningsAsErrors", "true")
            .Property("AnalysisLevel", "latest-all")
            .Property("GenerateDocumentationFile", "true")
            .File("News.cs", """
                using System;
                using System.Collections.Generic;
                using ContentGen;

                namespace Consumer;

                /// <summary>Sections.</summary>
                internal enum Section
                {
                    /// <summary>World.</summary>
                    World,

                    /// <summary>Sport.</summary>
                    Sport,
                }

                /// <summary>A news article.</summary>
                [ContentCollection("Content/news/**/*.txt")]
                internal partial class NewsArticle : Article
                {
                    /// <summary>The day.</summary>
                    public required DateOnly Published { get; init; }

                    /// <summary>The section.</summary>
                    public Section Section { get; init; }

                    /// <summary>Tags.</summary>
                    public IReadOnlyList<string> Tags { get; init; } = [];

                    /// <summary>The article this one follows up.</summary>
                    public NewsArticle? FollowUpOf { get; init; }
                }
                """)
            .File("Program.cs", """
                using System.Globalization;
                using Consumer;

                foreach (NewsArticle news in NewsArticle.All)
                {
                    System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{news.Slug}|{news.Published:yyyy-MM-dd}|{news.Section}|{news.FollowUpOf?.Slug}"));
                }

                System.Console.WriteLine(NewsArticle.RailStrike.Title);
                System.Console.WriteLine(Articles.All.Count);
                """)
            .File("Content/news/rail-strike.txt", "---\npublished: 2024-05-01\nsection: sport\nfollow-up-of: news/strike-called\n---\nRail strike\n\nTrains stop.")
            .File("Content/news/strike-called.txt", "---\npublished: 2024-04-20\n---\nStrike called\n\nUnions vote.")
            .File("Content/about.txt", "About\n\nNot news.");

        CliResult clean = consumer.Run();
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.Contains("news/rail-strike|2024-05-01|Sport|news/strike-called", clean.Output);
        Assert.Contains("news/strike-called|2024-04-20|World|", clean.Output);
        Assert.Contains("Rail strike", clean.Output);
        Assert.DoesNotContain("warning", clean.Output);

        consumer.File("Content/news/rail-strike.txt", "---\npublished: 2024-05-01\nsection: Sprot\nfollow-up-of: news/nowhere\n---\nRail strike\n\nTrains stop.");
        CliResult broken = consumer.Build();
        Assert.NotEqual(0, broken.ExitCode);
        string path = consumer.PathOf("Content/news/rail-strike.txt");
        Assert.Contains($"{path}(3,10): error CG0005: 'section' expects one of the Section names: World, Sport, but the value is 'Sprot'; did you mean 'Sport'?", broken.Output);
        Assert.Contains($"{path}(4,15): error CG0016: 'news/nowhere' is not the slug of any article of NewsArticle", broken.Output);
        Assert.DoesNotContain("CS8785", broken.Output);
    }

    [Fact]
    public void Markdown_builds_with_its_html_and_a_broken_link_fails_at_its_place()
    {
        // Markdig loads in the real compiler beside the generator; .md files and assets are default items.
        using var consumer = new Consumer()
            .File("Program.cs", """
                using Consumer;
                System.Console.WriteLine(Articles.Guide.Title);
                System.Console.WriteLine(Articles.Guide.Links[0].Target?.Title);
                System.Console.Write(Articles.Guide.Html);
                """)
            .File("Content/guide.md", "---\ntags: [docs]\n---\n# The guide\n\nSee [the news](news.txt#nope-not-checked-for-txt-targets) and ![logo](logo.svg).\n")
            .File("Content/news.txt", "News\n\nText.")
            .File("Content/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"32\" height=\"32\"/>");

        CliResult broken = consumer.Build();
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains($"{consumer.PathOf("Content/guide.md")}(6,16): error CG0026: The link 'news.txt#nope-not-checked-for-txt-targets' names the anchor", broken.Output);

        consumer.File("Content/guide.md", "---\ntags: [docs]\n---\n# The guide\n\nSee [the news](news.txt) and ![logo](logo.svg).\n");
        CliResult clean = consumer.Run();
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.Contains("The guide\nNews\n<h1 id=\"the-guide\">The guide</h1>\n<p>See <a href=\"news.txt\">the news</a> and <img src=\"logo.svg\" alt=\"logo\" width=\"32\" height=\"32\" />.</p>\n", clean.Output.Replace("\r\n", "\n", System.StringComparison.Ordinal));
        Assert.DoesNotContain("CS8785", clean.Output);
    }
}
