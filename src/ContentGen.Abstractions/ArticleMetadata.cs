using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace ContentGen;

/// <summary>
/// The metadata every article has, from its YAML front matter (see docs/format.md). Values were
/// parsed and checked at compile time; here they are only read.
/// </summary>
public sealed class ArticleMetadata
{
    private static readonly ReadOnlyCollection<string> None = Array.AsReadOnly(Array.Empty<string>());
    private static readonly ReadOnlyDictionary<string, string> NoExtra = new(new Dictionary<string, string>());

    internal ArticleMetadata(DateTimeOffset? published, string[] authors, string? source, string[] tags, string? summary, bool draft, Dictionary<string, string>? extra)
    {
        Published = published;
        Authors = authors.Length == 0 ? None : Array.AsReadOnly(authors);
        Source = source;
        Tags = tags.Length == 0 ? None : Array.AsReadOnly(tags);
        Summary = summary;
        Draft = draft;
        Extra = extra is null || extra.Count == 0 ? NoExtra : new ReadOnlyDictionary<string, string>(extra);
    }

    /// <summary>When the article was published. A date alone is midnight UTC.</summary>
    public DateTimeOffset? Published { get; }

    /// <summary>The authors, in the order written.</summary>
    public IReadOnlyList<string> Authors { get; }

    /// <summary>Where the article comes from (a publisher, a feed, a URL), as written.</summary>
    public string? Source { get; }

    /// <summary>The tags, in the order written.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The summary from the front matter (or its <c>description</c>); the first paragraph's text when there is none.</summary>
    public string? Summary { get; }

    /// <summary>Whether the article is a draft.</summary>
    public bool Draft { get; }

    /// <summary>Every other scalar front matter key, with its value as written.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; }
}
