namespace ContentGen;

/// <summary>One paragraph of an article: the lines of one block, joined with single spaces.</summary>
public sealed class Paragraph
{
    internal Paragraph(string text, int index)
    {
        Text = text;
        Index = index;
    }

    /// <summary>The text exactly as written, trimmed at both ends.</summary>
    public string Text { get; }

    /// <summary>The zero-based position of the paragraph in <see cref="Article.Paragraphs"/>.</summary>
    public int Index { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
