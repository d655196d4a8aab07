using System;
using System.Collections.Generic;
using ContentGen.Generator.Helpers;

namespace ContentGen.Generator.Parsing;

/// <summary>
/// The fragments a browser can scroll to in an article's HTML (docs/format.md, "Checked links and
/// images"), as the HTML standard finds them ("find a potential indicated element"): an element
/// whose <c>id</c> is the fragment, else an <c>a</c> element whose <c>name</c> is. So <c>id</c>
/// counts on every element and <c>name</c> on <c>&lt;a&gt;</c> only (a <c>name</c> elsewhere, as
/// on a form field, is no anchor).
/// </summary>
/// <remarks>
/// Read from the rendered HTML, the document a browser gets: heading ids, ids from any extension
/// (footnotes, generic attributes) and raw HTML count alike, with no copy of Markdig's renderers.
/// Its tags are read with <see cref="RawHtml"/>, the HTML tokenizer's rules for attributes.
/// </remarks>
internal static class HtmlAnchors
{
    /// <summary>The anchors of <paramref name="html"/>, in document order, without repeats.</summary>
    /// <param name="passOver">Ranges that hold no anchor and change no tokenizer state (see <see cref="RawHtml.Tags"/>): the parser's highlighted code.</param>
    public static EquatableArray<string> Of(string html, IReadOnlyList<(int Start, int End)>? passOver = null)
    {
        List<string>? anchors = null;
        HashSet<string>? seen = null;
        int template = 0;
        foreach (HtmlTag tag in RawHtml.Tags(html, passOver: passOver))
        {
            if (tag.Name == "template")
            {
                // A template's content is not in the document: nothing in it can be scrolled to.
                template += tag.IsEnd ? (template > 0 ? -1 : 0) : 1;
                if (tag.IsEnd || template > 1)
                {
                    continue;
                }
            }
            else if (tag.IsEnd || template > 0)
            {
                continue;
            }

            Add(tag.Attribute("id"));
            if (tag.Name == "a")
            {
                Add(tag.Attribute("name"));
            }
        }

        return anchors is null ? EquatableArray<string>.Empty : anchors.ToEquatableArray();

        void Add(HtmlAttribute? attribute)
        {
            if (attribute is { Value.Length: > 0 } found)
            {
                seen ??= new HashSet<string>(StringComparer.Ordinal);
                if (seen.Add(found.Value))
                {
                    (anchors ??= []).Add(found.Value);
                }
            }
        }
    }
}
