using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ContentGen.Tests.RealSites;

/// <summary>
/// What real blogs and documentation sets write, each pattern a small fixture of our own
/// (issue #15; docs/reliability.md has the real corpus these came from): no false errors.
/// </summary>
public class RealSiteTests
{
    private static string Where(Diagnostic d) => DiagnosticText.Where(d);

    private static Article ByPath(IEnumerable<Article> all, string path) => all.Single(a => a.SourcePath == path);

    // ---- Anchors as browsers see them ------------------------------------------------------

    [Theory]
    [InlineData("<a name=\"legacy\"></a>\n\nText.", "legacy")]
    [InlineData("Text <a id=\"inline-id\">here</a>.", "inline-id")]
    [InlineData("Text <span id='single-quoted'>here</span>.", "single-quoted")]
    [InlineData("## <a name=\"in-heading\"></a> A heading\n\nText.", "in-heading")]
    [InlineData("## <a name =\"note_G\"></a> A heading\n\nText.", "note_G")]
    [InlineData("Text <A NAME=legacy_upper></A> and <SPAN ID = 'spaced'>x</SPAN>.", "legacy_upper")]
    [InlineData("Text <A NAME=legacy_upper></A> and <SPAN ID = 'spaced'>x</SPAN>.", "spaced")]
    [InlineData("<div id=\"block&amp;id\">\n\nText.\n\n</div>", "block&id")]
    [InlineData("## A heading\n\nText.", "a-heading")]
    [InlineData("Text.", "top")]
    [InlineData("Text.", "TOP")]
    [InlineData("Text.", "")]
    public void A_fragment_resolves_to_any_id_or_a_name_of_the_target_and_to_top(string target, string anchor)
    {
        GenerationResult result = new ContentProject()
            .File("Content/a.md", $"# A\n\nSee [there](other.md#{anchor}).")
            .File("Content/other.md", $"{target}\n\nBack to [here](#{anchor}).")
            .Generate();
        Assert.Empty(result.Errors("CG0026"));
        Assert.Equal("Content/other.md", ByPath(result.LoadArticles(), "Content/a.md").Links[0].Target!.SourcePath);
    }

    [Fact]
    public void A_heading_id_written_explicitly_resolves_when_the_attributes_extension_is_on()
    {
        GenerationResult result = new ContentProject()
            .Property("ContentGenMarkdownExtensions", "autoidentifiers;attributes")
            .File("Content/a.md", "# A\n\n## Installing {#install}\n\nSee [install](#install).")
            .Generate();
        Assert.Empty(result.Errors("CG0026"));
        Assert.Equal("install", ByPath(result.LoadArticles(), "Content/a.md").Headings[1].Id);
    }

    [Fact]
    public void A_missing_anchor_names_at_most_three_close_ids_of_a_long_page()
    {
        string headings = string.Concat(Enumerable.Range(1, 40).Select(i => $"## Example {i}\n\nText.\n\n"));
        GenerationResult result = new ContentProject()
            .File("Content/a.md", "# A\n\nSee [it](other.md#example-14b).")
            .File("Content/other.md", headings)
            .Generate();
        Diagnostic d = Assert.Single(result.Errors("CG0026"));
        Assert.Equal("The link 'other.md#example-14b' names the anchor '#example-14b', but 'Content/other.md' has no element with that id; the closest: #example-14, #example-1, #example-10", d.GetMessage());
        Assert.Equal("CG0026 Error /project/Content/a.md(3,10)", Where(d));
    }

    // ---- Paths as hosts serve them ---------------------------------------------------------

    [Fact]
    public void A_link_that_differs_only_in_case_resolves_with_a_warning_naming_the_real_path()
    {
        GenerationResult result = new ContentProject()
            .File("Content/docs/a.md", "# A\n\nSee [the cmdlet](../Microsoft.Powershell.Utility/Get-Date.md) and ![chart](IMG/Chart.PNG).")
            .File("Content/Microsoft.PowerShell.Utility/Get-Date.md", "# Get-Date\n\nText.")
            .File("Content/docs/img/chart.png", SourceText.From("png"), itemType: "ContentGenAsset")
            .Generate();
        Assert.Empty(result.Errors("CG0025"));
        Assert.Empty(result.Errors("CG0027"));
        Assert.Equal(
            [
                "CG0028 Warning /project/Content/docs/a.md(3,18): The link '../Microsoft.Powershell.Utility/Get-Date.md' names 'Content/Microsoft.Powershell.Utility/Get-Date.md', whose path is 'Content/Microsoft.PowerShell.Utility/Get-Date.md'; write it in the same case",
                "CG0028 Warning /project/Content/docs/a.md(3,76): The image 'IMG/Chart.PNG' names 'Content/docs/IMG/Chart.PNG', whose path is 'Content/docs/img/chart.png'; write it in the same case",
            ],
            result.Errors("CG0028").Select(d => $"{Where(d)}: {d.GetMessage()}"));
        Assert.Equal("Content/Microsoft.PowerShell.Utility/Get-Date.md", ByPath(result.LoadArticles(), "Content/docs/a.md").Links[0].Target!.SourcePath);
    }

