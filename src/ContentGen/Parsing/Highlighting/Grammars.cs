using System.Collections.Generic;
using ColorCode;
using ColorCode.Common;

namespace ContentGen.Generator.Parsing.Highlighting;

/// <summary>
/// Languages ColorCode 2.0.15 lacks and docs use most (YAML, shell, diff), and one it has but cannot
/// run safely (JSON), written as ColorCode
/// grammars: a list of rules, each a regular expression whose groups name scopes, that
/// ColorCode's own compiler and parser run. Rules are tried together, the earliest match wins,
/// and at one position the earlier rule.
/// </summary>
internal static class Grammars
{
    public const string YamlId = "yaml";
    public const string ShellId = "shell";
    public const string DiffId = "diff";

    /// <summary>Scopes of our own, where ColorCode has no name for what a grammar marks.</summary>
    public const string Inserted = "Diff Inserted";
    public const string Deleted = "Diff Deleted";
    public const string Heading = "Diff Heading";

    private const string Scalar = @"(?=[ \t]*(?:$|[,\]\}]|[ \t]\#))";

    public static readonly ILanguage Yaml = new Grammar(YamlId, "YAML", [
        Rule(@"(?<=^|[ \t])\#.*$", (0, ScopeName.Comment)),
        Rule(@"^(?:---|\.\.\.)(?=[ \t]*$)", (0, ScopeName.PreprocessorKeyword)),
        Rule(@"^([ \t]*(?:-[ \t]+)*)((?:""(?:[^""\\\r\n]|\\.)*""|'(?:[^'\r\n]|'')*'|[^\s#'""\-\[\]{},][^\r\n:#]*?|-[^\s\r\n:#][^\r\n:#]*?))([ \t]*:)(?=[ \t]|$)", (2, ScopeName.JsonKey), (3, ScopeName.Delimiter)),
        Rule(@"""(?:[^""\\]|\\.)*""|'(?:[^']|'')*'", (0, ScopeName.String)),
        Rule(@"[&*][A-Za-z0-9_\-]+", (0, ScopeName.TypeVariable)),
        Rule(@"!!?[A-Za-z0-9_\-]*", (0, ScopeName.Type)),
        Rule(@"(?<=[:\-\[,][ \t]*)(?:true|false|True|False|TRUE|FALSE|null|Null|NULL|~)" + Scalar, (0, ScopeName.JsonConst)),
        Rule(@"(?<=[:\-\[,][ \t]*)[-+]?(?:0x[0-9a-fA-F]+|0o[0-7]+|\.inf|\.nan|(?:\d[\d_]*)?\.?\d+(?:[eE][-+]?\d+)?)" + Scalar, (0, ScopeName.JsonNumber)),
        Rule(@"^[ \t]*-(?=[ \t]|$)", (0, ScopeName.Delimiter)),
        Rule(@"(?<=:[ \t]*)[|>][-+0-9]*(?=[ \t]*(?:$|\#))", (0, ScopeName.Operator)),
    ]);

    /// <summary>A JSON string: each step takes one character or one escape, so a string that does not end never backtracks.</summary>
    private const string JsonString = @"""(?:[^""\\\r\n]|\\[^\r\n])*""";

    /// <summary>
    /// JSON, in place of ColorCode 2.0.15's own: its string pattern nests a repeated group inside a
    /// repeat (<c>(?:\\[^\r\n]|[^"\\]*)*</c>), which backtracks exponentially where a string is not
    /// a key, and a 673-character block of nested arrays (PowerShell-Docs) never finished.
    /// The same scopes: keys, strings, numbers and constants.
    /// </summary>
    public static readonly ILanguage Json = new Grammar(LanguageId.Json, "JSON", [
        Rule("(" + JsonString + @")(?=\s*:)", (1, ScopeName.JsonKey)),
        Rule(JsonString, (0, ScopeName.JsonString)),
        Rule(@"-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?", (0, ScopeName.JsonNumber)),
        Rule(@"\b(true|false|null)\b", (1, ScopeName.JsonConst)),
    ]);

    private const string ShellKeywords = "if|then|else|elif|fi|for|while|until|do|done|case|esac|in|function|select|time|return|break|continue";

    public static readonly ILanguage Shell = new Grammar(ShellId, "Shell", [
        Rule(@"(?<=^|[ \t;])\#.*$", (0, ScopeName.Comment)),
        Rule(@"""(?:[^""\\]|\\[\s\S])*""", (0, ScopeName.String)),
        Rule(@"'[^']*'", (0, ScopeName.String)),
        Rule(@"\$(?:\{[^}\r\n]*\}|\(\(?|[A-Za-z_][A-Za-z0-9_]*|[0-9@#?*!$\-])", (0, ScopeName.PowerShellVariable)),
        Rule(@"\b(?:" + ShellKeywords + @")\b", (0, ScopeName.Keyword)),
        Rule(@"^([ \t]*)(\$[ \t]+)?((?!(?:" + ShellKeywords + @")\b)[A-Za-z_./~][A-Za-z0-9_./~+\-]*)(?=[ \t]|$|;)", (2, ScopeName.Delimiter), (3, ScopeName.PowerShellCommand)),
        Rule(@"(?<=[ \t])--?[A-Za-z0-9][A-Za-z0-9_\-]*", (0, ScopeName.PowerShellParameter)),
        Rule(@"&&|\|\||[|;&]|[0-9]?>>?|<<?", (0, ScopeName.Operator)),
        Rule(@"\\$", (0, ScopeName.Continuation)),
    ]);

    public static readonly ILanguage Diff = new Grammar(DiffId, "Diff", [
        Rule(@"^(?:diff|index|\+\+\+|---)(?:[ \t].*)?$", (0, Heading)),
        Rule(@"^@@.*?@@", (0, ScopeName.PreprocessorKeyword)),
        Rule(@"^\+.*$", (0, Inserted)),
        Rule(@"^-.*$", (0, Deleted)),
    ]);

    private static LanguageRule Rule(string regex, params (int Group, string Scope)[] captures)
    {
        var map = new Dictionary<int, string>();
        foreach ((int group, string scope) in captures)
        {
            map[group] = scope;
        }

        return new LanguageRule(regex, map);
    }

    /// <summary>A language given by its rules: ColorCode compiles and runs them.</summary>
    private sealed class Grammar(string id, string name, IList<LanguageRule> rules) : ILanguage
    {
        public string Id => id;

        public string Name => name;

        public string CssClassName => id;

        public string? FirstLinePattern => null;

        public IList<LanguageRule> Rules => rules;

        public bool HasAlias(string lang) => false;

        public override string ToString() => name;
    }
}
