using System.Linq;
using System.Text;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ContentGen.Tests.Diagnostics;

/// <summary>One fixture per diagnostic: ID, severity, file, line and column (1-based, as MSBuild prints them).</summary>
public class DiagnosticTests
{
    private static string Where(Diagnostic d) => DiagnosticText.Where(d);

    private static string[] Report(string text, string file = "Content/a.txt") =>
        [.. new ContentProject().File(file, text).Generate().Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(Where)];

    [Theory]
    [InlineData("")]
    [InlineData("   \n\u00A0\n\t")]
    [InlineData("Also read: One\n\nAlso read: Two")]
    public void CG0001_a_file_without_paragraph(string text)
    {
        Assert.Equal(["CG0001 Error /project/Content/a.txt(1,1)"], Report(text));
    }

    [Fact]
    public void CG0008_two_files_with_the_same_slug_are_each_reported_naming_the_other()
    {
        GenerationResult result = new ContentProject()
            .File("Content/a b.txt", "One.")
            .File("Content/a-b.txt", "Two.")
            .Generate();
        Diagnostic[] duplicates = [.. result.Errors("CG0008")];
        Assert.Equal(["CG0008 Error /project/Content/a b.txt(1,1)", "CG0008 Error /project/Content/a-b.txt(1,1)"], duplicates.Select(Where).OrderBy(s => s));
        Assert.Contains("'Content/a-b.txt'", duplicates.Single(d => d.Location.GetLineSpan().Path.EndsWith("a b.txt")).GetMessage());
        Assert.Contains("'Content/a b.txt'", duplicates.Single(d => d.Location.GetLineSpan().Path.EndsWith("a-b.txt")).GetMessage());

        // The first by path keeps the member; the build has no other error.
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void CG0008_two_files_with_the_same_identifier_but_different_slugs()
    {
        GenerationResult result = new ContentProject()
            .File("Content/a-b.txt", "One.")
            .File("Content/a/b.txt", "Two.")
            .Generate();
        Diagnostic[] duplicates = [.. result.Errors("CG0008")];
        Assert.Equal(2, duplicates.Length);
        Assert.All(duplicates, d => Assert.Contains("identifier 'AB'", d.GetMessage()));
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void CG0009_an_also_read_line_with_no_text()
    {
        Assert.Equal(["CG0009 Error /project/Content/a.txt(3,3)"], Report("Lead.\n\n  Also read:\u00A0 \n\nMore."));
    }

    [Theory]
    [InlineData("Lead.\n\nBad \u0007 bell.", 3, 5, "U+0007")]
    public void CG0011_invalid_characters(string text, int line, int column, string named)
    {
        Diagnostic d = Assert.Single(new ContentProject().File("Content/a.txt", text).Generate().Errors("CG0011"));
        Assert.Equal($"CG0011 Error /project/Content/a.txt({line},{column})", Where(d));
        Assert.Contains(named, d.GetMessage());
    }

    [Fact]
    public void CG0011_a_lone_surrogate_is_reported_and_kept_as_a_replacement_character()
    {
        // Built here, not in [InlineData]: test discovery would re-encode a lone surrogate.
        string text = "Lone " + (char)0xD800 + " surrogate.";
        GenerationResult result = new ContentProject().File("Content/a.txt", text).Generate();
        Diagnostic d = Assert.Single(result.Errors("CG0011"));
        Assert.Equal("CG0011 Error /project/Content/a.txt(1,6)", Where(d));
        Assert.Contains("U+D800", d.GetMessage());

        // The build fails on CG0011, yet the generated code itself still compiles.
        Assert.Equal("Lone \uFFFD surrogate.", Assert.Single(result.LoadArticles()).Paragraphs[0].Text);
    }

    [Fact]
    public void CG0011_is_capped_per_file()
    {
        string text = "Lead " + new string('\u0001', 100) + ".";
        Assert.Equal(20, new ContentProject().File("Content/a.txt", text).Generate().Errors("CG0011").Count());
    }

    [Fact]
    public void CG0012_a_file_with_nul_bytes_is_not_text()
    {
        Assert.Equal(["CG0012 Error /project/Content/a.txt(2,4)"], Report("Lead.\nabc\0def"));
    }

    [Theory]
    [InlineData("ContentGenNamespace", "My-App")]
    [InlineData("ContentGenNamespace", "My.class")]
    [InlineData("ContentGenNamespace", "A..B")]
    [InlineData("ContentGenVisibility", "private")]
    public void CG0013_invalid_configuration(string property, string value)
    {
        GenerationResult result = new ContentProject().Property(property, value).File("Content/a.txt", "Text.").Generate();
        Diagnostic d = Assert.Single(result.Errors("CG0013"));
        Assert.Contains(property, d.GetMessage());
        Assert.Contains($"'{value}'", d.GetMessage());
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void CG0014_info_names_the_derived_title_at_the_lead()
    {
        Diagnostic d = Assert.Single(new ContentProject().File("Content/a.txt", "\n\nThe lead sentence is here. More.").Generate().Diagnostics);
        Assert.Equal("CG0014 Info /project/Content/a.txt(3,1)", Where(d));
        Assert.Contains("'The lead sentence is here'", d.GetMessage());
    }

    [Fact]
    public void CG0015_no_slug_from_the_file_name()
    {
        Assert.Equal(["CG0015 Error /project/Content/🎉.txt(1,1)"], Report("Text.", "Content/🎉.txt"));
    }

    [Fact]
    public void CG9999_a_failure_on_one_file_is_its_error_and_the_others_still_generate()
    {
        GenerationResult result = new ContentProject()
            .FailingFile("Content/broken.txt")
            .File("Content/good.txt", "Good.")
            .Generate();
        result.AssertNoGeneratorException();
        Diagnostic d = Assert.Single(result.Errors("CG9999"));
        Assert.Equal("CG9999 Error /project/Content/broken.txt(1,1)", Where(d));
        Assert.Contains("System.InvalidOperationException", d.GetMessage());
        Assert.Equal("Good.", Assert.Single(result.LoadArticles()).Paragraphs[0].Text);
    }

    [Fact]
    public void CG0023_a_file_the_compiler_decoded_with_a_legacy_code_page()
    {
        // What a .NET Framework compiler (Visual Studio) does with invalid UTF-8: the ANSI code page.
        byte[] bytes = [.. "Caf"u8, 0xE9, .. " au lait."u8];
        SourceText latin1 = SourceText.From(bytes, bytes.Length, Encoding.Latin1);
        Diagnostic d = Assert.Single(new ContentProject().File("Content/a.txt", latin1).Generate().Errors("CG0023"));
        Assert.Equal("CG0023 Error /project/Content/a.txt(1,1)", Where(d));
        Assert.Contains("iso-8859-1", d.GetMessage());
    }

    [Fact]
    public void Utf16_with_a_bom_is_read_exactly()
    {
        byte[] bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Café au lait.")).ToArray();
        GenerationResult result = new ContentProject().File("Content/a.txt", SourceText.From(bytes, bytes.Length)).Generate();
        Assert.Equal("Café au lait.", Assert.Single(result.LoadArticles()).Paragraphs[0].Text);
    }

    [Fact]
    public void CG0021_a_file_added_twice_is_reported_once_and_indexed_once()
    {
        GenerationResult result = new ContentProject()
            .File("Content/a.txt", "Text.")
            .File("Content/a.txt", "Text.", slug: "custom")
            .Generate();
        Diagnostic d = Assert.Single(result.Errors("CG0021"));
        Assert.Equal("CG0021 Error /project/Content/a.txt(1,1)", Where(d));
        Assert.Contains("2 times", d.GetMessage());
        Assert.Single(result.LoadArticles());
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported()
    {
        string text = "Lead \u0007.\n\nAlso read:\n\nMiddle.\n\nALSO READ:   \n";
        Assert.Equal(
            ["CG0011 Error /project/Content/a.txt(1,6)", "CG0009 Error /project/Content/a.txt(3,1)", "CG0009 Error /project/Content/a.txt(7,1)"],
            Report(text));
    }

    [Theory]
    [InlineData("\n", false)]
    [InlineData("\r\n", false)]
    [InlineData("\r", false)]
    [InlineData("\r\n", true)]
    public void Locations_hold_for_every_line_ending_and_after_a_bom(string newline, bool bom)
    {
        string text = string.Join(newline, "Lead.", "", "Second.", "", "   Also read:", "", "Last.");
        byte[] bytes = [.. bom ? new byte[] { 0xEF, 0xBB, 0xBF } : [], .. Encoding.UTF8.GetBytes(text)];
        GenerationResult result = new ContentProject().File("Content/a.txt", SourceText.From(bytes, bytes.Length)).Generate();
        Assert.Equal(["CG0009 Error /project/Content/a.txt(5,4)"], result.Errors("CG0009").Select(Where));
    }

    [Fact]
    public void Descriptors_link_to_their_section_of_the_docs()
    {
        foreach (DiagnosticDescriptor descriptor in AllDescriptors())
        {
            Assert.Equal("https://github.com/ContentGen/ContentGen/blob/main/docs/diagnostics.md#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
            Assert.Contains($"<a id=\"{descriptor.Id.ToLowerInvariant()}\"></a>", System.IO.File.ReadAllText(System.IO.Path.Combine(Repository.Root, "docs", "diagnostics.md")));
            Assert.Contains(descriptor.Id, System.IO.File.ReadAllText(System.IO.Path.Combine(Repository.Root, "src", "ContentGen", "AnalyzerReleases.Unshipped.md")));
        }
    }

    internal static DiagnosticDescriptor[] AllDescriptors() =>
        [.. typeof(ContentGen.Generator.Diagnostics.Descriptors)
            .GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)];
}
