using System.Linq;
using System.Text;
using System.Threading;
using ContentGen.Generator;
using ContentGen.Generator.Model;
using ContentGen.Generator.Parsing;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ContentGen.Tests.Helpers;

/// <summary>Runs the parser alone on a string, as the generator would for a file under Content/.</summary>
internal static class Parse
{
    public static readonly ContentPaths Paths = new(ContentProject.ProjectDirectory, ContentProject.ProjectDirectory + "Content/");

    public static ParseResult Text(string text, string relativePath = "Content/article.txt") =>
        Source(SourceText.From(text, Encoding.UTF8), relativePath);

    public static ParseResult Source(SourceText text, string relativePath = "Content/article.txt", CancellationToken cancellationToken = default)
    {
        ContentFile file = ContentGenerator.Describe(ContentProject.Path(relativePath), new FileOptions(null), Paths);
        return TextArticleParser.Parse(text, file, cancellationToken);
    }

    /// <summary>Parses a Markdown file as the generator does.</summary>
    public static ParseResult Markdown(string text, string relativePath = "Content/article.md")
    {
        ContentFile file = ContentGenerator.Describe(ContentProject.Path(relativePath), new FileOptions(null), Paths);
        return MarkdownArticleParser.Parse(SourceText.From(text, Encoding.UTF8), file, CancellationToken.None);
    }

    /// <summary>Parses text that must give an article and no error.</summary>
    public static ArticleModel Article(string text)
    {
        ParseResult result = Text(text);
        Assert.DoesNotContain(result.Diagnostics, d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.NotNull(result.Article);
        return result.Article!;
    }

    public static string[] Paragraphs(string text) => [.. Article(text).Paragraphs];
}
