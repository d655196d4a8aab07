using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Reliability;

/// <summary>
/// Named hostile inputs (Fixtures/Adversarial/NAME.txt), each with its expected result
/// (NAME.expected, written and checked by hand), run through a real compile and read back.
/// </summary>
/// <remarks>
/// Expected files hold one fact per line: <c>title=</c>, <c>p=</c> (a paragraph), <c>rN=</c> (a
/// related link after paragraph N), <c>iN=</c> (an inline link in paragraph N), <c>meta.summary=</c>,
/// <c>meta.KEY=</c> (an extra key). Values use <c>\\</c> and <c>\uXXXX</c> escapes so invisible
/// characters stay visible.
/// </remarks>
public class AdversarialFixtureTests
{
    private static readonly string Directory = Path.Combine(Repository.TestsDirectory, "Fixtures", "Adversarial");

    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (string file in System.IO.Directory.GetFiles(Directory, "*.txt").Order(StringComparer.Ordinal))
        {
            names.Add(Path.GetFileNameWithoutExtension(file));
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Fixture_compiles_and_reads_back_exactly_as_expected(string name)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(Directory, name + ".txt"));
        GenerationResult result = new ContentProject()
            .File($"Content/{name}.txt", Microsoft.CodeAnalysis.Text.SourceText.From(bytes, bytes.Length))
            .Generate();
        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        Article article = Assert.Single(result.LoadArticles());

        var expected = new List<string>();
        var actual = new List<string>();
        foreach (string line in File.ReadAllLines(Path.Combine(Directory, name + ".expected")))
        {
            expected.Add(line[..line.IndexOf('=', StringComparison.Ordinal)] + "=" + Unescape(line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..]));
        }

        actual.Add("title=" + article.Title);
        actual.AddRange(article.Paragraphs.Select(p => "p=" + p.Text));
        actual.AddRange(article.Links.Select(l => $"{(l.Kind == LinkKind.Related ? "r" : "i")}{l.ParagraphIndex.ToString(CultureInfo.InvariantCulture)}={l.Text}"));
        if (article.Metadata.Summary != article.Paragraphs[0].Text)
        {
            actual.Add("meta.summary=" + article.Metadata.Summary);
        }

        actual.AddRange(article.Metadata.Extra.Select(e => $"meta.{e.Key}={e.Value}"));

        // Order-insensitive across kinds, order-sensitive within paragraphs and links.
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Where(e => e.StartsWith("p=", StringComparison.Ordinal)), actual.Where(a => a.StartsWith("p=", StringComparison.Ordinal)));
    }

    private static string Unescape(string value)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length && value[i + 1] == '\\')
            {
                builder.Append('\\');
                i++;
            }
            else if (value[i] == '\\' && i + 5 < value.Length + 0 && value[i + 1] == 'u')
            {
                builder.Append((char)int.Parse(value.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 5;
            }
            else
            {
                builder.Append(value[i]);
            }
        }

        return builder.ToString();
    }
}
