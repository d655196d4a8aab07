using System.Linq;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Data;

/// <summary>Every data collection problem at its exact place (docs/diagnostics.md, CG0050-CG0056, and the older IDs as data files meet them).</summary>
public class DataDiagnosticTests
{
    private static string Where(Diagnostic d) => DiagnosticText.Where(d);

    private const string TagSchema = """
        #pragma warning disable CS1591
        using ContentGen;
        namespace Consumer;

        [DataCollection("Data/tags.yaml")]
        public partial class Tag
        {
            public string? Name { get; init; }
        }
        """;

    private static GenerationResult Tags(string yaml, string path = "Data/tags.yaml") =>
        new ContentProject().Source(TagSchema).Data(path, yaml).Generate();

    private static GenerationResult Authors(string yaml) =>
        new ContentProject()
            .Source(DataCollectionTests.SiteSchema)
            .Data("Data/authors.yaml", yaml)
            .Data("Data/series.json", DataCollectionTests.Series)
            .File("Content/posts/first.md", "---\nauthor: jane\n---\n# First\n\nText.")
            .Generate();

    private static GenerationResult Post(string frontMatter) =>
        DataCollectionTests.Site().File("Content/posts/bad.md", $"---\n{frontMatter}\n---\n# Bad\n\nText.").Generate();

    [Theory]
    [InlineData("public partial record Author(string Name);", "Author", "it must not have a primary constructor with parameters; declare its values as properties with init")]
    [InlineData("public record Whole { }", "Whole", "it must be declared 'partial'")]
    [InlineData("public partial class Page : Article { }", "Page", "it must not derive from ContentGen.Article: articles are content files, declared with [ContentCollection]")]
    [InlineData("public abstract partial class Base { }", "Base", "it must not be static or abstract: each entry is an instance of it")]
    [InlineData("public partial class Pair<T> { }", "Pair", "it must not be generic")]
    public void CG0050_a_data_type_the_generator_cannot_complete_is_at_its_name(string declaration, string name, string reason)
    {
        string source = $"using ContentGen;\nnamespace Consumer;\n[DataCollection(\"Data/a.yaml\")]\n{declaration}\n";
        GenerationResult result = new ContentProject().Source(source).Data("Data/a.yaml", "a: {}").Generate();
        Diagnostic d = Assert.Single(result.Errors("CG0050"));
        Assert.Equal($"CG0050 Error /project/Source0.cs(4,{declaration.IndexOf(name, System.StringComparison.Ordinal) + 1})", Where(d));
        Assert.Equal($"{name} cannot be a data collection: {reason}", d.GetMessage());
        Assert.DoesNotContain(result.Sources, s => s.HintName.StartsWith("ContentGen.Data.", System.StringComparison.Ordinal));
    }

    [Fact]
    public void CG0051_a_type_that_declares_a_member_the_generator_adds_is_at_that_member()
    {
        const string Source = """
            using ContentGen;
            namespace Consumer;
            [DataCollection("Data/tags.yaml")]
            public partial class Tag
            {
                public string Id { get; init; } = "";
            }
            [ContentCollection("Content/*.txt")]
            public partial class Note : Article
            {
                public Tag? Tag { get; init; }
                public static void WithTag() { }
            }
            """;
        GenerationResult result = new ContentProject().Source(Source).Data("Data/tags.yaml", "a: {}").File("Content/a.txt", "A\n\nText.").Generate();
        Assert.Equal(["CG0051 Error /project/Source0.cs(6,19)", "CG0051 Error /project/Source0.cs(12,24)"], result.Errors("CG0051").Select(Where));
        Assert.Equal("Tag declares 'Id', which ContentGen generates as the id of each entry; rename or remove it", result.Errors("CG0051").First().GetMessage());
        Assert.Equal("Note declares 'WithTag', which ContentGen generates as the backward lookup of the reference property Tag; rename or remove it", result.Errors("CG0051").Last().GetMessage());
    }

    [Theory]
    [InlineData("just text", "(1,1)", "a file of entries is a mapping of ids to entries, or a list of entries with an 'id' key, but it is 'just text'")]
    [InlineData("a: 1\n", "(1,4)", "the entry 'a' must be a mapping of keys to values, but it is '1'")]
    [InlineData("- a\n", "(1,3)", "each item of the list is an entry, a mapping of keys to values with an 'id', but this one is 'a'")]
    [InlineData("a: &x\n  name: n\nb: *x\n", "(3,4)", "YAML aliases (*x) are not supported in a data file; repeat the value")]
    [InlineData("a: {}\n---\nb: {}\n", "(2,1)", "a data file holds one YAML document; remove the second '---'")]
    public void CG0052_a_file_that_is_not_entries_is_at_the_value(string yaml, string at, string reason)
    {
        Diagnostic d = Assert.Single(Tags(yaml).Errors("CG0052"));
        Assert.Equal("CG0052 Error /project/Data/tags.yaml" + at, Where(d));
        Assert.Equal("Invalid data file: " + reason, d.GetMessage());
    }

