using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ContentGen.Generator;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Data;

/// <summary>
/// What reruns when data changes (no timing: the steps' run reasons). References resolve against
/// the entries' names only: an author's bio edit reruns the author's file and collection, nothing
/// that only refers to the author; an id that appears or disappears reruns the resolution of
/// every article, and changes only those that name it.
/// </summary>
public class DataCachingTests
{
    private const int PostCount = 100;
    private const int AuthorCount = 10;

    private static string Authors(string bio = "Writes.", string? rename = null)
    {
        var yaml = new StringBuilder();
        for (int i = 0; i < AuthorCount; i++)
        {
            string id = string.Create(CultureInfo.InvariantCulture, $"a{i:D3}");
            yaml.Append(id == "a003" && rename is not null ? rename : id).Append(":\n  name: Author ").Append(i).Append('\n');
            yaml.Append("  bio: ").Append(i == 5 ? bio : "Writes.").Append('\n');
        }

        return yaml.ToString();
    }

    private const string Schema = """
        #pragma warning disable CS1591
        using System.Collections.Generic;
        using ContentGen;
        namespace Consumer;

        [DataCollection("Data/authors.yaml")]
        public partial record Author
        {
            public required string Name { get; init; }
            public string? Bio { get; init; }
        }

        [ContentCollection("Content/posts/*.md")]
        public partial class Post : Article
        {
            public required Author Author { get; init; }
        }
        """;

    private static string PostText(int i, string tags = "[a, b]") =>
        string.Create(CultureInfo.InvariantCulture, $"---\nauthor: a{i % AuthorCount:D3}\ntags: {tags}\n---\n# Post {i}\n\nText {i}.");

    private static (ContentProject Project, GeneratorDriver Driver, Compilation Compilation) Warm()
    {
        var project = new ContentProject().Source(Schema).Source("namespace Consumer { public static class Program { } }");
        project.Data("Data/authors.yaml", Authors());
        for (int i = 0; i < PostCount; i++)
        {
            project.File(string.Create(CultureInfo.InvariantCulture, $"Content/posts/p{i:D3}.md"), PostText(i));
        }

        Compilation compilation = project.Compilation();
        return (project, project.Driver().RunGenerators(compilation), compilation);
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
        [.. result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason)];

