using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Generation;

/// <summary>The generator through a real driver: what it writes compiles cleanly and reads back the content.</summary>
public class GeneratorTests
{
    private static ContentProject SeedProject() =>
        new ContentProject().File("Content/000_acdc7d00acb03fa1.txt", Repository.Seed);

    [Fact]
    public void Two_identifiers_that_want_one_key_get_two_the_first_by_path_keeps_it_and_both_read_back()
    {
        // An article is named by 14 bits of its identifier's hash within its bucket (payload format
        // 4); two identifiers of a bucket that want the same number: the first by path keeps it,
        // the next takes the next free one.
        var seen = new Dictionary<(int Bucket, int Key), string>();
        string[]? pair = null;
        for (int i = 0; pair is null; i++)
        {
            string name = $"note{i}";
            string identifier = ContentGen.Generator.Parsing.Naming.Identifier(name);
            (int, int) place = (ContentGen.Generator.Layout.Placement.BucketOf(identifier), ContentGen.Generator.Layout.Placement.KeyOf(identifier));
            if (seen.TryGetValue(place, out string? other))
            {
                pair = [.. new[] { other, name }.Order(StringComparer.Ordinal)];
            }
            else
            {
                seen.Add(place, name);
            }
        }

        string first = pair[0], second = pair[1];
        string firstId = ContentGen.Generator.Parsing.Naming.Identifier(first), secondId = ContentGen.Generator.Parsing.Naming.Identifier(second);
        int bucket = ContentGen.Generator.Layout.Placement.BucketOf(firstId), key = ContentGen.Generator.Layout.Placement.KeyOf(firstId);
        Assert.Equal((bucket, key), (ContentGen.Generator.Layout.Placement.BucketOf(secondId), ContentGen.Generator.Layout.Placement.KeyOf(secondId)));

        GenerationResult result = new ContentProject()
            .File($"Content/{first}.md", $"# {first}\n\nSee [the other]({second}.md).\n")
            .File($"Content/{second}.md", $"# {second}\n\nSee [the first]({first}.md).\n")
            .Generate();
        string source = result.Sources.Single(s => s.HintName.EndsWith($".{bucket:D2}.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains($" {firstId} => __B{bucket:D2}({key});", source, StringComparison.Ordinal);
        Assert.Contains($" {secondId} => __B{bucket:D2}({key + 1});", source, StringComparison.Ordinal);

        IReadOnlyList<Article> all = result.LoadArticles();
        Assert.Equal(second, Assert.Single(all.Single(a => a.Slug == first).Links).Target!.Slug);
        Assert.Equal(first, Assert.Single(all.Single(a => a.Slug == second).Links).Target!.Slug);
        Assert.Equal(first, ((Article)result.LoadedArticlesType!.GetProperty(firstId)!.GetValue(null)!).Slug);
        Assert.Equal(second, ((Article)result.LoadedArticlesType!.GetProperty(secondId)!.GetValue(null)!).Slug);
        Assert.Equal([first], all.Single(a => a.Slug == second).LinkedFrom.Select(a => a.Slug));
    }

    [Fact]
    public void Seed_compiles_without_error_or_warning_and_reads_back_exactly()
    {
        GenerationResult result = SeedProject().Generate();
        // No headline (CG0014), and five related links to articles outside this project (CG0010): both info.
        Assert.Equal(["CG0010", "CG0010", "CG0010", "CG0010", "CG0010", "CG0014"], result.Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));

        Article seed = Assert.Single(result.LoadArticles());
        Assert.Equal("000-acdc7d00acb03fa1", seed.Slug);
        Assert.Equal("Content/000_acdc7d00acb03fa1.txt", seed.SourcePath);
        Assert.Equal("Russian President Vladimir Putin and Pakistan’s newly elected Prime Minister…", seed.Title);
        Assert.Equal(341, seed.WordCount);
        Assert.Equal(TimeSpan.FromMinutes(2), seed.ReadingTime);

        var expected = Parse.Text(Repository.Seed, "Content/000_acdc7d00acb03fa1.txt").Article!;
        Assert.Equal(expected.Paragraphs.ToArray(), seed.Paragraphs.Select(p => p.Text));
        Assert.Equal(Enumerable.Range(0, 12), seed.Paragraphs.Select(p => p.Index));
        Assert.Equal(12, seed.Paragraphs.Count);

        Assert.Equal(5, seed.Links.Count);
        Assert.Equal(expected.Links.Select(l => l.Text), seed.Links.Select(l => l.Text));
        Assert.Equal([1, 3, 5, 7, 9], seed.Links.Select(l => l.ParagraphIndex));
        Assert.All(seed.Links, l => Assert.Equal(LinkKind.Related, l.Kind));
        Assert.All(seed.Links, l => Assert.Null(l.Url));
        Assert.DoesNotContain(seed.Links, l => l.Kind == LinkKind.Inline);
    }

    [Fact]
    public void Seed_generated_source_matches_the_verified_snapshot()
    {
        GenerationResult result = SeedProject().Generate();
        foreach (GeneratedSourceResult source in result.Sources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            Snapshot.Source("Seed." + source.HintName.Replace(".g.cs", string.Empty, StringComparison.Ordinal), source.SourceText.ToString());
        }
    }

    [Fact]
    public void Each_article_has_a_typed_property_and_find_returns_it()
    {
        GenerationResult result = new ContentProject()
            .File("Content/b.txt", "Bravo text.")
            .File("Content/news/a.txt", "Alpha text with https://example.com/x.")
            .Generate();
        IReadOnlyList<Article> all = result.LoadArticles();

        // Ordered by source path, ordinal.
        Assert.Equal(["Content/b.txt", "Content/news/a.txt"], all.Select(a => a.SourcePath));

        Type articles = result.LoadedArticlesType!;
        PropertyInfo property = articles.GetProperty("NewsA")!;
        Assert.Equal(typeof(Article), property.PropertyType);
        Assert.Same(all[1], property.GetValue(null));

        MethodInfo find = articles.GetMethod("Find")!;
        Assert.Same(all[1], find.Invoke(null, ["news/a"]));
        Assert.Same(all[0], find.Invoke(null, ["b"]));
        Assert.Null(find.Invoke(null, ["B"]));
        Assert.Null(find.Invoke(null, ["missing"]));

        Link link = Assert.Single(all[1].Links);
        Assert.Equal(LinkKind.Inline, link.Kind);
        Assert.Equal(new Uri("https://example.com/x"), link.Url);
        Assert.Null(link.Target);
    }

    [Fact]
    public void Reading_one_article_through_all_creates_that_article_only()
    {
        GenerationResult result = new ContentProject()
            .File("Content/one.txt", "One.")
            .File("Content/two.txt", "Two.")
            .File("Content/three.txt", "Three.")
            .Generate();
        IReadOnlyList<Article> all = result.LoadArticles();
        ContentGen.Storage.ArticleCatalog catalog = result.Catalog();
        Assert.Empty(catalog.State.Created());

        Assert.Equal("Three.", all[1].Paragraphs[0].Text);
        Assert.Equal(["Content/three.txt"], catalog.State.Created().Select(a => a.SourcePath));
    }

    [Fact]
    public void Nothing_runs_at_startup_and_one_article_decodes_its_own_bucket_only()
    {
        var project = new ContentProject();
        for (int i = 0; i < 200; i++)
        {
            project.File($"Content/a{i}.txt", $"Article {i}\n\nText {i}.");
        }

        Assembly assembly = project.Generate().LoadAssembly();
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        Type articles = assembly.GetType("Consumer.Articles")!;

        // No content in static state: one field in the whole collection, the catalog object, which reads nothing until used.
        Assert.Empty(articles.GetFields(Static));
        Assert.Null(articles.TypeInitializer);
        Type catalogType = articles.GetNestedType("__Catalog", BindingFlags.NonPublic)!;
        FieldInfo instance = Assert.Single(catalogType.GetFields(Static));
        var catalog = (ContentGen.Storage.ArticleCatalog)instance.GetValue(null)!;
        Assert.Equal(0, catalog.State.DecodedBuckets);

        var a7 = (Article)articles.GetProperty("A7")!.GetValue(null)!;
        Assert.Equal("Article 7", a7.Title);
        Assert.Equal(1, catalog.State.DecodedBuckets);
        Assert.Equal([a7], catalog.State.Created());
        Assert.Null(catalog.State.Index); // the index (All, Find) is not read for one article
    }

    [Fact]
    public void Namespace_and_visibility_come_from_msbuild_properties()
    {
        GenerationResult result = new ContentProject()
            .Property("ContentGenNamespace", "My.Site")
            .Property("ContentGenVisibility", "internal")
            .File("Content/a.txt", "Alpha.")
            .Generate();
        Assembly assembly = result.Load();
        Type articles = assembly.GetType("My.Site.Articles", throwOnError: true)!;
        Assert.False(articles.IsPublic);
        Assert.Equal(typeof(Article), articles.GetProperty("A")!.PropertyType);
    }

    [Fact]
    public void A_project_without_content_still_gets_an_empty_collection()
    {
        GenerationResult result = new ContentProject().Generate();
        Assert.Empty(result.LoadArticles());
    }

    [Fact]
    public void Additional_files_of_other_item_types_are_not_articles()
    {
        GenerationResult result = new ContentProject()
            .File("BannedSymbols.txt", Microsoft.CodeAnalysis.Text.SourceText.From("T:System.Console"), itemType: "")
            .Generate();
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.LoadArticles());
    }

    [Fact]
    public void Output_is_byte_identical_whatever_the_order_of_files()
    {
        string Generate(params string[] names)
        {
            var project = new ContentProject();
            foreach (string name in names)
            {
                project.File($"Content/{name}.txt", $"Text of {name}.");
            }

            return string.Join("\n---\n", project.Generate().Sources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.SourceText));
        }

        Assert.Equal(Generate("a", "b", "c", "d"), Generate("d", "b", "a", "c"));
    }
}
