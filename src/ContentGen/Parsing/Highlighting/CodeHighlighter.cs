using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ColorCode;
using ColorCode.Common;
using ColorCode.Compilation;
using ColorCode.Parsing;
using ContentGen.Shared;

namespace ContentGen.Generator.Parsing.Highlighting;

/// <summary>
/// Code blocks highlighted at compile time by ColorCode (its grammars and parser), written as
/// class-based spans (<c>&lt;span class="hl-keyword"&gt;</c>, docs/format.md "Code highlighting"):
/// the colours are a stylesheet's, never inline styles.
/// </summary>
/// <remarks>
/// ColorCode keeps its languages and compiled regexes in static state of its own; this class
/// keeps its own repository and compiler instead (keyed by language id, never by a compiler
/// object), so the languages defined here (<see cref="Grammars"/>) do not leak into other users of
/// the library loaded in the same compiler.
/// </remarks>
internal static class CodeHighlighter
{
    /// <summary>Languages ColorCode does not have, or has with a pattern that can hang (JSON), written as ColorCode grammars (its <see cref="ILanguage"/> rules); loaded after ColorCode's, they replace a language of the same id.</summary>
    private static readonly ILanguage[] Own = [Grammars.Yaml, Grammars.Shell, Grammars.Diff, Grammars.Json];

