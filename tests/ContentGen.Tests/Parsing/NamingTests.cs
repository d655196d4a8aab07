using ContentGen.Generator.Parsing;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ContentGen.Tests.Parsing;

/// <summary>Slugs and identifiers from paths (docs/format.md, "Slugs and identifiers").</summary>
public class NamingTests
{
    [Theory]
    [InlineData("000_acdc7d00acb03fa1", "000-acdc7d00acb03fa1")]
    [InlineData("2024 Report (Final)", "2024-report-final")]
    [InlineData("news/Über uns", "news/über-uns")]
    [InlineData("news/2024/--Hello--World--", "news/2024/hello-world")]
    [InlineData("日本語の記事", "日本語の記事")]
    [InlineData("हिन्दी समाचार", "हिन्दी-समाचार")]
    [InlineData("🎉/party 🎉 time", "party-time")]
    [InlineData("I", "i")]
    [InlineData("🎉", "")]
    [InlineData("---", "")]
    public void Slug(string path, string slug) => Assert.Equal(slug, Naming.Slug(path));

    [Theory]
    [InlineData("000_acdc7d00acb03fa1", "_000Acdc7d00acb03fa1")]
    [InlineData("2024 report (final)", "_2024ReportFinal")]
    [InlineData("class", "Class")]
    [InlineData("iPhone review", "IPhoneReview")]
    [InlineData("news/über-uns", "NewsÜberUns")]
    [InlineData("日本語の記事", "日本語の記事")]
    [InlineData("all", "All_")]
    [InlineData("find", "Find_")]
    [InlineData("types", "Types_")]
    [InlineData("to-string", "ToString_")]
    [InlineData("articles", "Articles_")]
    [InlineData("my.article.v2", "MyArticleV2")]
    [InlineData("🎉", "")]
    public void Identifier(string path, string identifier) => Assert.Equal(identifier, Naming.Identifier(path, "Articles"));

    [Theory]
    [InlineData("class")]
    [InlineData("2024 report (final)")]
    [InlineData("ा leading mark")]
    [InlineData("CON")]
    [InlineData("a b c d e f")]
    public void Identifiers_are_valid_csharp(string path) =>
        Assert.True(SyntaxFacts.IsValidIdentifier(Naming.Identifier(path, "Articles")));

    [Theory]
    [InlineData("/p/Content/a.txt", "/p/", "Content/a.txt")]
    [InlineData("/p/Content/a.txt", "/p", "Content/a.txt")]
    [InlineData("/repo/seeds/a.txt", "/repo/samples/app/", "../../seeds/a.txt")]
    [InlineData(@"C:\p\Content\a.txt", @"C:\p\", "Content/a.txt")]
    [InlineData(@"D:\x\a.txt", @"C:\p\", "D:/x/a.txt")]
    [InlineData("/p/a.txt", "", "/p/a.txt")]
    public void Source_path_is_relative_to_the_project(string path, string project, string expected) =>
        Assert.Equal(expected, ContentPath.RelativeTo(path, project));

    [Theory]
    [InlineData("/p/Content/news/a.b.txt", "/p/Content/", "news/a.b")]
    [InlineData("/p/Other/a.txt", "/p/Content/", "a")]
    [InlineData("/p/Content/.hidden", "/p/Content/", ".hidden")]
    public void Path_under_the_content_folder_drops_the_extension(string path, string content, string expected) =>
        Assert.Equal(expected, ContentPath.UnderContent(path, content));
}
