using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;
using ContentGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;

namespace ContentGen.Generator.Parsing;

/// <summary>
/// A data file (docs/format.md, "Data collections"): YAML or JSON, both read by YamlDotNet (JSON
/// is YAML 1.2), with every entry's keys and values at their exact line and column. One file is
/// one entry (a collection whose pattern has a wildcard), or a file of entries: a mapping of ids
/// to entries, or a list of entries with an <c>id</c> key.
/// </summary>
internal static class DataFileParser
{
    /// <summary>The key of a list item's id.</summary>
    public const string IdKey = "id";

    /// <summary>The data file extensions a data collection's pattern claims.</summary>
    public static bool IsDataFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    /// <param name="text">The file.</param>
    /// <param name="path">Its full path, for locations.</param>
    /// <param name="onePerFile">The file is one entry (else a file of entries).</param>
    /// <param name="idPath">For one entry per file: its path under the collection's folder, without extension.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    public static List<RawEntry> Parse(SourceText text, string path, bool onePerFile, string idPath, ImmutableArray<DiagnosticInfo>.Builder diagnostics, CancellationToken cancellationToken)
    {
        var entries = new List<RawEntry>();
        LocationInfo start = LocationInfo.Of(path, text, new TextSpan(0, 0));

        // The BOM is not text: YamlDotNet would read it as part of the first scalar.
        int offset = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && JsonComment(text) is int comment)
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidDataFile, LocationInfo.Of(path, text, new TextSpan(comment, 2)), "JSON has no comments ('//' or '/*'), and YAML would read this one as text; remove it, or write the file as YAML, where '#' starts a comment"));
            return entries;
        }
        YamlNode? root;
        try
        {
            root = YamlTree.Parse(text.ToString(TextSpan.FromBounds(offset, text.Length)), offset, "a data file");
        }
        catch (YamlException ex)
        {
            int at = Math.Min(YamlTree.Position(ex.Start, offset), text.Length);
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidDataFile, LocationInfo.Of(path, text, new TextSpan(at, 0)), FrontMatterParser.Reason(ex)));
            return entries;
        }
        catch (UnsupportedYamlException ex)
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidDataFile, LocationInfo.Of(path, text, ex.Span), ex.Message));
            return entries;
        }

        if (onePerFile)
        {
            if (root is not YamlMapping mapping)
            {
                string shape = root is null ? "it is empty" : $"it is {root.Describe()}";
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidDataFile, root is null ? start : LocationInfo.Of(path, text, root.Span), $"this file is one entry, a mapping of keys to values, but {shape}"));
                return entries;
            }

            string id = Naming.Slug(idPath);
            if (id.Length == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidId, start, $"No id can be derived from '{idPath}': its name has no letter or digit"));
                return entries;
            }

            entries.Add(new RawEntry(id, Naming.Identifier(idPath), 0, start, FrontMatterParser.Entries(mapping, text, path, diagnostics), LocationInfo.Of(path, text, mapping.Span)));
            return entries;
        }

        switch (root)
        {
            case null:
                return entries; // An empty file of entries holds none.

            case YamlMapping byId:
                foreach (KeyValuePair<YamlScalar, YamlNode> pair in byId.Entries)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    LocationInfo at = LocationInfo.Of(path, text, pair.Key.Span);
                    if (pair.Value is not YamlMapping value)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidDataFile, LocationInfo.Of(path, text, pair.Value.Span), $"the entry '{pair.Key.Value}' must be a mapping of keys to values, but it is {pair.Value.Describe()}"));
                        continue;
                    }

                    if (Written(pair.Key.Value, at, diagnostics) is { } id)
                    {
                        entries.Add(new RawEntry(id, Naming.Identifier(id), entries.Count, at, FrontMatterParser.Entries(value, text, path, diagnostics), LocationInfo.Of(path, text, value.Span)));
                    }
                }

                return entries;

            case YamlSequence list:
                foreach (YamlNode item in list.Items)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (item is not YamlMapping value)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidDataFile, LocationInfo.Of(path, text, item.Span), $"each item of the list is an entry, a mapping of keys to values with an '{IdKey}', but this one is {item.Describe()}"));
                        continue;
                    }

                    EquatableArray<FrontMatterEntry> keys = FrontMatterParser.Entries(value, text, path, diagnostics);
                    LocationInfo mapping = LocationInfo.Of(path, text, value.Span);
                    FrontMatterEntry? idEntry = keys.FirstOrDefault(k => k.Normalized == IdKey);
                    if (idEntry is null)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidId, mapping, $"This entry has no '{IdKey}' key"));
                        continue;
                    }

                    if (idEntry.Value is not { Kind: RawKind.Scalar, IsNull: false } idValue)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidId, idEntry.Value.Location, $"The '{idEntry.Key}' of this entry is {idEntry.Value.Describe()}, not a single text value"));
                        continue;
                    }

                    if (Written(idValue.Text, idValue.Location, diagnostics) is { } id)
                    {
                        entries.Add(new RawEntry(id, Naming.Identifier(id), entries.Count, idValue.Location, keys.Where(k => !ReferenceEquals(k, idEntry)).ToEquatableArray(), mapping));
                    }
                }

                return entries;

            default:
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidDataFile, LocationInfo.Of(path, text, root.Span), $"a file of entries is a mapping of ids to entries, or a list of entries with an '{IdKey}' key, but it is {root.Describe()}"));
                return entries;
        }
    }

    /// <summary>
    /// Where a <c>//</c> or <c>/*</c> comment starts outside a string, or null. JSON with comments
    /// (as appsettings.json allows) is not JSON, and the YAML parser would take the comment for
    /// part of a key or value instead of failing.
    /// </summary>
    private static int? JsonComment(SourceText text)
    {
        bool inString = false;
        for (int i = 0; i < text.Length - 1; i++)
        {
            char c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c == '/' && text[i + 1] is '/' or '*')
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>A written id used as it is, when it is a URL path (the rule of explicit slugs); else CG0053.</summary>
    private static string? Written(string id, LocationInfo at, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        if (Naming.SlugProblem(id) is { } problem)
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidId, at, $"The id '{id}' {problem}"));
            return null;
        }

        if (Naming.Identifier(id).Length == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidId, at, $"The id '{id}' has no letter or digit to name its property"));
            return null;
        }

        return id;
    }
}
