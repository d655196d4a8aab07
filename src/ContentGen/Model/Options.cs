using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;

namespace ContentGen.Generator.Model;

/// <summary>Where content lives and how much of it a file may hold: the inputs of every file's parse.</summary>
/// <param name="ProjectDirectory">The project folder, '/' separators, ending with '/'; empty when unknown.</param>
/// <param name="ContentDirectory">The content folder, '/' separators, ending with '/'.</param>
/// <param name="MaxFileSize">ContentGenMaxFileSize: larger files are reported (CG0022), not parsed.</param>
/// <param name="Manifest">The full path ('/' separators) of the manifest that lists the content items (ContentGenManifest); empty when none.</param>
/// <param name="MarkdownExtensions">ContentGenMarkdownExtensions, normalized (known names, canonical order); null for the default set.</param>
/// <param name="HighlightCode">ContentGenHighlightCode: fenced code with a language is highlighted (the default).</param>
/// <param name="HeadingAnchors">ContentGenHeadingAnchors: each heading with an id gets a self-link.</param>
internal sealed record ContentPaths(string ProjectDirectory, string ContentDirectory, long MaxFileSize = ContentPaths.DefaultMaxFileSize, string Manifest = "", string? MarkdownExtensions = null, bool HighlightCode = true, bool HeadingAnchors = false)
{
    /// <summary>4 MB: far above any real article, far below what would slow a build.</summary>
    public const long DefaultMaxFileSize = 4 * 1024 * 1024;
}

/// <summary>
/// How the final HTML links pages and assets (ContentGenPageUrl, ContentGenAssetUrl), and where the
/// image table is: the page step's settings, not the parse's, so changing them re-renders the
/// HTML without re-parsing.
/// </summary>
/// <param name="PageUrl">The URL of an article's page, with <c>{slug}</c>; empty: links keep the destination as written.</param>
/// <param name="AssetUrl">The URL of an asset, with <c>{path}</c> (its path under the content folder); empty: as written.</param>
/// <param name="ImageTable">The full path ('/' separators) of the image sizes the package's task wrote (ContentGenImageTable); empty when none.</param>
/// <param name="ProjectDirectory">The project folder, '/' separators, ending with '/': the table's paths are made relative to it.</param>
/// <param name="ContentDirectory">The content folder, project-relative, ending with '/' (empty when it is the project's): <c>{path}</c> is relative to it.</param>
internal sealed record RenderOptions(string PageUrl, string AssetUrl, string ImageTable, string ProjectDirectory, string ContentDirectory)
{
    public const string SlugPlaceholder = "{slug}";
    public const string PathPlaceholder = "{path}";
}

/// <summary>How generated code looks: project-wide MSBuild properties, validated.</summary>
/// <param name="Namespace">The namespace of the generated classes.</param>
/// <param name="Visibility"><c>public</c> or <c>internal</c>.</param>
/// <param name="Diagnostics">CG0013 for each invalid setting; nothing is generated while there is one.</param>
/// <param name="LiteralBudget">ContentGenLiteralBudget: packed characters stored as string literals before buckets become constants.</param>
/// <param name="IncludeDrafts">ContentGenIncludeDrafts (the package's targets default it to false in Release): whether <c>draft: true</c> articles and entries are built.</param>
internal sealed record EmitOptions(string Namespace, string Visibility, EquatableArray<DiagnosticInfo> Diagnostics, long LiteralBudget = EmitOptions.DefaultLiteralBudget, bool IncludeDrafts = true)
{
    /// <summary>
    /// 7.5 million characters of the user-string heap's ~8.38 million (CS8103 past them), leaving
    /// ~0.85 million (1.7 MB) to the project's own strings, Razor markup included: about 14 MB of
    /// compressed content, some 10,000 3-KB posts (docs/performance.md).
    /// </summary>
    public const long DefaultLiteralBudget = 7_500_000;

    public bool IsValid => Diagnostics.Count == 0;
}

/// <summary>Per-file item metadata, from the manifest.</summary>
/// <param name="Slug">The item's Slug metadata: replaces the slug derived from the path.</param>
internal sealed record FileOptions(string? Slug);

/// <summary>What an additional file is to ContentGen.</summary>
internal enum FileKind
{
    /// <summary>Not a content item (BannedSymbols.txt, PublicAPI.txt, ...): never read.</summary>
    Other,

    /// <summary>A ContentGenArticle item.</summary>
    Article,

    /// <summary>A ContentGenAsset item: only its path is used (and its text, when a data collection claims it).</summary>
    Asset,

    /// <summary>A ContentGenData item: a YAML or JSON file outside the content folder, read when a data collection claims it.</summary>
    Data,
}

/// <summary>One line of the manifest: an item's kind, full path ('/' separators, no '.' or '..' segments) and Slug metadata (empty when none).</summary>
internal sealed record ManifestEntry(FileKind Kind, string Path, string Slug);

/// <summary>
/// The project's content items, as the package's targets list them in one manifest file (not as
/// per-file metadata, which costs the compiler an .editorconfig section per file).
/// </summary>
/// <remarks>Equality is the entries' only; the lookup by path is derived from them.</remarks>
internal sealed class ContentManifest(EquatableArray<ManifestEntry> entries) : System.IEquatable<ContentManifest>
{
    public static readonly ContentManifest Empty = new(EquatableArray<ManifestEntry>.Empty);

    private System.Collections.Generic.Dictionary<string, ManifestEntry>? _byPath;

    public EquatableArray<ManifestEntry> Entries { get; } = entries;

    /// <summary>The entry of a file, by its full path with '/' separators; the first when an item is listed twice.</summary>
    public ManifestEntry? Find(string path)
    {
        if (_byPath is null)
        {
            var byPath = new System.Collections.Generic.Dictionary<string, ManifestEntry>(Entries.Count, System.StringComparer.Ordinal);
            foreach (ManifestEntry entry in Entries)
            {
                if (!byPath.ContainsKey(entry.Path))
                {
                    byPath.Add(entry.Path, entry);
                }
            }

            _byPath = byPath;
        }

        return _byPath.TryGetValue(path, out ManifestEntry? found) ? found : null;
    }

    public bool Equals(ContentManifest? other) => other is not null && Entries.Equals(other.Entries);

    public override bool Equals(object? obj) => Equals(obj as ContentManifest);

    public override int GetHashCode() => Entries.GetHashCode();
}
