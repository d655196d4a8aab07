using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;
using ContentGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;

namespace ContentGen.Generator.Parsing;

/// <summary>What the front matter gave: its metadata (null without front matter) and the first line of the body.</summary>
internal readonly record struct FrontMatter(MetadataModel? Metadata, int BodyLine);

/// <summary>
/// YAML front matter (docs/format.md, "Front matter"): a first line that is exactly <c>---</c>
/// opens it, the next line that is exactly <c>---</c> or <c>...</c> closes it.
/// </summary>
internal static class FrontMatterParser
{
    /// <summary>ISO 8601 forms accepted for dates; without an offset, a time is UTC.</summary>
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd' 'HH:mmK", "yyyy-MM-dd' 'HH:mm:ssK", "yyyy-MM-dd' 'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd' 'HH:mm", "yyyy-MM-dd' 'HH:mm:ss", "yyyy-MM-dd' 'HH:mm:ss.FFFFFFF",
    ];

    public static FrontMatter Parse(SourceText text, string path, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        if (text.Lines.Count == 0 || !IsFence(text, text.Lines[0], "---"))
        {
            return new FrontMatter(null, 0);
        }

        LocationInfo fence = LocationInfo.Of(path, text, text.Lines[0].Span);
        int close = -1;
        for (int i = 1; i < text.Lines.Count; i++)
        {
            if (IsFence(text, text.Lines[i], "---") || IsFence(text, text.Lines[i], "..."))
            {
                close = i;
                break;
            }
        }

        if (close < 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnclosedFrontMatter, LocationInfo.Of(path, text, text.Lines[0].Span)));
            return new FrontMatter(Unreadable(fence), 1);
        }

        int start = text.Lines.Count > 1 ? text.Lines[1].Start : text.Length;
        int end = text.Lines[close].Start;
        string yaml = text.ToString(TextSpan.FromBounds(start, Math.Max(start, end)));

        YamlNode? root;
        try
        {
            root = YamlTree.Parse(yaml, start);
        }
        catch (YamlException ex)
        {
            int at = Math.Min(YamlTree.Position(ex.Start, start), end);
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidFrontMatter, LocationInfo.Of(path, text, new TextSpan(at, 0)), Reason(ex)));
            return new FrontMatter(Unreadable(fence), close + 1);
        }
        catch (UnsupportedYamlException ex)
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidFrontMatter, LocationInfo.Of(path, text, ex.Span), ex.Message));
            return new FrontMatter(Unreadable(fence), close + 1);
        }

        if (root is null)
        {
            return new FrontMatter(Empty with { Location = fence }, close + 1);
        }

        if (root is not YamlMapping mapping)
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidFrontMatter, LocationInfo.Of(path, text, root.Span), $"front matter must be a mapping of keys to values, but it is {root.Describe()}"));
            return new FrontMatter(Unreadable(fence), close + 1);
        }

        return new FrontMatter(Read(mapping, text, path, diagnostics) with { Location = fence }, close + 1);
    }

    /// <summary>
    /// Key names compare case-insensitively and ignore '-', '_', '.' and spaces: <c>published_at</c>
    /// is <c>PublishedAt</c>, <c>ms.date</c> is <c>MsDate</c>, <c>Module Name</c> is <c>ModuleName</c>.
    /// </summary>
    public static string Normalize(string key)
    {
        var normalized = new System.Text.StringBuilder(key.Length);
        foreach (char c in key)
        {
            if (c is not ('-' or '_' or '.' or ' '))
            {
                normalized.Append(char.ToLowerInvariant(c));
            }
        }

        return normalized.ToString();
    }

    private static readonly MetadataModel Empty = new(null, null, null, EquatableArray<string>.Empty, null, EquatableArray<string>.Empty, null, false, EquatableArray<ExtraEntry>.Empty, EquatableArray<SlugReference>.Empty);

    /// <summary>Front matter that could not be read: its error is reported; nothing else is.</summary>
    private static MetadataModel Unreadable(LocationInfo fence) => Empty with { Location = fence, IsValid = false };

    /// <summary>A YAML value as written, with its place; a mapping keeps its keys (the first of duplicates: later ones are CG0004).</summary>
    internal static RawValue Raw(YamlNode node, SourceText text, string path, ImmutableArray<DiagnosticInfo>.Builder diagnostics) => node switch
    {
        YamlScalar scalar => new RawValue(RawKind.Scalar, scalar.Value, scalar.IsPlain, EquatableArray<RawValue>.Empty, LocationInfo.Of(path, text, scalar.Span)),
        YamlSequence sequence => new RawValue(RawKind.Sequence, string.Empty, false, sequence.Items.Select(i => Raw(i, text, path, diagnostics)).ToEquatableArray(), LocationInfo.Of(path, text, sequence.Span)),
        YamlMapping mapping => new RawValue(RawKind.Mapping, string.Empty, false, EquatableArray<RawValue>.Empty, LocationInfo.Of(path, text, node.Span)) { Entries = Entries(mapping, text, path, diagnostics) },
        _ => new RawValue(RawKind.Mapping, string.Empty, false, EquatableArray<RawValue>.Empty, LocationInfo.Of(path, text, node.Span)),
    };

    /// <summary>The keys of a mapping (a nested record, a data entry) with their values; a key that repeats one above (compared as keys are) is CG0004.</summary>
    internal static EquatableArray<FrontMatterEntry> Entries(YamlMapping mapping, SourceText text, string path, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        var entries = new List<FrontMatterEntry>(mapping.Entries.Count);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (KeyValuePair<YamlScalar, YamlNode> entry in mapping.Entries)
        {
            string key = entry.Key.Value;
            string normalized = Normalize(key);
            if (seen.TryGetValue(normalized, out string? first))
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.DuplicateKey, LocationInfo.Of(path, text, entry.Key.Span), key, first));
                continue;
            }

            seen.Add(normalized, key);
            entries.Add(new FrontMatterEntry(key, normalized, LocationInfo.Of(path, text, entry.Key.Span), Raw(entry.Value, text, path, diagnostics)));
        }

        return entries.ToEquatableArray();
    }

    private static MetadataModel Read(YamlMapping mapping, SourceText text, string path, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        string? title = null, slug = null, source = null, summary = null;
        DateTimeOffset? published = null;
        bool draft = false;
        var authors = new List<string>();
        var tags = new List<string>();
        var extra = new List<ExtraEntry>();
        var related = new List<SlugReference>();
        var entries = new List<FrontMatterEntry>();
        var rejected = new List<string>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (KeyValuePair<YamlScalar, YamlNode> entry in mapping.Entries)
        {
            string key = entry.Key.Value;
            string field = Field(Normalize(key));
            if (seen.TryGetValue(field, out string? first))
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.DuplicateKey, LocationInfo.Of(path, text, entry.Key.Span), key, first));
                continue;
            }

            seen.Add(field, key);
            YamlNode value = entry.Value;
            entries.Add(new FrontMatterEntry(key, Normalize(key), LocationInfo.Of(path, text, entry.Key.Span), Raw(value, text, path, diagnostics)));
            void Invalid(string expected)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidValue, LocationInfo.Of(path, text, value.Span), key, expected, value.Describe()));
                rejected.Add(Normalize(key));
            }

            switch (field)
            {
                case "title":
                    title = String(value, Invalid);
                    break;
                case "slug":
                    // Used as written, to keep existing URLs; one that is not a URL path is CG0030 and ignored.
                    slug = String(value, Invalid);
                    if (slug is not null && Naming.SlugProblem(slug) is { } problem)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidSlug, LocationInfo.Of(path, text, value.Span), slug, problem));
                        slug = null;
                    }

                    break;
                case "source":
                    source = String(value, Invalid);
                    break;
                case "summary":
                    summary = String(value, Invalid);
                    break;
                case "published":
                    string? date = String(value, Invalid);
                    if (date is not null)
                    {
                        published = Date(date);
                        if (published is null)
                        {
                            Invalid("an ISO 8601 date such as 2024-05-01 or a date-time such as 2024-05-01T08:30:00+02:00");
                        }
                    }

                    break;
                case "authors" when Normalize(key) == "author":
                    if (String(value, Invalid) is { } author)
                    {
                        authors.Add(author);
                    }

                    break;
                case "authors":
                    authors.AddRange(Strings(value, Invalid));
                    break;
                case "tags":
                    tags.AddRange(Strings(value, Invalid));
                    break;
                case "related":
                    if (Strings(value, Invalid).Any() && value is YamlSequence items)
                    {
                        related.AddRange(items.Items.Select(i => new SlugReference(((YamlScalar)i).Value, LocationInfo.Of(path, text, i.Span))));
                    }

                    break;
                case "draft":
                    if (value is YamlScalar { IsPlain: true } flag && bool.TryParse(flag.Value, out bool parsed))
                    {
                        draft = parsed;
                    }
                    else if (!(value is YamlScalar { IsNull: true }))
                    {
                        Invalid("true or false");
                    }

                    break;
                default:
                    // Unknown keys with a scalar value are kept as written; lists and mappings have no place to go.
                    if (value is YamlScalar scalar)
                    {
                        extra.Add(new ExtraEntry(key, scalar.Value));
                    }

                    break;
            }
        }

        // Documentation sites describe a page with 'description': it is the summary when there is no 'summary'.
        summary ??= extra.FirstOrDefault(e => Normalize(e.Key) == DescriptionKey)?.Value;
        return new MetadataModel(title, slug, published, authors.ToEquatableArray(), source, tags.ToEquatableArray(), summary, draft, extra.ToEquatableArray(), related.ToEquatableArray(), entries.ToEquatableArray()) { Rejected = rejected.ToEquatableArray() };
    }

    /// <summary>The key whose value is the summary when there is no <c>summary</c>; it stays in <c>Extra</c> too.</summary>
    public const string DescriptionKey = "description";

    /// <summary>The metadata field a normalized key sets: aliases share one, so giving both is a duplicate.</summary>
    private static string Field(string normalized) => normalized switch
    {
        "date" => "published",
        "author" => "authors",
        _ => normalized,
    };

    private static string? String(YamlNode value, Action<string> invalid)
    {
        if (value is YamlScalar scalar)
        {
            return scalar.IsNull ? null : scalar.Value;
        }

        invalid("a single text value");
        return null;
    }

    private static IEnumerable<string> Strings(YamlNode value, Action<string> invalid)
    {
        if (value is YamlScalar { IsNull: true })
        {
            return [];
        }

        if (value is YamlSequence sequence && sequence.Items.All(i => i is YamlScalar { IsNull: false }))
        {
            return sequence.Items.Select(i => ((YamlScalar)i).Value);
        }

        invalid("a list of text values, such as [a, b] or one '- item' per line");
        return [];
    }

    internal static DateTimeOffset? Date(string value)
    {
        if (DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime day))
        {
            return new DateTimeOffset(day, TimeSpan.Zero);
        }

        return DateTimeOffset.TryParseExact(value, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset moment)
            ? moment
            : null;
    }

    internal static string Reason(YamlException ex)
    {
        // YamlDotNet prefixes its messages with the position, which the diagnostic already gives.
        string message = ex.Message;
        int close = message.IndexOf("): ", StringComparison.Ordinal);
        return close >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(close + 3) : message;
    }

    private static bool IsFence(SourceText text, TextLine line, string fence)
    {
        int start = line.Start;
        if (start == 0 && text.Length > 0 && text[0] == '\uFEFF')
        {
            start = 1;
        }

        if (line.End - start < fence.Length || string.CompareOrdinal(text.ToString(new TextSpan(start, fence.Length)), fence) != 0)
        {
            return false;
        }

        for (int i = start + fence.Length; i < line.End; i++)
        {
            if (text[i] != ' ' && text[i] != '\t')
            {
                return false;
            }
        }

        return true;
    }
}