    /// <summary>Names writers use that neither ColorCode's ids nor its aliases know, for a language it has.</summary>
    private static readonly Dictionary<string, string> MoreAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["h"] = LanguageId.Cpp,
        ["hpp"] = LanguageId.Cpp,
        ["cc"] = LanguageId.Cpp,
        ["cxx"] = LanguageId.Cpp,
        ["mjs"] = LanguageId.JavaScript,
        ["cjs"] = LanguageId.JavaScript,
        ["jsx"] = LanguageId.JavaScript,
        ["tsx"] = LanguageId.TypeScript,
        ["jsonc"] = LanguageId.Json,
        ["json5"] = LanguageId.Json,
        ["xhtml"] = LanguageId.Html,
        ["htm"] = LanguageId.Html,
        ["svg"] = LanguageId.Xml,
        ["csproj"] = LanguageId.Xml,
        ["msbuild"] = LanguageId.Xml,
        ["py3"] = LanguageId.Python,
        ["psm1"] = LanguageId.PowerShell,
        ["ps"] = LanguageId.PowerShell,
        ["yml"] = Grammars.YamlId,
        ["sh"] = Grammars.ShellId,
        ["bash"] = Grammars.ShellId,
        ["zsh"] = Grammars.ShellId,
        ["shell"] = Grammars.ShellId,
        ["console"] = Grammars.ShellId,
        ["patch"] = Grammars.DiffId,
    };

    /// <summary>
    /// The token class of each of ColorCode's scope names (and the grammars' own); a scope not
    /// listed is left as plain text. A test checks that every <see cref="ScopeName"/> is decided.
    /// </summary>
    internal static readonly Dictionary<string, string?> Classes = new(StringComparer.Ordinal)
    {
        [ScopeName.ClassName] = CodeTokens.Type,
        [ScopeName.Comment] = CodeTokens.Comment,
        [ScopeName.CssPropertyName] = CodeTokens.Property,
        [ScopeName.CssPropertyValue] = CodeTokens.String,
        [ScopeName.CssSelector] = CodeTokens.Tag,
        [ScopeName.HtmlAttributeName] = CodeTokens.AttributeName,
        [ScopeName.HtmlAttributeValue] = CodeTokens.AttributeValue,
        [ScopeName.HtmlComment] = CodeTokens.Comment,
        [ScopeName.HtmlElementName] = CodeTokens.Tag,
        [ScopeName.HtmlEntity] = CodeTokens.Escape,
        [ScopeName.HtmlOperator] = CodeTokens.Operator,
        [ScopeName.HtmlServerSideScript] = CodeTokens.Preprocessor,
        [ScopeName.HtmlTagDelimiter] = CodeTokens.Punctuation,
        [ScopeName.JsonKey] = CodeTokens.Property,
        [ScopeName.JsonString] = CodeTokens.String,
        [ScopeName.JsonNumber] = CodeTokens.Number,
        [ScopeName.JsonConst] = CodeTokens.Constant,
        [ScopeName.Keyword] = CodeTokens.Keyword,
        [ScopeName.LanguagePrefix] = null,
        [ScopeName.PlainText] = null,
        [ScopeName.PowerShellAttribute] = CodeTokens.AttributeName,
        [ScopeName.PowerShellOperator] = CodeTokens.Operator,
        [ScopeName.PowerShellType] = CodeTokens.Type,
        [ScopeName.PowerShellVariable] = CodeTokens.Variable,
        [ScopeName.PowerShellCommand] = CodeTokens.Function,
        [ScopeName.PowerShellParameter] = CodeTokens.AttributeName,
        [ScopeName.PreprocessorKeyword] = CodeTokens.Preprocessor,
        [ScopeName.SqlSystemFunction] = CodeTokens.Function,
        [ScopeName.String] = CodeTokens.String,
        [ScopeName.StringCSharpVerbatim] = CodeTokens.String,
        [ScopeName.XmlAttribute] = CodeTokens.AttributeName,
        [ScopeName.XmlAttributeQuotes] = CodeTokens.AttributeValue,
        [ScopeName.XmlAttributeValue] = CodeTokens.AttributeValue,
        [ScopeName.XmlCDataSection] = CodeTokens.String,
        [ScopeName.XmlComment] = CodeTokens.Comment,
        [ScopeName.XmlDelimiter] = CodeTokens.Punctuation,
        [ScopeName.XmlDocComment] = CodeTokens.Comment,
        [ScopeName.XmlDocTag] = CodeTokens.Comment,
        [ScopeName.XmlName] = CodeTokens.Tag,
        [ScopeName.Type] = CodeTokens.Type,
        [ScopeName.TypeVariable] = CodeTokens.Variable,
        [ScopeName.NameSpace] = CodeTokens.Type,
        [ScopeName.Constructor] = CodeTokens.Function,
        [ScopeName.Predefined] = CodeTokens.Constant,
        [ScopeName.PseudoKeyword] = CodeTokens.Keyword,
        [ScopeName.StringEscape] = CodeTokens.Escape,
        [ScopeName.ControlKeyword] = CodeTokens.Keyword,
        [ScopeName.Number] = CodeTokens.Number,
        [ScopeName.Operator] = CodeTokens.Operator,
        [ScopeName.Delimiter] = CodeTokens.Punctuation,
        [ScopeName.MarkdownHeader] = CodeTokens.Heading,
        [ScopeName.MarkdownCode] = CodeTokens.String,
        [ScopeName.MarkdownListItem] = CodeTokens.Punctuation,
        [ScopeName.MarkdownEmph] = CodeTokens.Emphasis,
        [ScopeName.MarkdownBold] = CodeTokens.Strong,
        [ScopeName.BuiltinFunction] = CodeTokens.Function,
        [ScopeName.BuiltinValue] = CodeTokens.Constant,
        [ScopeName.Attribute] = CodeTokens.AttributeName,
        [ScopeName.SpecialCharacter] = CodeTokens.Operator,
        [ScopeName.Intrinsic] = CodeTokens.Function,
        [ScopeName.Brackets] = CodeTokens.Punctuation,
        [ScopeName.Continuation] = CodeTokens.Punctuation,
        [Grammars.Inserted] = CodeTokens.Inserted,
        [Grammars.Deleted] = CodeTokens.Deleted,
        [Grammars.Heading] = CodeTokens.Heading,
    };

    /// <summary>How many blocks of a language are highlighted with its pattern interpreted before it is compiled (<see cref="CompiledRegexes"/>).</summary>
    internal const int CompileAfter = 2000;

    private static readonly Lazy<(LanguageRepository Repository, LanguageParser Parser, CompiledRegexes Compiler)> Library = new(Load);

    /// <summary>The ids of the languages whose pattern has been built so far (a language is built when a block first uses it), sorted.</summary>
    internal static string[] CompiledLanguages => Library.Value.Compiler.Ids;

    /// <summary>Every language, ColorCode's and ours, for the documentation and tests.</summary>
    public static IEnumerable<ILanguage> All => Library.Value.Repository.All;

    /// <summary>The language a fenced block's info names (its first word), by id, ColorCode's aliases or ours; null when none.</summary>
    public static ILanguage? Find(string? info)
    {
        if (string.IsNullOrWhiteSpace(info))
        {
            return null;
        }

        // ColorCode's own lookup: its ids, then its languages' aliases (all lower case).
        LanguageRepository repository = Library.Value.Repository;
        string name = info!.Trim().ToLowerInvariant();
        return repository.FindById(name) ?? (MoreAliases.TryGetValue(name, out string? id) ? repository.FindById(id) : null);
    }

    /// <summary>
    /// The code as HTML: escaped text with a span per token, or null when ColorCode failed on it
    /// (the block is then written plain, as Markdig writes it).
    /// </summary>
    public static string? Highlight(string code, ILanguage language)
    {
        var html = new StringBuilder(code.Length * 2);
        try
        {
            Library.Value.Parser.Parse(code, language, (fragment, scopes) => Write(html, fragment, scopes));
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return null;
        }

        return html.ToString();
    }

    private static void Write(StringBuilder html, string fragment, IList<Scope> scopes)
    {
        int at = 0;
        foreach (Scope scope in scopes.OrderBy(s => s.Index))
        {
            if (scope.Index < at)
            {
                continue; // Overlapping captures: the first one wins, text is written once.
            }

            Escape(html, fragment, at, scope.Index - at);
            WriteScope(html, fragment, scope);
            at = scope.Index + scope.Length;
        }

        Escape(html, fragment, at, fragment.Length - at);
    }

    private static void WriteScope(StringBuilder html, string fragment, Scope scope)
    {
        string? cls = Classes.TryGetValue(scope.Name, out string? found) ? found : null;
        if (cls is not null)
        {
            html.Append("<span class=\"").Append(CodeTokens.Block).Append('-').Append(cls).Append("\">");
        }

        int at = scope.Index;
        int end = scope.Index + scope.Length;
        foreach (Scope child in scope.Children.OrderBy(s => s.Index))
        {
            if (child.Index < at || child.Index + child.Length > end)
            {
                continue;
            }

            Escape(html, fragment, at, child.Index - at);
            WriteScope(html, fragment, child);
            at = child.Index + child.Length;
        }

        Escape(html, fragment, at, end - at);
        if (cls is not null)
        {
            html.Append("</span>");
        }
    }

    /// <summary>What Markdig escapes in code: <c>&amp; &lt; &gt; "</c>.</summary>
    private static void Escape(StringBuilder html, string text, int start, int length)
    {
        for (int i = start; i < start + length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                default: html.Append(c); break;
            }
        }
    }

    private static (LanguageRepository, LanguageParser, CompiledRegexes) Load()
    {
        var languages = new Dictionary<string, ILanguage>(StringComparer.OrdinalIgnoreCase);
        var repository = new LanguageRepository(languages);
        foreach (ILanguage language in ColorCode.Languages.All.Concat(Own))
        {
            repository.Load(language);
        }

        var compiled = new Dictionary<string, CompiledLanguage>(StringComparer.Ordinal);
        var compiler = new CompiledRegexes(new LanguageCompiler(compiled, new System.Threading.ReaderWriterLockSlim()));
        return (repository, new LanguageParser(compiler, repository), compiler);
    }

    /// <summary>
    /// ColorCode's own compiler (its rules joined into one pattern, its capture table), tiered: a
    /// language's pattern is interpreted, as ColorCode runs it, for its first
    /// <see cref="CodeHighlighter.CompileAfter"/> blocks, then compiled to IL. Measured per 10-line
    /// block (docs/performance.md, "Rendering"): C# 285 µs interpreted, 148 µs compiled, 287 ms to
    /// compile; JavaScript 55 and 51 µs, 137 ms. A small site never pays the compilation; a site
    /// with thousands of blocks of a language pays it once, and gains most on the slow grammars.
    /// The output is the same either way: the same pattern, the same options.
    /// </summary>
    private sealed class CompiledRegexes(ILanguageCompiler inner) : ILanguageCompiler
    {
        private readonly Dictionary<string, (CompiledLanguage Language, int Uses)> _languages = new(StringComparer.Ordinal);

        public string[] Ids
        {
            get
            {
                lock (_languages)
                {
                    return [.. _languages.Keys.OrderBy(id => id, StringComparer.Ordinal)];
                }
            }
        }

        public CompiledLanguage Compile(ILanguage language)
        {
            lock (_languages)
            {
                if (!_languages.TryGetValue(language.Id, out (CompiledLanguage Language, int Uses) found))
                {
                    found = (inner.Compile(language), 0);
                }
                else if (found.Uses == CompileAfter)
                {
                    CompiledLanguage interpreted = found.Language;
                    var regex = new System.Text.RegularExpressions.Regex(interpreted.Regex.ToString(), interpreted.Regex.Options | System.Text.RegularExpressions.RegexOptions.Compiled);
                    found = (new CompiledLanguage(interpreted.Id, interpreted.Name, regex, interpreted.Captures), found.Uses);
                }

                _languages[language.Id] = (found.Language, found.Uses + 1);
                return found.Language;
            }
        }
    }
}
