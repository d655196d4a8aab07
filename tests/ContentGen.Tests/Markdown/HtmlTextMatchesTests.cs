using System;
using Xunit;

namespace ContentGen.Tests.Markdown;

/// <summary>
/// The generator keeps a text as a span of the HTML only where the runtime's <c>HtmlText.Of</c>
/// gives it back exactly; <c>HtmlText.Matches</c> answers that without building the string, so it
/// must agree with <c>Of(...) == text</c> everywhere.
/// </summary>
public class HtmlTextMatchesTests
{
    // The generator's copy (src/Shared is compiled into the runtime library too, so the name alone is ambiguous here).
    private static readonly Type HtmlText = typeof(ContentGen.Generator.ContentGenerator).Assembly.GetType("ContentGen.Shared.HtmlText", throwOnError: true)!;

    private static string Of(string html, int start, int length) => (string)HtmlText.GetMethod("Of")!.Invoke(null, [html, start, length])!;

    private static bool Matches(string html, int start, int length, string text) => (bool)HtmlText.GetMethod("Matches")!.Invoke(null, [html, start, length, text])!;

    [Theory]
    [InlineData("<p>Hello world</p>", "Hello world")]
    [InlineData("<p>Hello world</p>", "Hello worl")]
    [InlineData("<p>Hello world</p>", "Hello world!")]
    [InlineData("<p>  Hello\nworld \r\n</p>", "Hello world")]
    [InlineData("<p>  Hello\nworld \r\n</p>", "Hello\nworld")]
    [InlineData("<p>a &amp; b &lt;c&gt; &#39;d&#39; &#x41;</p>", "a & b <c> 'd' A")]
    [InlineData("<p>a &amp; b</p>", "a &amp; b")]
    [InlineData("<p>&unknown; x</p>", "&unknown; x")]
    [InlineData("<h2 id=\"x\">Title <code>a&lt;b</code> <em>it</em></h2>", "Title a<b it")]
    [InlineData("<p>\u200B text \uFEFF</p>", "text")]
    [InlineData("<p> </p>", "")]
    [InlineData("<p>x</p>", "")]
    [InlineData("<p>x</p>", " x")]
    [InlineData("<p>x</p>", "x ")]
    [InlineData("<p>a  b</p>", "a b")]
    [InlineData("<p>unclosed <b", "unclosed")]
    [InlineData("", "")]
    public void Agrees_with_Of(string html, string text)
    {
        Assert.Equal(Of(html, 0, html.Length) == text, Matches(html, 0, html.Length, text));
    }

    [Fact]
    public void Reads_only_its_range()
    {
        const string html = "<p>one</p><p>two</p>";
        Assert.True(Matches(html, 10, 10, "two"));
        Assert.False(Matches(html, 10, 10, "onetwo"));
        Assert.Equal("two", Of(html, 10, 10));
    }
}
