namespace ContentGen.Shared;

/// <summary>
/// The classes of highlighted code and their colours: compiled into both the generator, which
/// writes <c>&lt;span class="hl-keyword"&gt;</c> around each token of a code block, and the
/// runtime, whose <c>ContentGen.CodeStyles</c> stylesheets colour exactly those classes.
/// </summary>
/// <remarks>
/// One table, so a class the generator writes always has a rule in both themes. The colours are
/// GitHub's (Primer) light and dark syntax colours, chosen for WCAG AA contrast (4.5:1) on the
/// block backgrounds below.
/// </remarks>
internal static class CodeTokens
{
    /// <summary>The class of a highlighted <c>&lt;pre&gt;</c>, and the prefix of every token class.</summary>
    public const string Block = "hl";

    public const string Comment = "comment";
    public const string String = "string";
    public const string Keyword = "keyword";
    public const string Number = "number";
    public const string Constant = "constant";
    public const string Type = "type";
    public const string Function = "function";
    public const string Variable = "variable";
    public const string Operator = "operator";
    public const string Punctuation = "punctuation";
    public const string Tag = "tag";
    public const string AttributeName = "attr-name";
    public const string AttributeValue = "attr-value";
    public const string Property = "property";
    public const string Preprocessor = "preprocessor";
    public const string Escape = "escape";
    public const string Heading = "heading";
    public const string Emphasis = "emphasis";
    public const string Strong = "strong";
    public const string Inserted = "inserted";
    public const string Deleted = "deleted";

    /// <summary>The block's own text and background: light, then dark.</summary>
    public static readonly (string Foreground, string Background) LightBlock = ("#1f2328", "#f6f8fa");

    /// <inheritdoc cref="LightBlock"/>
    public static readonly (string Foreground, string Background) DarkBlock = ("#e6edf3", "#161b22");

    /// <summary>Every token class, with its light and dark colour and an optional font style.</summary>
    public static readonly (string Name, string Light, string Dark, string? Font)[] Palette =
    [
        (Comment, "#59636e", "#9198a1", "italic"),
        (String, "#0a3069", "#a5d6ff", null),
        (Keyword, "#cf222e", "#ff7b72", null),
        (Number, "#0550ae", "#79c0ff", null),
        (Constant, "#0550ae", "#79c0ff", null),
        (Type, "#953800", "#ffa657", null),
        (Function, "#6639ba", "#d2a8ff", null),
        (Variable, "#953800", "#ffa657", null),
        (Operator, "#cf222e", "#ff7b72", null),
        (Punctuation, "#1f2328", "#e6edf3", null),
        (Tag, "#116329", "#7ee787", null),
        (AttributeName, "#0550ae", "#79c0ff", null),
        (AttributeValue, "#0a3069", "#a5d6ff", null),
        (Property, "#0550ae", "#79c0ff", null),
        (Preprocessor, "#cf222e", "#ff7b72", null),
        (Escape, "#116329", "#7ee787", null),
        (Heading, "#0550ae", "#79c0ff", "bold"),
        (Emphasis, "#1f2328", "#e6edf3", "italic"),
        (Strong, "#1f2328", "#e6edf3", "bold"),
        (Inserted, "#116329", "#7ee787", null),
        (Deleted, "#82071e", "#ffa198", null),
    ];
}
