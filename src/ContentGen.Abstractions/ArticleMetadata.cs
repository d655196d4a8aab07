using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace ContentGen;

/// <summary>
/// The metadata every article has, from its YAML front matter (see docs/format.md). Values were
/// parsed and checked at compile time; here they are constants.
/// </summary>
public sealed class ArticleMetadata
{
    private static readonly IReadOnlyDictionary<string, string> NoExtra = new ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

    /// <summary>Creates metadata; generated code passes the values the front matter gave.</summary>
    /// <param name="published">Key <c>date</c> or <c>published</c>.</param>
    /// <param name="authors">Key <c>author</c> (one) or <c>authors</c> (a list).</param>
    /// <param name="source">Key <c>source</c>.</param>
    /// <param name="tags">Key <c>tags</c>.</param>
    /// <param name="summary">Key <c>summary</c>; the first paragraph when absent.</param>
    /// <param name="draft">Key <c>draft</c>.</param>
    /// <param name="extra">Every other scalar key, as written.</param>
    public ArticleMetadata(
        DateTimeOffset? published = null,
        IReadOnlyList<string>? authors = null,
        string? source = null,
        IReadOnlyList<string>? tags = null,
        string? summary = null,
        bool draft = false,
        IReadOnlyDictionary<string, string>? extra = null)
    {
        Published = published;
        Authors = authors ?? [];
        Source = source;
        Tags = tags ?? [];
        Summary = summary;
        Draft = draft;
        Extra = extra ?? NoExtra;
    }

    /// <summary>When the article was published. A date alone is midnight UTC.</summary>
    public DateTimeOffset? Published { get; }

    /// <summary>The authors, in the order written.</summary>
    public IReadOnlyList<string> Authors { get; }

    /// <summary>Where the article comes from (a publisher, a feed, a URL), as written.</summary>
    public string? Source { get; }

    /// <summary>The tags, in the order written.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The summary from the front matter; <see cref="Article.Metadata"/> fills in the first paragraph when there is none.</summary>
    public string? Summary { get; }

    /// <summary>Whether the article is a draft.</summary>
    public bool Draft { get; }

    /// <summary>Every other scalar front matter key, with its value as written.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; }

    internal ArticleMetadata WithSummary(string? summary) =>
        summary is null || Summary is not null ? this : new ArticleMetadata(Published, Authors, Source, Tags, summary, Draft, Extra);
}
