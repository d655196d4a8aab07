using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;

namespace ContentGen.Generator.Model;

/// <summary>Where content lives and how much of it a file may hold: the inputs of every file's parse.</summary>
/// <param name="ProjectDirectory">The project folder, '/' separators, ending with '/'; empty when unknown.</param>
/// <param name="ContentDirectory">The content folder, '/' separators, ending with '/'.</param>
/// <param name="MaxFileSize">ContentGenMaxFileSize: larger files are reported (CG0022), not parsed.</param>
internal sealed record ContentPaths(string ProjectDirectory, string ContentDirectory, long MaxFileSize = ContentPaths.DefaultMaxFileSize)
{
    /// <summary>4 MB: far above any real article, far below what would slow a build.</summary>
    public const long DefaultMaxFileSize = 4 * 1024 * 1024;
}

/// <summary>How generated code looks: project-wide MSBuild properties, validated.</summary>
/// <param name="Namespace">The namespace of the generated classes.</param>
/// <param name="Visibility"><c>public</c> or <c>internal</c>.</param>
/// <param name="Diagnostics">CG0013 for each invalid setting; nothing is generated while there is one.</param>
/// <param name="LiteralBudget">ContentGenLiteralBudget: packed characters stored as string literals before buckets become constants.</param>
internal sealed record EmitOptions(string Namespace, string Visibility, EquatableArray<DiagnosticInfo> Diagnostics, long LiteralBudget = EmitOptions.DefaultLiteralBudget)
{
    /// <summary>
    /// 7 million characters of the user-string heap's ~8.38 million (CS8103 past them), the rest
    /// left to the project's own strings: about 13 MB of compressed content, some 10,000 3-KB posts.
    /// </summary>
    public const long DefaultLiteralBudget = 7_000_000;

    public bool IsValid => Diagnostics.Count == 0;
}

/// <summary>Per-file item metadata (<c>build_metadata.AdditionalFiles.*</c>).</summary>
/// <param name="Slug">ContentGenSlug: replaces the slug derived from the path.</param>
internal sealed record FileOptions(string? Slug);
