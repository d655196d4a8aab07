using System;
using System.Collections.Generic;
using System.Linq;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.EmphasisExtras;

namespace ContentGen.Generator.Parsing;

/// <summary>
/// The Markdig extensions a project may choose with <c>ContentGenMarkdownExtensions</c>
/// (docs/format.md, "Markdown"): names, separated by ';', ',', '+' or spaces, any case.
/// </summary>
internal static class MarkdownExtensions
{
    /// <summary>What a project gets without the property: GitHub's dialect, as the articles' own hosts render them.</summary>
    public const string Default = "pipetables;strikethrough;tasklists;autolinks;autoidentifiers;alerts";

    /// <summary>Every name and what it adds to the pipeline, in the order applied (<c>attributes</c> last, as Markdig requires).</summary>
    private static readonly (string Name, Action<MarkdownPipelineBuilder> Use)[] Table =
    [
        ("commonmark", _ => { }),
        ("autoidentifiers", b => b.UseAutoIdentifiers(AutoIdentifierOptions.GitHub)),
        ("pipetables", b => b.UsePipeTables()),
        ("gridtables", b => b.UseGridTables()),
        ("strikethrough", b => b.UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)),
        ("emphasisextras", b => b.UseEmphasisExtras()),
        ("tasklists", b => b.UseTaskLists()),
        ("autolinks", b => b.UseAutoLinks()),
        ("alerts", b => b.UseAlertBlocks()),
        ("footnotes", b => b.UseFootnotes()),
        ("definitionlists", b => b.UseDefinitionLists()),
        ("abbreviations", b => b.UseAbbreviations()),
        ("citations", b => b.UseCitations()),
        ("customcontainers", b => b.UseCustomContainers()),
        ("figures", b => b.UseFigures()),
        ("footers", b => b.UseFooters()),
        ("mathematics", b => b.UseMathematics()),
        ("emojis", b => b.UseEmojiAndSmiley()),
        ("medialinks", b => b.UseMediaLinks()),
        ("smartypants", b => b.UseSmartyPants()),
        ("listextras", b => b.UseListExtras()),
        ("hardlinebreak", b => b.UseSoftlineBreakAsHardlineBreak()),
        ("nohtml", b => b.DisableHtml()),
        ("attributes", b => b.UseGenericAttributes()),
    ];

    private static readonly Dictionary<string, Action<MarkdownPipelineBuilder>> Names = Table.ToDictionary(t => t.Name, t => t.Use, StringComparer.Ordinal);

    private static readonly Dictionary<string, MarkdownPipeline> Pipelines = new(StringComparer.Ordinal);

    /// <summary>Every name the property accepts, for messages.</summary>
    public static string Known => "default, " + string.Join(", ", Table.Select(t => t.Name));

    /// <summary>The names in <paramref name="value"/>, in lower case and in order; the default when empty.</summary>
    /// <remarks><c>default</c> stands for the default set, so <c>default;nohtml</c> adds to it instead of replacing it.</remarks>
    public static List<string> Split(string? value) =>
        [.. Tokens(string.IsNullOrWhiteSpace(value) ? Default : value!)
            .SelectMany(n => n == "default" ? Tokens(Default) : [n])
            .Distinct(StringComparer.Ordinal)];

    private static IEnumerable<string> Tokens(string value) =>
        value.Split([';', ',', '+', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(n => n.ToLowerInvariant());

    /// <summary>The names of <paramref name="value"/> that are not extensions.</summary>
    public static IEnumerable<string> Unknown(string? value) => Split(value).Where(n => !Names.ContainsKey(n));

    /// <summary>The extensions, normalized: known names only, in their canonical order, ';'-separated.</summary>
    public static string Normalize(string? value)
    {
        HashSet<string> chosen = [.. Split(value)];
        return string.Join(";", Table.Select(t => t.Name).Where(chosen.Contains));
    }

    /// <summary>
    /// The pipeline for normalized extensions, built once per process (pure: same names, same
    /// pipeline), with precise source locations for exact diagnostics, and ContentGen's own
    /// rendering last (<see cref="MarkdownRendering"/>: highlighted code, heading anchors).
    /// </summary>
    public static MarkdownPipeline Pipeline(string normalized, bool highlightCode = true, bool headingAnchors = false)
    {
        string key = normalized + (highlightCode ? "|highlight" : string.Empty) + (headingAnchors ? "|anchors" : string.Empty);
        lock (Pipelines)
        {
            if (!Pipelines.TryGetValue(key, out MarkdownPipeline? pipeline))
            {
                var builder = new MarkdownPipelineBuilder().UsePreciseSourceLocation();
                foreach (string name in normalized.Split([';'], StringSplitOptions.RemoveEmptyEntries))
                {
                    Names[name](builder);
                }

                if (highlightCode || headingAnchors)
                {
                    builder.Extensions.Add(new MarkdownRendering(highlightCode, headingAnchors));
                }

                pipeline = builder.Build();
                Pipelines.Add(key, pipeline);
            }

            return pipeline;
        }
    }
}