    [Theory]
    [InlineData("sub/", "Content/sub/index.md")]
    [InlineData("guide/", "Content/guide/README.md")]
    [InlineData("section", "Content/section/_index.md")]
    [InlineData("page", "Content/page.md")]
    [InlineData("notes", "Content/notes.txt")]
    [InlineData("post#part", "Content/post.markdown")]
    [InlineData("./", "Content/index.md")]
    public void Folder_and_extensionless_links_resolve_as_static_hosts_serve_them(string destination, string target)
    {
        GenerationResult result = new ContentProject()
            .File("Content/a.md", $"# A\n\nSee [it]({destination}).")
            .File("Content/index.md", "# Home\n\nText.")
            .File("Content/sub/index.md", "# Sub\n\nText.")
            .File("Content/guide/README.md", "# Guide\n\nText.")
            .File("Content/section/_index.md", "# Section\n\nText.")
            .File("Content/page.md", "# Page\n\nText.")
            .File("Content/notes.txt", "Notes\n\nText.")
            .File("Content/post.markdown", "# Post\n\n## Part\n\nText.")
            .Generate();
        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        Assert.Equal(target, ByPath(result.LoadArticles(), "Content/a.md").Links[0].Target!.SourcePath);
    }

    [Fact]
    public void A_link_that_names_no_file_in_any_form_is_still_an_error()
    {
        GenerationResult result = new ContentProject()
            .File("Content/a.md", "# A\n\nSee [gone](deleted-page) and [folder](empty/).")
            .Generate();
        Assert.Equal(["CG0025(3,12)", "CG0025(3,39)"], result.Errors("CG0025").Select(DiagnosticText.At));
    }

    // ---- A Markdown file needs no paragraph ------------------------------------------------

    [Theory]
    [InlineData("---\ntitle: Listing\n---\n", "Listing")]
    [InlineData("# Reference\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", "Reference")]
    [InlineData("## Example\n\n```powershell\nGet-Date\n```\n", "Example")]
    [InlineData("", "page")]
    public void A_markdown_page_of_front_matter_headings_a_table_or_code_is_a_page(string text, string title)
    {
        GenerationResult result = new ContentProject().File("Content/page.md", text).Generate();
        Assert.Empty(result.Errors("CG0001"));
        Article page = Assert.Single(result.LoadArticles());
        Assert.Equal(title, page.Title);
        Assert.Empty(page.Paragraphs);
    }

    [Fact]
    public void A_plain_text_file_still_needs_a_paragraph() =>
        Assert.Single(new ContentProject().File("Content/a.txt", "Also read: Something").Generate().Errors("CG0001"));

