using System;
using System.Linq;
using System.Reflection;
using ColorCode.Common;
using ContentGen.Generator.Model;
using ContentGen.Generator.Parsing;
using ContentGen.Generator.Parsing.Highlighting;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Rendering;

/// <summary>Code highlighted at compile time (docs/format.md, "Code highlighting"): ColorCode's grammars, our class-based spans.</summary>
public class HighlightingTests
{
    private static string Html(string markdown) => Parse.Markdown(markdown).Article!.Html!;

    [Fact]
    public void A_fenced_block_with_a_language_gets_a_span_per_token_and_keeps_its_language_class()
    {
        Assert.Equal(
            "<pre class=\"hl\"><code class=\"language-cs\"><span class=\"hl-keyword\">var</span> x = <span class=\"hl-string\">&quot;a &lt; b&quot;</span>; <span class=\"hl-comment\">// c &amp; d</span>\n</code></pre>\n",
            Html("```cs\nvar x = \"a < b\"; // c & d\n```\n"));
    }

    [Fact]
    public void Without_a_language_or_with_text_the_block_is_exactly_Markdigs()
    {
        Assert.Equal("<pre><code>var x = 1;\n</code></pre>\n", Html("```\nvar x = 1;\n```\n"));
        Assert.Equal("<pre><code class=\"language-text\">var x = 1;\n</code></pre>\n", Html("```text\nvar x = 1;\n```\n"));
        Assert.Equal("<pre><code>indented &lt;code&gt;\n</code></pre>\n", Html("    indented <code>\n"));
    }

    [Theory]
    [InlineData("cs", "c#")]
    [InlineData("csharp", "c#")]
    [InlineData("C#", "c#")]
    [InlineData("js", "javascript")]
    [InlineData("javascript", "javascript")]
    [InlineData("ts", "typescript")]
    [InlineData("sh", "shell")]
    [InlineData("bash", "shell")]
    [InlineData("shell", "shell")]
    [InlineData("yaml", "yaml")]
    [InlineData("yml", "yaml")]
    [InlineData("json", "json")]
    [InlineData("html", "html")]
    [InlineData("xml", "xml")]
    [InlineData("css", "css")]
    [InlineData("sql", "sql")]
    [InlineData("powershell", "powershell")]
    [InlineData("ps1", "powershell")]
    [InlineData("pwsh", "powershell")]
    [InlineData("python", "python")]
    [InlineData("py", "python")]
    [InlineData("cpp", "cpp")]
    [InlineData("c++", "cpp")]
    [InlineData("c", "cpp")]
    [InlineData("java", "java")]
    [InlineData("php", "php")]
    [InlineData("fsharp", "f#")]
    [InlineData("vb", "vb.net")]
    [InlineData("markdown", "markdown")]
    [InlineData("md", "markdown")]
    [InlineData("diff", "diff")]
    public void Common_names_find_their_language(string info, string id)
    {
        Assert.Equal(id, CodeHighlighter.Find(info)?.Id);
    }

    [Fact]
    public void Json_yaml_and_shell_are_highlighted()
    {
        Assert.Equal(
            "<pre class=\"hl\"><code class=\"language-json\">{ <span class=\"hl-property\">&quot;a&quot;</span>: <span class=\"hl-number\">1</span>, <span class=\"hl-property\">&quot;b&quot;</span>: <span class=\"hl-constant\">true</span> }\n</code></pre>\n",
            Html("```json\n{ \"a\": 1, \"b\": true }\n```\n"));
        Assert.Equal(
            "<pre class=\"hl\"><code class=\"language-yaml\"><span class=\"hl-property\">title</span><span class=\"hl-punctuation\">:</span> <span class=\"hl-string\">&quot;Hi&quot;</span> <span class=\"hl-comment\"># note</span>\n<span class=\"hl-property\">draft</span><span class=\"hl-punctuation\">:</span> <span class=\"hl-constant\">false</span>\n<span class=\"hl-property\">count</span><span class=\"hl-punctuation\">:</span> <span class=\"hl-number\">3</span>\n<span class=\"hl-punctuation\">-</span> item\n</code></pre>\n",
            Html("```yaml\ntitle: \"Hi\" # note\ndraft: false\ncount: 3\n- item\n```\n"));
        Assert.Equal(
            "<pre class=\"hl\"><code class=\"language-sh\"><span class=\"hl-function\">dotnet</span> add package ContentGen <span class=\"hl-attr-name\">--version</span> <span class=\"hl-variable\">$V</span> <span class=\"hl-operator\">&amp;&amp;</span> echo <span class=\"hl-string\">&quot;ok&quot;</span> <span class=\"hl-comment\"># done</span>\n</code></pre>\n",
            Html("```sh\ndotnet add package ContentGen --version $V && echo \"ok\" # done\n```\n"));
    }

