namespace ContentGen;

/// <summary>Where a link comes from.</summary>
public enum LinkKind
{
    /// <summary>A block that starts with <c>Also read:</c>, between paragraphs.</summary>
    Related,

    /// <summary>An <c>http://</c> or <c>https://</c> URL inside a paragraph.</summary>
    Inline,
}