    private static IEnumerable<IncrementalStepRunReason> Outputs(GeneratorRunResult result) =>
        result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason);

    private static GeneratorRunResult Replace(GeneratorDriver driver, Compilation compilation, AdditionalText old, string text) =>
        driver.ReplaceAdditionalText(old, ContentProject.Text(old.Path, text)).RunGenerators(compilation).GetRunResult().Results.Single();

    [Fact]
    public void Editing_an_author_s_bio_reruns_its_file_and_collection_and_nothing_that_only_refers_to_it()
    {
        (ContentProject project, GeneratorDriver driver, Compilation compilation) = Warm();
        GeneratorRunResult result = Replace(driver, compilation, project.AdditionalTexts[0], Authors(bio: "Writes about\n    many things, over two lines now."));

        Assert.Empty(result.Diagnostics); // The new bio is read: two lines, which move every entry below it.
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(result, TrackingNames.DataFiles));
        Assert.Equal([IncrementalStepRunReason.Unchanged], Reasons(result, TrackingNames.DataKeys));
        Assert.All(Reasons(result, TrackingNames.DataLayout), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(result, TrackingNames.Bind), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(result, TrackingNames.Links), r => Assert.Equal(IncrementalStepRunReason.Cached, r));

        // One file written again: the author collection's.
        Assert.Equal(1, Outputs(result).Count(r => r == IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void Renaming_an_author_s_id_changes_the_resolution_of_the_articles_that_name_it_only()
    {
        (ContentProject project, GeneratorDriver driver, Compilation compilation) = Warm();
        GeneratorRunResult result = Replace(driver, compilation, project.AdditionalTexts[0], Authors(rename: "a003-renamed"));

        Assert.All(Reasons(result, TrackingNames.Bind), r => Assert.Equal(IncrementalStepRunReason.Cached, r));

        // Every article resolves again against the new names; those that name a003 change (now CG0055).
        IncrementalStepRunReason[] links = Reasons(result, TrackingNames.Links);
        Assert.Equal(PostCount / AuthorCount, links.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(PostCount - (PostCount / AuthorCount), links.Count(r => r == IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void Editing_one_article_s_tags_reruns_that_article_and_the_taxonomy()
    {
        (ContentProject project, GeneratorDriver driver, Compilation compilation) = Warm();
        GeneratorRunResult result = Replace(driver, compilation, project.AdditionalTexts[51], PostText(50, "[a, b, c]"));

        IncrementalStepRunReason[] bind = Reasons(result, TrackingNames.Bind);
        Assert.Equal(1, bind.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(PostCount - 1, bind.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(1, Reasons(result, TrackingNames.Facets).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(Reasons(result, TrackingNames.DataFiles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));

        // Articles.AllTags (a term added) and the article's bucket (its record holds its tags); nothing else.
        Assert.Equal(2, Outputs(result).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(result, TrackingNames.Taxonomies).Where(r => r != IncrementalStepRunReason.Cached && r != IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void Dating_an_article_reruns_that_article_and_the_taxonomy_file_that_holds_Newest()
    {
        (ContentProject project, GeneratorDriver driver, Compilation compilation) = Warm();
        GeneratorRunResult result = Replace(driver, compilation, project.AdditionalTexts[51], PostText(50).Replace("---\nauthor", "---\ndate: 2024-05-01\nauthor", System.StringComparison.Ordinal));

        Assert.Equal(1, Reasons(result, TrackingNames.Facets).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.DoesNotContain(IncrementalStepRunReason.Modified, Reasons(result, TrackingNames.Lookups)); // they read the facets: rerun, same result

        // Articles.Newest (the taxonomy file) and the article's bucket (its record holds its date); not the catalog.
        Assert.Equal(2, Outputs(result).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(result, TrackingNames.Taxonomies).Where(r => r != IncrementalStepRunReason.Cached && r != IncrementalStepRunReason.Unchanged));
        Assert.Contains("Newest", result.GeneratedSources.Single(s => s.HintName.EndsWith("Articles.Taxonomies.g.cs", System.StringComparison.Ordinal)).SourceText.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_an_article_s_paragraph_reruns_neither_lookups_nor_taxonomies()
    {
        (ContentProject project, GeneratorDriver driver, Compilation compilation) = Warm();
        GeneratorRunResult result = Replace(driver, compilation, project.AdditionalTexts[51], PostText(50).Replace("Text 50.", "Other text.", System.StringComparison.Ordinal));

        Assert.Equal([IncrementalStepRunReason.Unchanged], Reasons(result, TrackingNames.Facets).Where(r => r != IncrementalStepRunReason.Cached));
        Assert.All(Reasons(result, TrackingNames.Lookups), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(result, TrackingNames.Taxonomies), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(1, Outputs(result).Count(r => r == IncrementalStepRunReason.Modified));
    }

    /// <summary>Runs the warm driver with the schema's C# file edited, and checks the edit was seen and both types were read again.</summary>
    private static GeneratorRunResult EditSchema(System.Func<string, string> edit)
    {
        (_, GeneratorDriver driver, Compilation compilation) = Warm();
        SyntaxTree schema = compilation.SyntaxTrees.First();
        string text = edit(schema.ToString());
        Assert.NotEqual(schema.ToString(), text);
        GeneratorRunResult result = driver.RunGenerators(compilation.ReplaceSyntaxTree(schema, schema.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text)))).GetRunResult().Results.Single();
        Assert.Contains(Reasons(result, TrackingNames.DataSchemas), r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged);
        Assert.All(Reasons(result, TrackingNames.DataSchemaShapes), r => Assert.NotEqual(IncrementalStepRunReason.Modified, r));
        return result;
    }

    private static void AssertNothingReran(GeneratorRunResult result)
    {
        Assert.All(Reasons(result, TrackingNames.DataFiles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(result, TrackingNames.Bind), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Outputs(result), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Editing_the_data_type_s_file_without_changing_its_schema_reruns_nothing()
    {
        AssertNothingReran(EditSchema(text => text + "\n// a comment\n"));
    }

    [Fact]
    public void Inserting_lines_at_the_top_of_the_data_type_s_file_reruns_nothing()
    {
        // Every location in the file moves: none is in what the data steps compare.
        AssertNothingReran(EditSchema(text => "// a comment\n\n// another\n" + text));
    }

    [Fact]
    public void Reordering_the_data_type_s_members_reruns_nothing()
    {
        const string Name = "    public required string Name { get; init; }\n";
        const string Bio = "    public string? Bio { get; init; }\n";
        AssertNothingReran(EditSchema(text => text.Replace(Name + Bio, Bio + Name, System.StringComparison.Ordinal)));
    }
}
