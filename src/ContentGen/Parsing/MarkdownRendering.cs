using System.Collections.Generic;
using System.Linq;
using ContentGen.Generator.Parsing.Highlighting;
using ContentGen.Shared;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ContentGen.Generator.Parsing;

/// <summary>
/// What ContentGen adds to Markdig's HTML, at parse time (docs/format.md, "Code highlighting" and
/// "Heading anchors"): highlighted fenced code, and a self-link in each heading. Added last to the
/// pipeline, so it sees the renderers every other extension set up.
/// </summary>
internal sealed class MarkdownRendering(bool highlightCode, bool headingAnchors) : IMarkdownExtension
{
    /// <summary>The class of a heading's self-link, for sites to style.</summary>
    public const string AnchorClass = "heading-anchor";

    /// <summary>How a heading's self-link starts in the HTML.</summary>
    public const string AnchorStart = "<a class=\"" + AnchorClass + "\"";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        if (highlightCode && html.ObjectRenderers.FindExact<CodeBlockRenderer>() is { } code)
        {
            var highlighted = new HighlightedCodeRenderer { OutputAttributesOnPre = code.OutputAttributesOnPre };
            highlighted.BlocksAsDiv.UnionWith(code.BlocksAsDiv);
            foreach (var mapping in code.BlockMapping)
            {
                highlighted.BlockMapping[mapping.Key] = mapping.Value;
            }

            html.ObjectRenderers.Replace<CodeBlockRenderer>(highlighted);
        }

        if (headingAnchors && html.ObjectRenderers.FindExact<HeadingRenderer>() is not null)
        {
            html.ObjectRenderers.Replace<HeadingRenderer>(new AnchoredHeadingRenderer());
        }
    }

    /// <summary>
    /// A fenced block whose info names a language: <c>&lt;pre class="hl"&gt;&lt;code class="language-x"&gt;</c>
    /// and a span per token; anything else exactly as Markdig writes it.
    /// </summary>
    internal sealed class HighlightedCodeRenderer : CodeBlockRenderer
    {
        /// <summary>
        /// Where each highlighted block's code was written in the output (a <see cref="System.IO.StringWriter"/>'s):
        /// escaped text and token spans only, which the parser's anchor scan need not read. Null when nobody asks.
        /// </summary>
        public List<(int Start, int End)>? Written { get; set; }

        protected override void Write(HtmlRenderer renderer, CodeBlock obj)
        {
            if (renderer.EnableHtmlForBlock && renderer.EnableHtmlEscape && !OutputAttributesOnPre
                && obj is FencedCodeBlock { Info: { Length: > 0 } info } fenced
                && !BlocksAsDiv.Contains(info) && !BlockMapping.ContainsKey(info)
                && CodeLanguages.Highlights(info)
                && CodeLanguages.Highlight(Code(fenced), info) is { } code)
            {
                renderer.EnsureLine();
                renderer.Write("<pre class=\"").Write(CodeTokens.Block).Write("\"><code");
                renderer.WriteAttributes(obj);
                renderer.Write('>');
                int start = Length(renderer);
                renderer.Write(code);
                if (Written is not null && start >= 0)
                {
                    Written.Add((start, Length(renderer)));
                }

                renderer.WriteLine("</code></pre>");
                renderer.EnsureLine();
                return;
            }

            base.Write(renderer, obj);
        }

        private static int Length(HtmlRenderer renderer) => renderer.Writer is System.IO.StringWriter writer ? writer.GetStringBuilder().Length : -1;

        /// <summary>The block's lines, each ending with a line feed, as Markdig writes them.</summary>
        private static string Code(FencedCodeBlock block)
        {
            // An empty block (a fence that the file ends right after) has no line array at all.
            var text = new System.Text.StringBuilder();
            Markdig.Helpers.StringLine[] lines = block.Lines.Lines ?? [];
            for (int i = 0; i < block.Lines.Count && i < lines.Length; i++)
            {
                Markdig.Helpers.StringSlice slice = lines[i].Slice;
                if (slice is { Text: not null, Length: > 0 })
                {
                    text.Append(slice.Text, slice.Start, slice.Length);
                }

                text.Append('\n');
            }

            return text.ToString();
        }
    }

    /// <summary>
    /// A heading with an id ends with <c>&lt;a class="heading-anchor" href="#id" aria-label="Link to this section: Title"&gt;#&lt;/a&gt;</c>:
    /// the glyph docs sites show, named for screen readers by its label.
    /// </summary>
    private sealed class AnchoredHeadingRenderer : HeadingRenderer
    {
        private static readonly string[] Tags = ["h1", "h2", "h3", "h4", "h5", "h6"];

        protected override void Write(HtmlRenderer renderer, HeadingBlock obj)
        {
            string? id = obj.TryGetAttributes()?.Id;
            if (!renderer.EnableHtmlForBlock || string.IsNullOrEmpty(id))
            {
                base.Write(renderer, obj);
                return;
            }

            string tag = obj.Level is > 0 and <= 6 ? Tags[obj.Level - 1] : "h" + obj.Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
            renderer.Write('<').Write(tag);
            renderer.WriteAttributes(obj);
            renderer.Write('>');
            renderer.WriteLeafInline(obj);
            renderer.Write(AnchorStart).Write(" href=\"#");
            renderer.WriteEscapeUrl(id);
            renderer.Write("\" aria-label=\"Link to this section: ");
            renderer.WriteEscape(MarkdownArticleParser.Flatten(obj.Inline));
            renderer.Write("\">#</a></").Write(tag).WriteLine(">");
            renderer.EnsureLine();
        }
    }
}