    [Fact]
    public void CG0052_invalid_yaml_and_json_are_at_the_parser_s_position()
    {
        // YamlDotNet fails on this one without a position of its own: the last place it read is given.
        GenerationResult unclosed = Tags("a:\n  name: [unclosed\nb: {}\n");
        Diagnostic yaml = Assert.Single(unclosed.Errors("CG0052"));
        Assert.Equal("CG0052 Error /project/Data/tags.yaml(2,9)", Where(yaml));
        Assert.Equal("Invalid data file: the YAML cannot be read after this point; check that the '[', '{' or quote that opens here is closed", yaml.GetMessage());
        Assert.Empty(unclosed.Errors("CG9999"));

        const string Json = """
            {"a": {"name": "x"},
             "b": {"name": "y"}
            """;
        Diagnostic json = Assert.Single(new ContentProject().Source(TagSchema.Replace("tags.yaml", "tags.json", System.StringComparison.Ordinal)).Data("Data/tags.json", Json).Generate().Errors("CG0052"));
        Assert.Equal("CG0052 Error /project/Data/tags.json(2,20)", Where(json)); // The end of the text, where the closing brace is missing.
        Assert.Equal("Invalid data file: While parsing a flow mapping,  did not find expected ',' or '}'.", json.GetMessage());
    }

    [Fact]
    public void CG0052_a_comment_in_a_json_file_is_at_the_comment_not_read_as_a_key()
    {
        GenerationResult result = new ContentProject()
            .Source(TagSchema.Replace("tags.yaml", "tags.json", System.StringComparison.Ordinal))
            .Data("Data/tags.json", "{\n  \"a\": { \"name\": \"http://x // y\" },\n  // the next one\n  \"b\": {}\n}")
            .Generate();
        Diagnostic d = Assert.Single(result.Errors("CG0052"));
        Assert.Equal("CG0052 Error /project/Data/tags.json(3,3)", Where(d)); // Not the '//' inside the string above.
        Assert.Equal("Invalid data file: JSON has no comments ('//' or '/*'), and YAML would read this one as text; remove it, or write the file as YAML, where '#' starts a comment", d.GetMessage());
        Assert.Empty(result.Errors("CG0007"));
    }

    [Fact]
    public void CG0052_a_file_of_one_entry_must_be_a_mapping()
    {
        const string Source = "#pragma warning disable CS1591\nusing ContentGen;\nnamespace Consumer;\n[DataCollection(\"Data/tags/*.yaml\")]\npublic partial class Tag { public string? Name { get; init; } }\n";
        GenerationResult result = new ContentProject().Source(Source).Data("Data/tags/a.yaml", "- name: x\n").Data("Data/tags/b.yaml", "").Generate();
        Assert.Equal(["CG0052 Error /project/Data/tags/a.yaml(1,1)", "CG0052 Error /project/Data/tags/b.yaml(1,1)"], result.Errors("CG0052").Select(Where).Order());
        Assert.Equal(
            ["Invalid data file: this file is one entry, a mapping of keys to values, but it is a list", "Invalid data file: this file is one entry, a mapping of keys to values, but it is empty"],
            result.Errors("CG0052").OrderBy(d => d.Location.GetLineSpan().Path, System.StringComparer.Ordinal).Select(d => d.GetMessage()));
    }

    [Fact]
    public void CG0053_an_entry_without_a_valid_id_is_at_its_key_or_mapping()
    {
        Diagnostic missing = Assert.Single(Tags("- name: x\n- id: b\n").Errors("CG0053"));
        Assert.Equal("CG0053 Error /project/Data/tags.yaml(1,3)", Where(missing));
        Assert.Equal("This entry has no 'id' key; an id is a URL path such as 'jane-doe'", missing.GetMessage());

        Diagnostic spaced = Assert.Single(Tags("a b:\n  name: x\n").Errors("CG0053"));
        Assert.Equal("CG0053 Error /project/Data/tags.yaml(1,1)", Where(spaced));
        Assert.Equal("The id 'a b' contains a space, which a URL path must escape; an id is a URL path such as 'jane-doe'", spaced.GetMessage());

        Diagnostic listed = Assert.Single(Tags("- id: [a]\n").Errors("CG0053"));
        Assert.Equal("CG0053 Error /project/Data/tags.yaml(1,7)", Where(listed));
        Assert.Equal("The 'id' of this entry is a list, not a single text value; an id is a URL path such as 'jane-doe'", listed.GetMessage());

        const string Source = "#pragma warning disable CS1591\nusing ContentGen;\nnamespace Consumer;\n[DataCollection(\"Data/tags/*.yaml\")]\npublic partial class Tag { public string? Name { get; init; } }\n";
        Diagnostic unnamed = Assert.Single(new ContentProject().Source(Source).Data("Data/tags/🎉.yaml", "name: x\n").Generate().Errors("CG0053"));
        Assert.Equal("CG0053 Error /project/Data/tags/🎉.yaml(1,1)", Where(unnamed));
        Assert.Equal("No id can be derived from '🎉': its name has no letter or digit; an id is a URL path such as 'jane-doe'", unnamed.GetMessage());
    }

