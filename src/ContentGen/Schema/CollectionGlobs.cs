using System;
using System.Collections.Generic;
using ContentGen.Generator.Helpers;
using ContentGen.Generator.Model;
using Microsoft.Extensions.FileSystemGlobbing;

namespace ContentGen.Generator.Schema;

/// <summary>
/// The collections' globs, matched with Microsoft.Extensions.FileSystemGlobbing against
/// project-relative paths with '/' separators, case-sensitively (the same answer on every OS).
/// A file outside the project directory has a path that starts with '../'; a pattern that starts
/// with the same number of '../' segments claims it.
/// </summary>
/// <remarks>The only type that touches the glob library, so projects without collections never load it.</remarks>
internal sealed class CollectionGlobs
{
    /// <summary>Numbers the collections that get code: the default first, then each valid type by full name.</summary>
    public static CollectionSet Number(SchemaSet schemas, EmitOptions options, EquatableArray<string> objectMembers = default)
    {
        var collections = new List<CollectionInfo> { new(options.Namespace, CollectionInfo.DefaultName, true, options.Visibility, 0) };
        var data = new List<CollectionInfo>();
        foreach (CollectionSchema schema in schemas.Collections)
        {
            if (schema.IsValid && schema.IsData)
            {
                data.Add(new CollectionInfo(schema.Namespace, schema.Name, false, string.Empty, data.Count, IsData: true));
            }
            else if (schema.IsValid)
            {
                collections.Add(new CollectionInfo(schema.Namespace, schema.Name, false, string.Empty, collections.Count));
            }
        }

        return new CollectionSet(collections.ToEquatableArray(), schemas, options.IsValid, objectMembers) { Data = data.ToEquatableArray(), IncludeDrafts = options.IncludeDrafts };
    }

    private readonly List<(CollectionSchema Schema, int Up, Matcher Matcher)> _matchers = [];

    public CollectionGlobs(IEnumerable<CollectionSchema> collections)
    {
        foreach (CollectionSchema schema in collections)
        {
            if (Problem(schema.Pattern) is null)
            {
                // A pattern may start with '../' (content shared with another project, with
                // ContentGenContentDir or ContentGenData items outside this one): those segments
                // match a path's own leading '../' exactly, and the glob matches the rest.
                string pattern = schema.Pattern.Replace('\\', '/');
                int up = Up(pattern);
                var matcher = new Matcher(StringComparison.Ordinal);
                matcher.AddInclude(pattern.Substring(up * 3));
                _matchers.Add((schema, up, matcher));
            }
        }
    }

    public List<CollectionSchema> Claiming(string sourcePath)
    {
        var claiming = new List<CollectionSchema>();
        int up = Up(sourcePath);
        foreach ((CollectionSchema schema, int patternUp, Matcher matcher) in _matchers)
        {
            if (patternUp == up && matcher.Match(sourcePath.Substring(up * 3)).HasMatches)
            {
                claiming.Add(schema);
            }
        }

        return claiming;
    }

    /// <summary>How many '../' segments <paramref name="path"/> starts with.</summary>
    private static int Up(string path)
    {
        int up = 0;
        while (string.CompareOrdinal(path, up * 3, "../", 0, 3) == 0)
        {
            up++;
        }

        return up;
    }

    /// <summary>Why <paramref name="pattern"/> is not a glob ContentGen accepts, or null when it is.</summary>
    /// <remarks>Plain string checks: the glob library accepts these patterns and silently matches nothing.</remarks>
    public static string? Problem(string pattern)
    {
        if (pattern.Trim().Length == 0)
        {
            return "the pattern is empty";
        }

        if (pattern.StartsWith("/", StringComparison.Ordinal) || pattern.StartsWith("\\", StringComparison.Ordinal) || pattern.IndexOf(':') >= 0)
        {
            return "the pattern must be relative to the project directory";
        }

        bool leading = true;
        foreach (string segment in pattern.Replace('\\', '/').Split('/'))
        {
            leading &= segment == "..";
            if (segment == ".." && !leading)
            {
                return "'..' can only start a pattern ('../Shared/posts/*.md', for content outside the project directory)";
            }

            if (leading)
            {
                continue;
            }

            if (segment.Contains("**") && segment != "**")
            {
                return $"'**' must be a whole path segment, but the segment is '{segment}'";
            }
        }

        return null;
    }
}
