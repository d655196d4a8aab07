using ContentGen.Generator.Helpers;
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
    [InlineData("blog/release/v20.0.0", "blog/release/v20.0.0")]
    [InlineData("Release 3.5 notes", "release-3.5-notes")]
    [InlineData("1.2.3-beta", "1.2.3-beta")]
    [InlineData("my.article", "my-article")]
    [InlineData("3..5", "3-5")]
    [InlineData("3. 5", "3-5")]
    [InlineData("v2.x", "v2-x")]
    public void Slug(string path, string slug) => Assert.Equal(slug, Naming.Slug(path));

    [Theory]
    [InlineData("DotNet", "dotnet")]
    [InlineData("dot net", "dot-net")]
    [InlineData(".NET 8", "net-8")]
    [InlineData("ASP.NET Core", "asp-net-core")]
    [InlineData("C#", "csharp")]
    [InlineData("F#", "fsharp")]
    [InlineData("C++", "cplusplus")]
    [InlineData("C", "c")]
    [InlineData("#hashtag", "hashtag")]
    [InlineData("++", "")]
    [InlineData("a + b", "a-b")]
    [InlineData("v2.1", "v2.1")]
    [InlineData("c/c++", "c-cplusplus")]
    [InlineData("Über", "über")]
    [InlineData("🎉", "")]
    public void Term_slug(string term, string slug) => Assert.Equal(slug, Naming.TermSlug(term));

    [Theory]
    [InlineData("WorldNews", "world-news")]
    [InlineData("Covid19Update", "covid19-update")]
    [InlineData("IPhone", "iphone")]
    [InlineData("World", "world")]
    public void Term_slug_of_an_enum_member_splits_its_words(string member, string slug) => Assert.Equal(slug, Naming.TermSlug(member, isEnumMember: true));

    [Theory]
    [InlineData("blog/release/v20.0.0")]
    [InlineData("Docs/Über_Uns")]
    [InlineData("a~b/c-d.e_f")]
    [InlineData("q&a/(draft)")]
    public void An_explicit_slug_that_is_a_url_path_is_used_as_written(string slug) => Assert.Null(Naming.SlugProblem(slug));

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("/blog/a", "starts with '/'")]
    [InlineData("blog/a/", "ends with '/'")]
    [InlineData("blog//a", "has an empty segment ('//')")]
    [InlineData("blog/../a", "has a '..' segment")]
    [InlineData("./a", "has a '.' segment")]
    [InlineData("my post", "contains a space, which a URL path must escape")]
    [InlineData("a?b", "contains '?', which a URL path must escape")]
    [InlineData("a#b", "contains '#', which a URL path must escape")]
    [InlineData("100%", "contains '%', which a URL path must escape")]
    [InlineData("party🎉", "contains '🎉', which a URL path must escape")]
    public void An_explicit_slug_that_is_not_a_url_path_says_why(string slug, string problem) => Assert.Equal(problem, Naming.SlugProblem(slug));

    [Theory]
    [InlineData("000_acdc7d00acb03fa1", "_000Acdc7d00acb03fa1")]
    [InlineData("2024 report (final)", "_2024ReportFinal")]
    [InlineData("class", "Class")]
    [InlineData("iPhone review", "IPhoneReview")]
    [InlineData("news/über-uns", "NewsÜberUns")]
    [InlineData("日本語の記事", "日本語の記事")]
    [InlineData("my.article.v2", "MyArticleV2")]
    [InlineData("v20.0.0", "V20_0_0")]
    [InlineData("v2 0", "V2_0")]
    [InlineData("🎉", "")]
    public void Identifier(string path, string identifier) => Assert.Equal(identifier, Naming.Identifier(path));

    [Theory]
    [InlineData("class")]
    [InlineData("2024 report (final)")]
    [InlineData("ा leading mark")]
    [InlineData("CON")]
    [InlineData("a b c d e f")]
    public void Identifiers_are_valid_csharp(string path) =>
        Assert.True(SyntaxFacts.IsValidIdentifier(Naming.Identifier(path)));

    [Theory]
    [InlineData("/p/Content/a.txt", "/p/", "Content/a.txt")]
    [InlineData("/p/Content/a.txt", "/p", "Content/a.txt")]
    [InlineData("/repo/seeds/a.txt", "/repo/samples/app/", "../../seeds/a.txt")]
    [InlineData(@"C:\p\Content\a.txt", @"C:\p\", "Content/a.txt")]
    [InlineData(@"D:\x\a.txt", @"C:\p\", "D:/x/a.txt")]
    [InlineData("/p/a.txt", "", "/p/a.txt")]
    [InlineData("/repo/App/../Shared/a.md", "/repo/App/", "../Shared/a.md")]
    [InlineData("/repo/App/./Content/a.md", "/repo/App/", "Content/a.md")]
    public void Source_path_is_relative_to_the_project(string path, string project, string expected) =>
        Assert.Equal(expected, ContentPath.RelativeTo(path, project));

    [Theory]
    [InlineData("/p/Content/news/a.b.txt", "/p/Content/", "news/a.b")]
    [InlineData("/p/Other/a.txt", "/p/Content/", "a")]
    [InlineData("/p/Content/.hidden", "/p/Content/", ".hidden")]
    [InlineData("/repo/App/../Shared/news/a.md", "/repo/Shared/", "news/a")]
    public void Path_under_the_content_folder_drops_the_extension(string path, string content, string expected) =>
        Assert.Equal(expected, ContentPath.UnderContent(path, content));
}
