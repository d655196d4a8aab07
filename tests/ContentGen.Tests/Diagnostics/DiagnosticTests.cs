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
    [InlineData("ContentGenLiteralBudget", "-1")]
    [InlineData("ContentGenMaxFileSize", "4MB")]
    [InlineData("ContentGenMaxFileSize", "0")]
    [InlineData("ContentGenMaxFileSize", "-5")]
    [InlineData("ContentGenMaxFileSize", "99999999999999999999")]
    public void CG0013_invalid_configuration(string property, string value)
    {
        GenerationResult result = new ContentProject().Property(property, value).File("Content/a.txt", "Text.").Generate();
        Diagnostic d = Assert.Single(result.Errors("CG0013"));
        Assert.Contains(property, d.GetMessage());
        Assert.Contains($"'{value}'", d.GetMessage());
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void CG0013_says_what_a_valid_max_file_size_is_and_a_valid_one_is_used()
    {
        Diagnostic d = Assert.Single(new ContentProject().Property("ContentGenMaxFileSize", "4MB").File("Content/a.txt", "Text.").Generate().Errors("CG0013"));
        Assert.Equal("Invalid ContentGen setting ContentGenMaxFileSize = '4MB': use a whole number of bytes above 0, such as 16777216 (the default is 4194304)", d.GetMessage());

        // Surrounding spaces are trimmed, as for every setting: ' 8 ' lets the 5-byte file through, ' 4 ' does not.
        Assert.Empty(new ContentProject().Property("ContentGenMaxFileSize", " 8 ").File("Content/a.txt", "Text.").Generate().Diagnostics.Where(x => x.Severity != DiagnosticSeverity.Info));
        Assert.Single(new ContentProject().Property("ContentGenMaxFileSize", " 4 ").File("Content/a.txt", "Text.").Generate().Errors("CG0022"));
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

    /// <summary>
    /// What the compiler hands the generator for a file on disk: Roslyn's <c>EncodedStringText</c>
    /// decodes with a strict UTF-8 first (a byte order mark picks <see cref="Encoding.UTF8"/>), and
    /// when that throws, again with <paramref name="fallback"/>; the checksum is of the bytes read.
    /// </summary>
    private static SourceText FromDisk(byte[] bytes, Encoding fallback)
    {
        try
        {
            return SourceText.From(bytes, bytes.Length, new UTF8Encoding(false, throwOnInvalidBytes: true), SourceHashAlgorithm.Sha256);
        }
        catch (DecoderFallbackException)
        {
            return SourceText.From(bytes, bytes.Length, fallback, SourceHashAlgorithm.Sha256);
        }
    }

    private static Encoding CodePage(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    private static GenerationResult GenerateFromDisk(byte[] bytes, Encoding fallback) =>
        new ContentProject().File("Content/a.txt", FromDisk(bytes, fallback)).Generate();

    [Theory]
    // The .NET SDK's compiler: invalid bytes become U+FFFD (Encoding.Default).
    [InlineData(65001, new byte[] { 0x42, 0x61, 0x64, 0x20, 0xFF, 0x20, 0x62, 0x79, 0x74, 0x65 }, "(1,5)", "the compiler replaced a byte here that is not UTF-8 with U+FFFD")]
    [InlineData(65001, new byte[] { 0x41, 0x0A, 0x0A, 0x63, 0x61, 0x66, 0xE9 }, "(3,4)", "the compiler replaced a byte here that is not UTF-8 with U+FFFD")]
    // A .NET Framework compiler (Visual Studio): the ANSI code page, which makes letters of every byte.
    [InlineData(1252, new byte[] { 0x41, 0x0A, 0x0A, 0x63, 0x61, 0x66, 0xE9 }, "(3,4)", "byte 0xE9 here is not UTF-8, and the compiler read the file as windows-1252, which changes its letters")]
    [InlineData(1252, new byte[] { 0x63, 0x61, 0x66, 0xC3, 0xA9, 0x20, 0xE9, 0x21 }, "(1,7)", "byte 0xE9 here is not UTF-8, and the compiler read the file as windows-1252, which changes its letters")]
    // Shift-JIS: two bytes of the text that are valid UTF-8 (U+0831) spell two characters, so the bad byte 0x93 is the third character.
    [InlineData(932, new byte[] { 0xE0, 0xA0, 0xB1, 0x93, 0xFA }, "(1,3)", "byte 0x93 here is not UTF-8, and the compiler read the file as shift_jis, which changes its letters")]
    public void CG0023_invalid_utf8_is_reported_at_its_first_bad_byte(int fallback, byte[] bytes, string at, string what)
    {
        GenerationResult result = GenerateFromDisk(bytes, fallback == 65001 ? Encoding.Default : CodePage(fallback));
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal("CG0023 Error /project/Content/a.txt" + at, Where(d));
        Assert.Equal($"'Content/a.txt' is not valid UTF-8: {what}; save the file as UTF-8", d.GetMessage());
        Assert.Empty(result.LoadArticles());
    }

    [Fact]
    public void CG0023_a_byte_order_mark_then_an_invalid_byte()
    {
        // The byte order mark makes the compiler decode with Encoding.UTF8, which replaces without throwing:
        // only the checksum of the bytes tells this U+FFFD from one written in the file.
        GenerationResult result = GenerateFromDisk([0xEF, 0xBB, 0xBF, .. "A\n\nOne "u8, 0xFF, .. " then \uFFFD."u8], CodePage(1252));
        Assert.Equal("CG0023 Error /project/Content/a.txt(3,5)", Where(Assert.Single(result.Diagnostics)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CG0029_not_CG0023_for_a_replacement_character_written_in_valid_utf8(bool byteOrderMark)
    {
        byte[] bytes = [.. byteOrderMark ? Encoding.UTF8.GetPreamble() : [], .. "A\n\nOutput: \uFFFD done."u8];
        GenerationResult result = GenerateFromDisk(bytes, CodePage(1252));
        Assert.Equal(["CG0029 Warning /project/Content/a.txt(3,9)"], result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(Where));
        Assert.Equal("Output: \uFFFD done.", Assert.Single(result.LoadArticles()).Paragraphs[0].Text);
    }

    [Fact]
    public void CG0023_valid_utf8_that_the_compiler_was_told_to_read_with_a_code_page()
    {
        // A project's CodePage makes the compiler skip UTF-8: 'é' (C3 A9) would become two letters.
        byte[] bytes = [.. "A\n\nAu caf"u8, 0xC3, 0xA9, .. "."u8];
        Diagnostic d = Assert.Single(new ContentProject().File("Content/a.txt", SourceText.From(bytes, bytes.Length, CodePage(1252))).Generate().Diagnostics);
        Assert.Equal("CG0023 Error /project/Content/a.txt(3,7)", Where(d));
        Assert.Contains("read this UTF-8 file as windows-1252", d.GetMessage());

        // Only ASCII: the same text either way.
        byte[] ascii = [.. "A\n\nAu cafe."u8];
        Assert.Empty(new ContentProject().File("Content/a.txt", SourceText.From(ascii, ascii.Length, CodePage(1252))).Generate().Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info));
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