    /// <summary>
    /// Arrays of strings, none of them a key: ColorCode's own JSON pattern backtracks exponentially
    /// on each (this block, shaped like one of PowerShell-Docs, never finished); ours reads each
    /// character once. The expected spans were worked out by hand.
    /// </summary>
    [Fact]
    public async System.Threading.Tasks.Task Json_strings_that_are_not_keys_are_highlighted_without_backtracking()
    {
        const string row = "    [ \"Operation\", \"63613592-b6f7-4c3d-a390-22ba13102111\", \"7\" ],\n";
        string markdown = "```json\n{\n  \"rows\": [\n" + string.Concat(Enumerable.Repeat(row, 8)) + "  ]\n}\n```\n";
        string? html = null;
        await Deadline.Within(TimeSpan.FromMinutes(1), () => "highlighting", () => html = Html(markdown));
        const string rowHtml = "    [ <span class=\"hl-string\">&quot;Operation&quot;</span>, <span class=\"hl-string\">&quot;63613592-b6f7-4c3d-a390-22ba13102111&quot;</span>, <span class=\"hl-string\">&quot;7&quot;</span> ],\n";
        Assert.Equal(
            "<pre class=\"hl\"><code class=\"language-json\">{\n  <span class=\"hl-property\">&quot;rows&quot;</span>: [\n" + string.Concat(Enumerable.Repeat(rowHtml, 8)) + "  ]\n}\n</code></pre>\n",
            html);
    }

    [Fact]
    public void An_unknown_language_is_plain_code_with_CG0040_at_its_name()
    {
        ParseResult result = Parse.Markdown("# T\n\nText.\n\n```cobol extra\nDISPLAY 'X'.\n```\n");
        Assert.Equal("<h1 id=\"t\">T</h1>\n<p>Text.</p>\n<pre><code class=\"language-cobol\">DISPLAY 'X'.\n</code></pre>\n", result.Article!.Html);
        Diagnostic d = Assert.Single(result.Diagnostics, d => d.Descriptor.Id == "CG0040").ToDiagnostic();
        Assert.Equal("CG0040 Info /project/Content/article.md(5,4): The code block's language 'cobol' has no highlighter: the block is plain code; use one of the names in docs/format.md (Code highlighting), or 'text'", DiagnosticText.Where(d) + ": " + d.GetMessage());
    }

    [Fact]
    public void Text_output_and_mermaid_are_plain_on_purpose_without_a_diagnostic()
    {
        Assert.DoesNotContain(Parse.Markdown("# T\n\n```text\na\n```\n\n```output\nb\n```\n\n```mermaid\ngraph TD\n```\n").Diagnostics, d => d.Descriptor.Id == "CG0040");
    }

    [Fact]
    public void Switched_off_the_block_is_Markdigs_and_nothing_is_reported()
    {
        string markdown = "# T\n\n```cs\nvar x = 1;\n```\n\n```cobol\nX\n```\n";
        ContentFile file = Generator.ContentGenerator.Describe(ContentProject.Path("Content/a.md"), new FileOptions(null), Parse.Paths);
        ParseResult result = MarkdownArticleParser.Parse(Microsoft.CodeAnalysis.Text.SourceText.From(markdown), file, default, highlightCode: false);
        Assert.Equal("<h1 id=\"t\">T</h1>\n<pre><code class=\"language-cs\">var x = 1;\n</code></pre>\n<pre><code class=\"language-cobol\">X\n</code></pre>\n", result.Article!.Html);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void The_msbuild_property_switches_highlighting_off()
    {
        string markdown = "# T\n\n```cs\nvar x = 1;\n```\n";
        Assert.Contains("hl-keyword", new ContentProject().File("Content/a.md", markdown).Generate().LoadArticles().Single().Html, StringComparison.Ordinal);
        Assert.DoesNotContain("hl-keyword", new ContentProject().Property("ContentGenHighlightCode", "false").File("Content/a.md", markdown).Generate().LoadArticles().Single().Html, StringComparison.Ordinal);
        GenerationResult wrong = new ContentProject().Property("ContentGenHighlightCode", "maybe").File("Content/a.md", markdown).Generate();
        Assert.Equal("Invalid ContentGen setting ContentGenHighlightCode = 'maybe': use 'true' or 'false'", Assert.Single(wrong.Errors("CG0013")).GetMessage());
    }

    [Fact]
    public void Every_scope_ColorCode_names_is_given_a_class_or_left_plain_on_purpose()
    {
        string[] scopes = [.. typeof(ScopeName).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!)];
        Assert.True(scopes.Length > 50);
        Assert.All(scopes, s => Assert.True(CodeHighlighter.Classes.ContainsKey(s), s));
    }

    [Fact]
    public void Every_class_the_highlighter_writes_has_a_colour_in_the_palette()
    {
        // The generator's copy of the shared table (the runtime compiles the same file).
        var table = ((string Name, string Light, string Dark, string? Font)[])typeof(CodeHighlighter).Assembly.GetType("ContentGen.Shared.CodeTokens")!.GetField("Palette")!.GetValue(null)!;
        string[] palette = [.. table.Select(p => p.Name)];
        Assert.All(CodeHighlighter.Classes.Values.Where(c => c is not null), c => Assert.Contains(c, palette));
    }

    [Fact]
    public void A_block_that_ColorCode_cannot_match_is_still_escaped()
    {
        string html = Html("```html\n<p title=\"a&b\">x</p>\n```\n");
        Assert.StartsWith("<pre class=\"hl\"><code class=\"language-html\">", html, StringComparison.Ordinal);
        Assert.Equal("<p title=\"a&b\">x</p>", System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]*>", string.Empty)).TrimEnd());
        Assert.DoesNotContain("<p ", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fence_the_file_ends_after_is_an_empty_highlighted_block()
    {
        // Markdig gives an empty block no line array at all (found by the random Markdown property test).
        Assert.Equal("<p>Text</p>\n<pre class=\"hl\"><code class=\"language-csharp\"></code></pre>\n", Html("Text\n\n```csharp\n"));
    }
}