    [Theory]
    [InlineData("Content/a.md", "# A\n\nOutput: \uFFFD\uFFFD done.")]
    [InlineData("Content/a.txt", "A\n\nOutput: \uFFFD\uFFFD done.")]
    public void A_replacement_character_is_a_warning_that_names_both_causes(string path, string text)
    {
        GenerationResult result = new ContentProject().File(path, text).Generate();
        Assert.Empty(result.Errors("CG0011"));
        Assert.Equal(["CG0029 Warning /project/" + path + "(3,9)", "CG0029 Warning /project/" + path + "(3,10)"], result.Errors("CG0029").Select(Where));
        Assert.Equal("The text holds U+FFFD (\uFFFD): either the character is written on purpose, or bytes that were not valid UTF-8 were replaced by it when the file was saved; if so, restore the original text", result.Errors("CG0029").First().GetMessage());
        Assert.Contains("\uFFFD\uFFFD", Assert.Single(result.LoadArticles()).Paragraphs[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_control_character_is_still_an_error() =>
        Assert.Equal(["CG0011(3,2)"], new ContentProject().File("Content/a.md", "# A\n\nA\u0007b.").Generate().Errors("CG0011").Select(DiagnosticText.At));

    // ---- Front matter of real sites --------------------------------------------------------

    private const string ReferenceSchema = """
        #pragma warning disable CS1591
        using System;
        using ContentGen;

        namespace Consumer;

        [ContentCollection("Content/reference/**/*.md")]
        public partial class CmdletPage : Article
        {
            [FrontMatter("ms.date", Format = "MM/dd/yyyy")]
            public required DateOnly Updated { get; init; }

            public string? ModuleName { get; init; }

            public Uri? OnlineVersion { get; init; }

            public string? Description { get; init; }
        }
        """;

    [Fact]
    public void Keys_with_dots_and_spaces_bind_and_a_property_can_name_its_key_and_date_format()
    {
        GenerationResult result = new ContentProject()
            .Source(ReferenceSchema)
            .File("Content/reference/get-date.md", "---\nexternal help file: x.dll-Help.xml\nLocale: en-US\nModule Name: Microsoft.PowerShell.Utility\nms.date: 08/02/2024\nonline version: https://learn.microsoft.com/powershell/module/get-date\nschema: 2.0.0\ntitle: Get-Date\ndescription: Gets the current date and time.\n---\n\n# Get-Date\n\n## SYNOPSIS\n\nGets the date.\n")
            .File("Content/reference/set-date.md", "---\nms.date: 2023-11-05\ntitle: Set-Date\n---\n\n# Set-Date\n\nSets the date.\n")
            .Generate();
        // The keys this schema does not declare are the only ones reported.
        Assert.Equal(["external help file", "Locale", "schema"], result.Errors("CG0007").Select(d => d.GetMessage()[1..d.GetMessage().IndexOf('\'', 1)]));
        Type pages = result.LoadAssembly().GetType("Consumer.CmdletPage")!;
        var getDate = (Article)pages.GetProperty("GetDate")!.GetValue(null)!;
        Assert.Equal(new DateOnly(2024, 8, 2), Get(getDate, "Updated"));
        Assert.Equal("Microsoft.PowerShell.Utility", Get(getDate, "ModuleName"));
        Assert.Equal(new Uri("https://learn.microsoft.com/powershell/module/get-date"), Get(getDate, "OnlineVersion"));
        Assert.Equal("Gets the current date and time.", Get(getDate, "Description"));
        Assert.Equal(new DateOnly(2023, 11, 5), Get((Article)pages.GetProperty("SetDate")!.GetValue(null)!, "Updated"));
    }

    [Theory]
    [InlineData("[FrontMatter(\"\")] public string? A { get; init; }", "A", "its key is empty; write the front matter key, such as [FrontMatter(\"ms.date\")]")]
    [InlineData("[FrontMatter(\"a\", Format = \"yyyy\")] public string? A { get; init; }", "A", "Format applies to DateOnly, DateTime and DateTimeOffset properties, and the property is string?")]
    [InlineData("[FrontMatter(\"a\", Format = \"q\")] public DateOnly A { get; init; }", "A", "'q' is not a .NET date format, such as MM/dd/yyyy")]
    public void CG0033_a_front_matter_attribute_that_cannot_be_used_says_why(string property, string name, string reason)
    {
        string source = $"#pragma warning disable CS1591\nusing System;\nusing ContentGen;\nnamespace Consumer;\n[ContentCollection(\"Content/*.md\")]\npublic partial class Page : Article\n{{\n    {property}\n}}\n";
        Diagnostic d = Assert.Single(new ContentProject().Source(source).File("Content/a.md", "# A\n\nText.").Generate().Errors("CG0033"));
        Assert.Equal($"The [FrontMatter] of Page.{name} cannot be used: {reason}", d.GetMessage());
        Assert.Equal("CG0033 Error /project/Source0.cs(8,6)", Where(d));
    }

    [Fact]
    public void A_date_in_neither_form_names_both_in_its_message()
    {
        Diagnostic d = Assert.Single(new ContentProject()
            .Source(ReferenceSchema)
            .File("Content/reference/a.md", "---\nms.date: 2 Aug 2024\n---\n# A\n\nText.")
            .Generate()
            .Errors("CG0005"));
        Assert.Equal("'ms.date' expects a date in the format MM/dd/yyyy or ISO 8601, such as 2024-05-01, but the value is '2 Aug 2024'", d.GetMessage());
    }

    [Fact]
    public void Description_is_the_summary_when_there_is_no_summary()
    {
        IReadOnlyList<Article> all = new ContentProject()
            .File("Content/a.md", "---\ndescription: What this page is about.\n---\n# A\n\nThe lead.")
            .File("Content/b.md", "---\nsummary: The summary.\ndescription: The description.\n---\n# B\n\nThe lead.")
            .Generate()
            .LoadArticles();
        Assert.Equal("What this page is about.", ByPath(all, "Content/a.md").Metadata.Summary);
        Assert.Equal("The summary.", ByPath(all, "Content/b.md").Metadata.Summary);
        Assert.Equal("The description.", ByPath(all, "Content/b.md").Metadata.Extra["description"]);
    }

    // ---- Slugs that keep URLs --------------------------------------------------------------

    [Fact]
    public void Explicit_slugs_are_used_as_written_and_derived_ones_keep_dots_between_digits()
    {
        GenerationResult result = new ContentProject()
            .File("Content/a.md", "# A\n\nText.", slug: "blog/release/v20.0.0")
            .File("Content/b.md", "---\nslug: Docs/Über_Uns\n---\n# B\n\nText.")
            .File("Content/releases/v1.2.3.md", "# C\n\nText.")
            .Generate();
        IReadOnlyList<Article> all = result.LoadArticles();
        Assert.Equal("blog/release/v20.0.0", ByPath(all, "Content/a.md").Slug);
        Assert.Equal("Docs/Über_Uns", ByPath(all, "Content/b.md").Slug);
        Assert.Equal("releases/v1.2.3", ByPath(all, "Content/releases/v1.2.3.md").Slug);
        MethodInfo find = result.LoadedArticlesType!.GetMethod("Find")!;
        Assert.Same(ByPath(all, "Content/a.md"), find.Invoke(null, ["blog/release/v20.0.0"]));
        Assert.NotNull(result.LoadedArticlesType.GetProperty("ReleasesV1_2_3"));
        Assert.NotNull(result.LoadedArticlesType.GetProperty("BlogReleaseV20_0_0"));
    }

    [Fact]
    public void An_explicit_slug_that_is_not_a_url_path_is_an_error_at_its_place()
    {
        GenerationResult result = new ContentProject()
            .File("Content/a.md", "---\nslug: my post\n---\n# A\n\nText.")
            .File("Content/b.md", "# B\n\nText.", slug: "/b")
            .Generate();
        Assert.Equal(
            [
                "CG0030 Error /project/Content/a.md(2,7): The slug 'my post' contains a space, which a URL path must escape; a slug is a URL path such as 'blog/release/v20.0.0'",
                "CG0030 Error /project/Content/b.md(1,1): The slug '/b' (the Slug metadata of the item 'Content/b.md') starts with '/'; a slug is a URL path such as 'blog/release/v20.0.0'",
            ],
            result.Errors("CG0030").Select(d => $"{Where(d)}: {d.GetMessage()}").Order(StringComparer.Ordinal));
    }

    // ---- Markdown files of every usual kind ------------------------------------------------

    [Fact]
    public void A_markdown_file_is_an_article_and_an_mdx_file_is_a_warning_not_a_silent_asset()
    {
        GenerationResult result = new ContentProject()
            .File("Content/a.markdown", "# A\n\nText with *emphasis*.")
            .File("Content/b.mdx", SourceText.From("# B\n\n<Chart />"), itemType: "ContentGenAsset")
            .File("Other/c.mdx", SourceText.From("# C"), itemType: "ContentGenAsset")
            .Generate();
        Assert.Equal("<h1 id=\"a\">A</h1>\n<p>Text with <em>emphasis</em>.</p>\n", Assert.Single(result.LoadArticles()).Html);
        Diagnostic d = Assert.Single(result.Errors("CG0031"));
        Assert.Equal("CG0031 Warning /project/Content/b.mdx(1,1)", Where(d));
        Assert.Equal("'Content/b.mdx' is MDX, which ContentGen does not compile: it is not an article; rename it to .md if it holds no JSX, or remove it from the content items", d.GetMessage());
    }

    [Fact]
    public void Alerts_render_by_default()
    {
        string html = new ContentProject().File("Content/a.md", "# A\n\n> [!NOTE]\n> Read this.\n").Generate().LoadArticles().Single().Html;
        Assert.Equal(Markdig.Markdown.ToHtml("# A\n\n> [!NOTE]\n> Read this.\n", ContentGen.Generator.Parsing.MarkdownArticleParser.Pipeline), html);
        Assert.Contains("markdown-alert-note", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdig_extensions_are_chosen_by_an_msbuild_property_and_an_unknown_one_is_CG0013()
    {
        string html = new ContentProject()
            .Property("ContentGenMarkdownExtensions", "footnotes; PipeTables")
            .File("Content/a.md", "# A\n\nText[^1].\n\n[^1]: A note.\n\n> [!NOTE]\n> Not an alert here.\n")
            .Generate()
            .LoadArticles()
            .Single()
            .Html;
        Assert.Contains("class=\"footnotes\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("markdown-alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"a\"", html, StringComparison.Ordinal);

        GenerationResult wrong = new ContentProject().Property("ContentGenMarkdownExtensions", "pipetables;tables").File("Content/a.md", "# A\n\nText.").Generate();
        Diagnostic d = Assert.Single(wrong.Errors("CG0013"));
        Assert.StartsWith("Invalid ContentGen setting ContentGenMarkdownExtensions = 'pipetables;tables': 'tables' is not a Markdown extension; use any of default, commonmark, autoidentifiers, pipetables", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Nohtml_escapes_raw_html_for_untrusted_content_and_default_keeps_the_rest_of_the_dialect()
    {
        const string text = "# A\n\n<script>alert(1)</script>\n\nText <img src=x onerror=alert(2)> and ~~gone~~.\n\n<div onclick=\"x()\">block</div>\n";
        string trusted = new ContentProject().File("Content/a.md", text).Generate().LoadArticles().Single().Html;
        Assert.Contains("<script>alert(1)</script>", trusted, StringComparison.Ordinal);

        GenerationResult result = new ContentProject().Property("ContentGenMarkdownExtensions", "default;nohtml").File("Content/a.md", text).Generate();
        Assert.Empty(result.Diagnostics);
        string html = result.LoadArticles().Single().Html;
        Assert.Equal(
            "<h1 id=\"a\">A</h1>\n<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>Text &lt;img src=x onerror=alert(2)&gt; and <del>gone</del>.</p>\n<p>&lt;div onclick=&quot;x()&quot;&gt;block&lt;/div&gt;</p>\n",
            html);
    }

    // ---- Reserved names from the types themselves ------------------------------------------

    /// <summary>Every member name of Article and object, from reflection: the list cannot drift from the type.</summary>
    public static TheoryData<string> ArticleMemberNames()
    {
        var names = new TheoryData<string>();
        foreach (string name in typeof(Article).GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
            .Where(m => m.MemberType is MemberTypes.Property or MemberTypes.Method or MemberTypes.Field && VisibleToSubclasses(m) && !m.Name.Contains('_', StringComparison.Ordinal) && !m.Name.Contains('.', StringComparison.Ordinal) && !m.Name.StartsWith('<'))
            .Select(m => m.Name)
            .Distinct()
            .Order(StringComparer.Ordinal))
        {
            names.Add(name);
        }

        return names;
    }

    /// <summary>Public or protected: what a collection class in the user's assembly inherits by name (internal members are not imported).</summary>
    private static bool VisibleToSubclasses(MemberInfo member) => member switch
    {
        MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
        FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(VisibleToSubclasses),
        _ => false,
    };

    [Theory]
    [MemberData(nameof(ArticleMemberNames))]
    public void An_article_named_like_a_member_of_article_gets_a_suffix_in_a_collection(string member)
    {
        // "ReadingTime" is the file "reading-time.md": its identifier is the member's name.
        string file = string.Concat(member.Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
        const string Schema = "#pragma warning disable CS1591\nusing ContentGen;\nnamespace Consumer;\n[ContentCollection(\"Content/pages/*.md\")]\npublic partial class Page : Article\n{\n    public string Teaser => Title;\n    public static Page? Latest() => null;\n}\n";
        GenerationResult result = new ContentProject()
            .Source(Schema)
            .File($"Content/pages/{file}.md", "# A\n\nText.")
            .File("Content/pages/teaser.md", "# T\n\nText.")
            .File("Content/pages/latest.md", "# L\n\nText.")
            .Generate();
        Type page = result.LoadAssembly().GetType("Consumer.Page")!;
        Assert.NotNull(page.GetProperty(member + "_", BindingFlags.Public | BindingFlags.Static));
        Assert.NotNull(page.GetProperty("Teaser_", BindingFlags.Public | BindingFlags.Static));
        Assert.NotNull(page.GetProperty("Latest_", BindingFlags.Public | BindingFlags.Static));
    }

    [Theory]
    [InlineData("all")]
    [InlineData("find")]
    [InlineData("articles")]
    [InlineData("equals")]
    [InlineData("to-string")]
    [InlineData("reference-equals")]
    public void An_article_named_like_a_member_of_the_articles_class_gets_a_suffix(string file)
    {
        GenerationResult result = new ContentProject().File($"Content/{file}.txt", "A\n\nText.").Generate();
        result.LoadArticles();
        Assert.Single(result.LoadedArticlesType!.GetProperties(BindingFlags.Public | BindingFlags.Static), p => p.Name.EndsWith('_'));
    }

    private static object? Get(Article article, string property) => article.GetType().GetProperty(property)!.GetValue(article);
}
