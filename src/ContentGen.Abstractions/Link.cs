using System;

namespace ContentGen;

/// <summary>A related-article line, an inline URL, or a Markdown link of an article.</summary>
public sealed class Link
{
    private readonly Article _owner;
    private readonly int _index;

    internal Link(Article owner, int index, string text, LinkInfo info)
    {
        _owner = owner;
        _index = index;
        Text = text;
        Kind = info.Kind;
        ParagraphIndex = info.ParagraphIndex;
        Url = info.HasUrl ? new Uri(text, info.IsRelative ? UriKind.Relative : UriKind.Absolute) : null;
    }

    /// <summary>
    /// For <see cref="LinkKind.Related"/>, the text after <c>Also read:</c>; for
    /// <see cref="LinkKind.Inline"/>, the URL without trailing sentence punctuation (for a
    /// Markdown link, its destination as written).
    /// </summary>
    public string Text { get; }

    /// <summary>The kind of link.</summary>
    public LinkKind Kind { get; }

    /// <summary>
    /// The URL, when the link text is an absolute <c>http</c> or <c>https</c> URL, or the
    /// destination of a Markdown link (absolute, or relative such as <c>../news/a.md#part</c>).
    /// </summary>
    public Uri? Url { get; }

    /// <summary>The article of this project the link points to, when it resolves to one.</summary>
    /// <remarks>Resolved on each read, so articles that link each other never build each other early.</remarks>
    public Article? Target => _owner.ResolveLinkTarget(_index);

    /// <summary>
    /// For an inline link, the index of the paragraph it sits in; for a related link, the index of
    /// the paragraph it follows (-1 when it comes before the first paragraph).
    /// </summary>
    public int ParagraphIndex { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
