using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;
using ContentGen.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Generator.Parsing;

/// <summary>
/// Reads MSBuild settings: project-wide <c>build_property.*</c> and per-file
/// <c>build_metadata.AdditionalFiles.*</c> (declared visible by build/ContentGen.props).
/// </summary>
internal static class OptionsReader
{
    public const string DefaultNamespace = "Content";
    public const string DefaultContentDirectory = "Content";

    public static EmitOptions ReadEmitOptions(AnalyzerConfigOptions global)
    {
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();

        string ns = Get(global, "build_property.ContentGenNamespace") ?? Get(global, "build_property.RootNamespace") ?? DefaultNamespace;
        if (!IsValidNamespace(ns))
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidConfiguration, null, "ContentGenNamespace", ns, "a namespace is one or more C# identifiers separated by '.', none of them a keyword"));
        }

        string visibility = (Get(global, "build_property.ContentGenVisibility") ?? "public").ToLowerInvariant();
        if (visibility != "public" && visibility != "internal")
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidConfiguration, null, "ContentGenVisibility", visibility, "use 'public' or 'internal'"));
        }

        if (Get(global, "build_property.ContentGenMarkdownExtensions") is { } extensions && MarkdownExtensions.Unknown(extensions).ToList() is { Count: > 0 } unknown)
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidConfiguration, null, "ContentGenMarkdownExtensions", extensions, $"'{string.Join("', '", unknown)}' is not a Markdown extension; use any of {MarkdownExtensions.Known}"));
        }

        foreach (string flag in Flags)
        {
            if (Get(global, "build_property." + flag) is { } value && Flag(value) is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidConfiguration, null, flag, value, "use 'true' or 'false'"));
            }
        }

        foreach ((string name, string placeholder) in UrlPatterns)
        {
            if (Get(global, "build_property." + name) is { } pattern && pattern.IndexOf(placeholder, StringComparison.Ordinal) < 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidConfiguration, null, name, pattern, $"a URL pattern holds {placeholder}, such as '/articles/{placeholder}'"));
            }
        }

        long budget = EmitOptions.DefaultLiteralBudget;
        if (Get(global, "build_property.ContentGenLiteralBudget") is { } text)
        {
            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long parsed))
            {
                budget = parsed;
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidConfiguration, null, "ContentGenLiteralBudget", text, "use a number of characters, such as 7000000 (0 stores every bucket as constants)"));
            }
        }

        bool includeDrafts = true;
        if (Get(global, "build_property.ContentGenIncludeDrafts") is { } drafts)
        {
            if (bool.TryParse(drafts, out bool parsedDrafts))
            {
                includeDrafts = parsedDrafts;
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidConfiguration, null, "ContentGenIncludeDrafts", drafts, "use true or false"));
            }
        }

        // Read where the parse needs it (ContentPaths); checked here, with the other settings, so
        // that an invalid value stops generation instead of silently applying the default.
        if (MaxFileSize(global) is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidConfiguration, null, "ContentGenMaxFileSize", Get(global, MaxFileSizeKey)!, $"use a whole number of bytes above 0, such as 16777216 (the default is {ContentPaths.DefaultMaxFileSize.ToString(CultureInfo.InvariantCulture)})"));
        }

        return new EmitOptions(ns, visibility, diagnostics.ToImmutable().ToEquatableArray(), budget, includeDrafts);
    }

    public static ContentPaths ReadContentPaths(AnalyzerConfigOptions global)
    {
        string project = ContentPath.AsDirectory(Get(global, "build_property.ProjectDir") ?? string.Empty);
        string content = ContentPath.AsDirectory(Get(global, "build_property.ContentGenContentDir") ?? DefaultContentDirectory);
        if (!IsRooted(content))
        {
            content = project + content;
        }

        long maxFileSize = MaxFileSize(global) ?? ContentPaths.DefaultMaxFileSize;
        string manifest = Get(global, "build_property.ContentGenManifest") is { } written
            ? ContentPath.Collapse(IsRooted(ContentPath.Normalize(written)) ? ContentPath.Normalize(written) : project + ContentPath.Normalize(written))
            : string.Empty;

        string? extensions = Get(global, "build_property.ContentGenMarkdownExtensions") is { } chosen ? MarkdownExtensions.Normalize(chosen) : null;

        bool highlight = Flag(Get(global, "build_property.ContentGenHighlightCode")) ?? true;
        bool anchors = Flag(Get(global, "build_property.ContentGenHeadingAnchors")) ?? false;

        // "./" and "folder/../" removed, so the folder compares with the compiler's full paths.
        return new ContentPaths(project, ContentPath.AsDirectory(ContentPath.Collapse(content)), maxFileSize, manifest, extensions, highlight, anchors);
    }

    /// <summary>
    /// The page step's settings: URL patterns (only with their placeholder; CG0013 otherwise) and
    /// the image table the package's task writes (ContentGenImageTable).
    /// </summary>
    public static RenderOptions ReadRenderOptions(AnalyzerConfigOptions global)
    {
        string project = ContentPath.AsDirectory(Get(global, "build_property.ProjectDir") ?? string.Empty);
        string content = ContentPath.AsDirectory(ContentPath.Collapse(ContentPath.AsDirectory(Get(global, "build_property.ContentGenContentDir") ?? DefaultContentDirectory)));
        string relativeContent = IsRooted(content) ? ContentPath.AsDirectory(ContentPath.RelativeTo(content, project)) : content;
        string Pattern(string name, string placeholder) =>
            Get(global, "build_property." + name) is { } pattern && pattern.IndexOf(placeholder, StringComparison.Ordinal) >= 0 ? pattern : string.Empty;
        string table = Get(global, "build_property.ContentGenImageTable") is { } written
            ? ContentPath.Collapse(IsRooted(ContentPath.Normalize(written)) ? ContentPath.Normalize(written) : project + ContentPath.Normalize(written))
            : string.Empty;
        return new RenderOptions(
            Pattern("ContentGenPageUrl", RenderOptions.SlugPlaceholder),
            Pattern("ContentGenAssetUrl", RenderOptions.PathPlaceholder),
            table,
            project,
            relativeContent == "./" ? string.Empty : relativeContent);
    }

    /// <summary>
    /// The image table the package's task writes (build/ContentGen.targets): a first line
    /// <c>ContentGen images 1</c>, then one line per image: full path, width, height, format and a
    /// problem (empty when the size was read), tab-separated.
    /// </summary>
    public static ImageTable ReadImageTable(SourceText? text, string projectDirectory)
    {
        if (text is null || text.Lines.Count == 0 || text.Lines[0].ToString() != "ContentGen images 1")
        {
            return ImageTable.None;
        }

        var images = ImmutableArray.CreateBuilder<ImageInfo>(text.Lines.Count);
        foreach (TextLine line in text.Lines.Skip(1))
        {
            string[] fields = text.ToString(line.Span).Split('\t');
            if (fields.Length >= 5)
            {
                int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out int width);
                int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out int height);
                images.Add(new ImageInfo(ContentPath.RelativeTo(ContentPath.Collapse(fields[0]), projectDirectory), width, height, fields[3], fields[4]));
            }
        }

        return new ImageTable(images.ToImmutable().ToEquatableArray(), present: true);
    }

    private static readonly (string Name, string Placeholder)[] UrlPatterns = [("ContentGenPageUrl", RenderOptions.SlugPlaceholder), ("ContentGenAssetUrl", RenderOptions.PathPlaceholder)];

    /// <summary>The on/off settings; a value that is neither is CG0013 (and the default applies).</summary>
    private static readonly string[] Flags = ["ContentGenHighlightCode", "ContentGenHeadingAnchors"];

    private static bool? Flag(string? value) =>
        value is null ? null : bool.TryParse(value, out bool parsed) ? parsed : null;

    /// <summary>
    /// The manifest the package's targets write (build/ContentGen.targets): a first line
    /// <c>ContentGen manifest 1</c>, then one line per item: <c>A</c> (article), <c>X</c> (asset) or
    /// <c>D</c> (data file), a tab, its full path, a tab, its Slug metadata.
    /// </summary>
    public static ContentManifest ReadManifest(SourceText? text)
    {
        if (text is null)
        {
            return ContentManifest.Empty;
        }

        var entries = ImmutableArray.CreateBuilder<ManifestEntry>(text.Lines.Count);
        foreach (TextLine line in text.Lines)
        {
            string[] fields = text.ToString(line.Span).Split('\t');
            FileKind kind = fields[0] switch { "A" => FileKind.Article, "X" => FileKind.Asset, "D" => FileKind.Data, _ => FileKind.Other };
            if (kind != FileKind.Other && fields.Length >= 2)
            {
                entries.Add(new ManifestEntry(kind, ContentPath.Collapse(fields[1]), fields.Length > 2 ? fields[2].Trim() : string.Empty));
            }
        }

        return new ContentManifest(entries.ToImmutable().ToEquatableArray());
    }

    private const string MaxFileSizeKey = "build_property.ContentGenMaxFileSize";

    /// <summary>ContentGenMaxFileSize, its default when unset; null when it is not a whole number above 0 (CG0013).</summary>
    private static long? MaxFileSize(AnalyzerConfigOptions global) =>
        Get(global, MaxFileSizeKey) is not { } text ? ContentPaths.DefaultMaxFileSize
        : long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long parsed) && parsed > 0 ? parsed
        : null;

    internal static bool IsValidNamespace(string ns) =>
        ns.Length > 0 && ns.Split('.').All(part =>
            SyntaxFacts.IsValidIdentifier(part)
            && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None
            && part != "global");

    private static string? Get(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool IsRooted(string path) =>
        path.StartsWith("/", StringComparison.Ordinal) || (path.Length > 1 && path[1] == ':');
}
