using System.ComponentModel;

namespace ContentGen;

/// <summary>Generated code only: the kind and position of one link, known at compile time.</summary>
/// <param name="Kind">The kind of link.</param>
/// <param name="ParagraphIndex">See <see cref="Link.ParagraphIndex"/>.</param>
/// <param name="HasUrl">Whether the link text is a URL (checked at compile time).</param>
/// <param name="IsRelative">The URL is relative (a Markdown link to another file).</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly record struct LinkInfo(LinkKind Kind, int ParagraphIndex, bool HasUrl, bool IsRelative = false);
