using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Generator.Emit;

/// <summary>How content strings become C# source: every content string passes through here.</summary>
internal static class CSharp
{
    /// <summary>The product name and version stamped on generated types.</summary>
    public static readonly string GeneratedCodeAttribute =
        $"[global::System.CodeDom.Compiler.GeneratedCode(\"ContentGen\", \"{typeof(CSharp).Assembly.GetName().Version!.ToString(3)}\")]";

    /// <summary>A regular string literal with every special character escaped.</summary>
    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>
    /// A packed payload as a string literal, written as is: its characters (U+4000-U+BFFF) need no
    /// escape, and <see cref="Literal"/> would escape the unassigned ones by the host's Unicode table.
    /// </summary>
    /// <remarks>
    /// The literal ends with a lone surrogate, <c>\uD800</c>, which the reader skips. A string that is
    /// not valid UTF-16 has no UTF-8 form, so once a hot reload session has filled the assembly's
    /// user-string heap the compiler rejects the update with CS9315 ("requires restarting the
    /// application") instead of moving the literal to a data-section field: the .NET 10 runtime
    /// fails to apply those after a few dozen (dotnet/runtime#131752) and then refuses every later
    /// update while the app keeps serving the old text (docs/performance.md, "Content hot reload").
    /// </remarks>
    public static string Packed(string packed) => "\"" + packed + "\\u" + ((int)Shared.PayloadFormat.EndMarker).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + "\"";

    /// <summary>
    /// A <c>#line</c> directive that maps what follows to a line of <paramref name="path"/>, or null
    /// when the path cannot be written in one (a directive's file name has no escapes: no quote,
    /// no line break).
    /// </summary>
    public static string? LineDirective(string path, int line)
    {
        if (path.Length == 0 || line < 1 || path.IndexOfAny(['"', '\r', '\n', '\u0085', '\u2028', '\u2029']) >= 0)
        {
            return null;
        }

        return $"#line {line.ToString(System.Globalization.CultureInfo.InvariantCulture)} \"{path}\"";
    }

    /// <summary>An identifier, with '@' when it is a keyword.</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>
    /// Text for an XML doc comment line: markup characters escaped; characters that would end
    /// the comment line or are invisible trouble (controls, separators, lone surrogates) become spaces.
    /// </summary>
    public static string XmlText(string value, int maxLength = int.MaxValue)
    {
        var builder = new StringBuilder(value.Length);
        int length = 0;
        for (int i = 0; i < value.Length; i++)
        {
            if (length >= maxLength && !char.IsLowSurrogate(value[i]))
            {
                builder.Append('…');
                break;
            }

            char c = value[i];
            length++;
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    bool lone = char.IsHighSurrogate(c) ? i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])
                        : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1]));
                    builder.Append(char.IsControl(c) || lone || c == '\u2028' || c == '\u2029' || c == '\u0085' ? ' ' : c);
                    break;
            }
        }

        return builder.ToString();
    }
}
