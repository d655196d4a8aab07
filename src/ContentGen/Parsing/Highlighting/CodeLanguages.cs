using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ContentGen.Generator.Parsing.Highlighting;

/// <summary>
/// What the parser and the renderer ask of a fenced block's info string, answered without
/// loading ColorCode until a block names a language that is not plain on purpose.
/// </summary>
/// <remarks>
/// No ColorCode type appears in this class's fields or signatures: the runtime loads
/// ColorCode.Core (and <see cref="CodeHighlighter"/> builds its languages) only when a method
/// that reaches <see cref="CodeHighlighter"/> runs, so a site without such blocks never pays for
/// ColorCode's load and JIT. A test loads the generator in its own load context and checks it.
/// </remarks>
internal static class CodeLanguages
{
    /// <summary>Info strings that say "not code to colour": rendered plain, and not reported as unknown.</summary>
    private static readonly HashSet<string> Plain = new(StringComparer.OrdinalIgnoreCase) { "text", "txt", "plain", "plaintext", "output", "none", "nohighlight", "mermaid", "math" };

    /// <summary>An info string that names no language on purpose (<c>text</c>, <c>output</c>, <c>mermaid</c>): plain, without a diagnostic.</summary>
    public static bool IsPlain(string info) => Plain.Contains(info.Trim());

    /// <summary>Whether a block with this info is highlighted (its first word names a language).</summary>
    public static bool Highlights(string info) => !IsPlain(info) && Known(info);

    /// <summary>The code as highlighted HTML, or null when the info names no language or ColorCode failed on it.</summary>
    public static string? Highlight(string code, string info) => IsPlain(info) ? null : HighlightKnown(code, info);

    // Never inlined: the JIT loads the assemblies of the types in a callee's signature when it
    // compiles the caller, so only these two methods may name CodeHighlighter's ColorCode types.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool Known(string info) => CodeHighlighter.Find(info) is not null;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? HighlightKnown(string code, string info) =>
        CodeHighlighter.Find(info) is { } language ? CodeHighlighter.Highlight(code, language) : null;
}
