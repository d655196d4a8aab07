using System;
using ContentGen.Storage;

namespace ContentGen;

/// <summary>A related-article line, an inline URL, or a Markdown link of an article.</summary>
public sealed class Link
{
    private readonly Article _owner;
    private readonly int _index;
    private readonly LinkSlot _slot;
    private Uri? _url;

    internal Link(Article owner, int index, string text, string destination, LinkSlot slot)
    {
        _owner = owner;
        _index = index;
        Text = text;
        Kind = slot.Kind;
        ParagraphIndex = slot.ParagraphIndex;
        Destination = destination.Length > 0 ? destination : null;
        _slot = slot;
    }

    /// <summary>
    /// The words of the link: for <see cref="LinkKind.Related"/>, the text after <c>Also read:</c>;
    /// for a URL in plain text, the URL without trailing sentence punctuation; for a Markdown
    /// link, its visible text (<c>[this text](other.md)</c>).
    /// </summary>
    public string Text { get; }

    /// <summary>The kind of link.</summary>
    public LinkKind Kind { get; }

    /// <summary>Where the link points, as written: the URL of a plain-text link or the destination of a Markdown link; <see langword="null"/> for a related title.</summary>
    public string? Destination { get; }

    /// <summary>
    /// <see cref="Destination"/> as a <see cref="Uri"/> when it is an absolute <c>http</c> or
    /// <c>https</c> URL, or a relative Markdown destination such as <c>../news/a.md#part</c>.
    /// </summary>
    /// <remarks>Parsed when first read: most pages read a link's text and destination only.</remarks>
    public Uri? Url => _url ??= _slot.HasUrl && Destination is { } url ? new Uri(url, _slot.IsRelative ? UriKind.Relative : UriKind.Absolute) : null;

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