    [Fact]
    public void CG0054_a_second_entry_with_an_id_or_identifier_is_at_its_id_naming_the_first()
    {
        GenerationResult ids = Tags("- id: a\n  name: x\n- id: a\n  name: y\n");
        Diagnostic d = Assert.Single(ids.Errors("CG0054"));
        Assert.Equal("CG0054 Error /project/Data/tags.yaml(3,7)", Where(d));
        Assert.Equal("The id 'a' is also the id of another Tag entry, at Data/tags.yaml(1,7); rename one", d.GetMessage());

        GenerationResult identifiers = Tags("jane-doe:\n  name: x\njane_doe:\n  name: y\n");
        Diagnostic i = Assert.Single(identifiers.Errors("CG0054"));
        Assert.Equal("CG0054 Error /project/Data/tags.yaml(3,1)", Where(i));
        Assert.Equal("The identifier 'JaneDoe' is also the identifier of another Tag entry, at Data/tags.yaml(1,1); rename one", i.GetMessage());

        // The first keeps its place; the build compiles without the second.
        Assert.Empty(identifiers.CompileProblems);
    }

    [Fact]
    public void CG0055_an_unknown_id_is_at_the_value_with_the_closest_ids()
    {
        Diagnostic d = Assert.Single(Post("author: jane-do").Errors("CG0055"));
        Assert.Equal("CG0055 Error /project/Content/posts/bad.md(2,9)", Where(d));
        Assert.Equal("'jane-do' is not the id of any Author entry; Author takes the id of an existing entry; did you mean 'jane-doe'?", d.GetMessage());

        Diagnostic far = Assert.Single(Post("author: jane-doe\ncoauthors: [bob, zzzzzzzz]").Errors("CG0055"));
        Assert.Equal("CG0055 Error /project/Content/posts/bad.md(3,18)", Where(far));
        Assert.Equal("'zzzzzzzz' is not the id of any Author entry; Coauthors takes the id of an existing entry", far.GetMessage());
    }

    [Fact]
    public void CG0056_a_name_of_another_collection_says_where_it_was_found()
    {
        Diagnostic entry = Assert.Single(Post("author: rust-basics").Errors("CG0056"));
        Assert.Equal("CG0056 Error /project/Content/posts/bad.md(2,9)", Where(entry));
        Assert.Equal("'rust-basics' is the id of a Series entry (Data/series.json), but Author takes the id of an Author entry", entry.GetMessage());

        Diagnostic article = Assert.Single(Post("author: bob\nseries: posts/first").Errors("CG0056"));
        Assert.Equal("CG0056 Error /project/Content/posts/bad.md(3,9)", Where(article));
        Assert.Equal("'posts/first' is the slug of a Post article (Content/posts/first.md), but Series takes the id of a Series entry", article.GetMessage());

        Diagnostic fromData = Assert.Single(Authors("jane:\n  name: Jane\n  featured: jane\n").Errors("CG0056"));
        Assert.Equal("CG0056 Error /project/Data/authors.yaml(3,13)", Where(fromData));
        Assert.Equal("'jane' is the id of an Author entry (Data/authors.yaml), but Featured takes the slug of a Post article", fromData.GetMessage());
    }

    [Fact]
    public void CG0016_an_unknown_slug_from_a_data_entry_suggests_the_closest()
    {
        Diagnostic d = Assert.Single(Authors("jane:\n  name: Jane\n  featured: posts/frist\n").Errors("CG0016"));
        Assert.Equal("CG0016 Error /project/Data/authors.yaml(3,13)", Where(d));
        Assert.Equal("'posts/frist' is not the slug of any article of Post; Featured takes the slug of an existing article; did you mean 'posts/first'?", d.GetMessage());
    }

