using System.Linq;
using ContentGen.Generator.Parsing;
using Xunit;

namespace ContentGen.Tests.Markdown;

/// <summary>
/// Tags and attributes as the HTML standard's tokenizer reads them, and the anchors a browser can
/// scroll to. Each expectation was worked out by hand from the tokenizer's states (WHATWG HTML 13.2.5).
/// </summary>
public class RawHtmlTests
{
    /// <summary>Every attribute form: the value of the attribute <c>id</c> or <c>name</c> of the first tag.</summary>
    [Theory]
    [InlineData("<a name=\"note_G\"></a>", "name", "note_G")]
    [InlineData("<a name =\"note_G\"></a>", "name", "note_G")]
    [InlineData("<a name= \"note_G\"></a>", "name", "note_G")]
    [InlineData("<a name\t=\n\"note_G\"></a>", "name", "note_G")]
    [InlineData("<a name='note_G'></a>", "name", "note_G")]
    [InlineData("<a name=note_G></a>", "name", "note_G")]
    [InlineData("<a name=note_G/></a>", "name", "note_G/")]
    [InlineData("<A NAME=\"note_G\"></A>", "name", "note_G")]
    [InlineData("<a Name='it''s'>", "name", "it")]
    [InlineData("<span id=\"x\"class=\"y\">", "id", "x")]
    [InlineData("<span class=\"id=wrong\" id=right>", "id", "right")]
    [InlineData("<span data-id=\"no\" id=\"yes\">", "id", "yes")]
    [InlineData("<span id=\"first\" id=\"second\">", "id", "first")]
    [InlineData("<span id=\"a&amp;b&#39;c\">", "id", "a&b'c")]
    [InlineData("<span id=\"a>b\">", "id", "a>b")]
    [InlineData("<span\nid=\"on-a-new-line\"\n>", "id", "on-a-new-line")]
    [InlineData("<img/id=\"after-a-slash\">", "id", "after-a-slash")]
    [InlineData("<span id>", "id", "")]
    [InlineData("<span id=>", "id", "")]
    public void An_attribute_is_read_in_every_form_the_tokenizer_takes(string html, string name, string value)
    {
        HtmlTag tag = RawHtml.Tags(html).First();
        Assert.Equal(value, tag.Attribute(name)?.Value);
    }

    [Fact]
    public void An_img_gives_its_src_width_and_height_with_the_offsets_of_their_values()
    {
        const string html = "<p>See <IMG SRC = \"a/b.png\" width=640 height='48' alt=\"A &amp; B\"> here.</p>";
        HtmlTag img = Assert.Single(RawHtml.Tags(html), t => t.Name == "img");
        Assert.Equal(7, img.Start);
        Assert.Equal(html.IndexOf(" here", System.StringComparison.Ordinal), img.End);
        Assert.Equal(["src", "width", "height", "alt"], img.Attributes.Select(a => a.Name));

        HtmlAttribute src = img.Attribute("src")!.Value;
        Assert.Equal(("a/b.png", "a/b.png", '"'), (src.Value, html.Substring(src.ValueStart, src.ValueLength), src.Quote));
        HtmlAttribute width = img.Attribute("width")!.Value;
        Assert.Equal(("640", "640", '\0'), (width.Value, html.Substring(width.ValueStart, width.ValueLength), width.Quote));
        HtmlAttribute height = img.Attribute("height")!.Value;
        Assert.Equal(("48", "48", '\''), (height.Value, html.Substring(height.ValueStart, height.ValueLength), height.Quote));
        HtmlAttribute alt = img.Attribute("alt")!.Value;
        Assert.Equal(("A & B", "A &amp; B"), (alt.Value, html.Substring(alt.ValueStart, alt.ValueLength)));
    }

    [Fact]
    public void Offsets_are_those_of_the_text_given_and_a_range_reads_only_its_part()
    {
        const string html = "<p>x</p><img src=a.png><img src=b.png>";
        HtmlTag only = Assert.Single(RawHtml.Tags(html, 8, 23));
        Assert.Equal(("img", 8, 23, 17), (only.Name, only.Start, only.End, only.Attribute("src")!.Value.ValueStart));
    }

    /// <summary>What is not a tag: the tag names the tokenizer reads from each text, start tags as 'x', end tags as '/x'.</summary>
    [Theory]
    [InlineData("a < b and c<d", "")]
    [InlineData("<!-- <a id=x> --><b>", "b")]
    [InlineData("<!--><a id=x>", "a")]
    [InlineData("<!---><i>", "i")]
    [InlineData("<!-- a -- b --!><i>", "i")]
    [InlineData("<!DOCTYPE html><i>", "i")]
    [InlineData("<?xml version=\"1.0\"?><i>", "i")]
    [InlineData("<![CDATA[<a id=x>]]><i>", "i")]
    [InlineData("</ not a tag><i>", "i")]
    [InlineData("<script>if (a<b) x = '<a id=x>';</script ><i>", "script /script i")]
    [InlineData("<STYLE>a{}</style><i>", "style /style i")]
    [InlineData("<textarea><a id=x></textarea><i>", "textarea /textarea i")]
    [InlineData("<title><b></titled></title><i>", "title /title i")]
    [InlineData("<plaintext><a id=x></plaintext>", "plaintext")]
    [InlineData("<b>ok</b><a id=\"cut", "b /b")]
    [InlineData("<b>ok</b><a id=x", "b /b")]
    public void Comments_declarations_raw_text_and_cut_off_tags_are_no_tags(string html, string tags)
    {
        Assert.Equal(tags, string.Join(" ", RawHtml.Tags(html).Select(t => (t.IsEnd ? "/" : "") + t.Name)));
    }

    /// <summary>
    /// The HTML standard's "find a potential indicated element": an element with that id, else an
    /// <c>a</c> with that name. The anchors of each piece of HTML, in order.
    /// </summary>
    [Theory]
    [InlineData("<h2 id=\"install\">Install</h2>", "install")]
    [InlineData("<a name =\"note_G\"></a>", "note_G")]
    [InlineData("<A NAME='legacy'></A><p ID=upper>x</p>", "legacy upper")]
    [InlineData("<a id=\"both\" name=\"also\"></a>", "both also")]
    [InlineData("<div name=\"field\"></div><input name=\"q\">", "")]
    [InlineData("<span id=\"Case\"></span>", "Case")]
    [InlineData("<span id=\"x\"></span><a name=\"x\"></a>", "x")]
    [InlineData("<span id=\"\"></span><a name=\"\"></a>", "")]
    [InlineData("<pre><code>&lt;a id=&quot;code&quot;&gt;</code></pre>", "")]
    [InlineData("<!-- <a id=\"commented\"> -->", "")]
    [InlineData("<template id=\"t\"><p id=\"inside\"></p><template><p id=\"deeper\"></p></template><p id=\"still\"></p></template><p id=\"after\"></p>", "t after")]
    [InlineData("<p>text id=\"not-an-attribute\"</p>", "")]
    [InlineData("</p id=\"end-tag\">", "")]
    public void Anchors_are_ids_on_any_element_and_names_on_a_only(string html, string anchors)
    {
        Assert.Equal(anchors, string.Join(" ", HtmlAnchors.Of(html)));
    }
}
