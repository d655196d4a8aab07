namespace ContentGen;

/// <summary>One heading of a Markdown article: an entry of its table of contents.</summary>
public sealed class Heading
{
    internal Heading(int level, string text, string id)
    {
        Level = level;
        Text = text;
        Id = id;
    }

    /// <summary>1 for <c>#</c>, up to 6 for <c>######</c>.</summary>
    public int Level { get; }

    /// <summary>The heading's text, inline markup flattened.</summary>
    public string Text { get; }

    /// <summary>The anchor id rendered on the heading in <see cref="Article.Html"/> (GitHub style: <c>my-heading</c>, then <c>my-heading-1</c>).</summary>
    public string Id { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