    [Fact]
    public void Entries_and_nested_records_report_keys_and_values_as_front_matter_does()
    {
        GenerationResult duplicate = Authors("jane:\n  name: Jane\n  Name: Again\n");
        Assert.Equal("CG0004 Error /project/Data/authors.yaml(3,3)", Where(Assert.Single(duplicate.Errors("CG0004"))));

        GenerationResult value = Authors("jane:\n  name: Jane\n  social: { handle: [x] }\n");
        Diagnostic d = Assert.Single(value.Errors("CG0005"));
        Assert.Equal("CG0005 Error /project/Data/authors.yaml(3,21)", Where(d));
        Assert.Equal("'handle' expects a text value, but the value is a list", d.GetMessage());

        Diagnostic shape = Assert.Single(Authors("jane:\n  name: Jane\n  social: jane\n").Errors("CG0005"));
        Assert.Equal("CG0005 Error /project/Data/authors.yaml(3,11)", Where(shape));
        Assert.Equal("'social' expects a mapping of Social's keys to values, but the value is 'jane'", shape.GetMessage());

        Diagnostic entry = Assert.Single(Authors("jane:\n  role: editor\n").Errors("CG0006"));
        Assert.Equal("CG0006 Error /project/Data/authors.yaml(2,3)", Where(entry));
        Assert.Equal("'jane' has no value for Author.Name, which is required; add 'name: ...' to the entry", entry.GetMessage());

        Diagnostic nested = Assert.Single(Authors("jane:\n  name: J\n  social:\n    site: https://x.example\n").Errors("CG0006"));
        Assert.Equal("CG0006 Error /project/Data/authors.yaml(4,5)", Where(nested));
        Assert.Equal("'social' has no value for Social.Handle, which is required; add 'handle: ...' to the mapping", nested.GetMessage());

        Diagnostic unknown = Assert.Single(Authors("jane:\n  name: J\n  twitter: x\n").Errors("CG0007"));
        Assert.Equal("CG0007 Warning /project/Data/authors.yaml(3,3)", Where(unknown));
        Assert.Equal("'twitter' matches no property of Author (properties: Elsewhere, Featured, Mentor, Name, Role, Social); it is ignored", unknown.GetMessage());

        Diagnostic draft = Assert.Single(Authors("jane:\n  name: J\n  draft: maybe\n").Errors("CG0005"));
        Assert.Equal("CG0005 Error /project/Data/authors.yaml(3,10)", Where(draft));
    }

    [Fact]
    public void CG0017_a_record_that_contains_itself_is_at_the_property()
    {
        const string Source = """
            #pragma warning disable CS1591
            using ContentGen;
            namespace Consumer;
            public class Node
            {
                public string? Name { get; init; }
                public Node? Child { get; init; }
            }
            [DataCollection("Data/trees.yaml")]
            public partial class Tree
            {
                public Node? Root { get; init; }
            }
            """;
        GenerationResult result = new ContentProject().Source(Source).Data("Data/trees.yaml", "a:\n  root: { name: x }\n").Generate();
        Diagnostic d = Assert.Single(result.Errors("CG0017"));
        Assert.Equal("CG0017 Error /project/Source0.cs(7,18)", Where(d));
        Assert.StartsWith("Node.Child has type Consumer.Node?, which front matter cannot set", d.GetMessage());
    }

    [Fact]
    public void CG0018_and_CG0032_for_data_patterns()
    {
        const string Source = """
            #pragma warning disable CS1591
            using ContentGen;
            namespace Consumer;
            [DataCollection("Data/*.yaml")]
            public partial class A { }
            [DataCollection("Data/a.yaml")]
            public partial class B { }
            [DataCollection("Data/none.yaml")]
            public partial class C { }
            """;
        GenerationResult result = new ContentProject().Source(Source).Data("Data/a.yaml", "x: {}\n").Generate();
        Diagnostic twice = Assert.Single(result.Errors("CG0018"));
        Assert.Equal("CG0018 Error /project/Data/a.yaml(1,1)", Where(twice));
        Assert.Equal("'Data/a.yaml' is claimed by several collections (A, B); make their patterns exclusive", twice.GetMessage());

        // B claims nothing it keeps: the file went to A. Only C's pattern matches no file.
        Diagnostic none = Assert.Single(result.Errors("CG0032"), d => d.GetMessage().Contains("'Data/none.yaml'", System.StringComparison.Ordinal));
        Assert.Equal("CG0032 Warning /project/Source0.cs(8,17)", Where(none));
        Assert.Equal("The pattern 'Data/none.yaml' of C matches no data file; data files are the .yaml, .yml and .json files among the project's ContentGenData and ContentGenAsset items", none.GetMessage());
    }
}
