using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ContentGen.Generator.Helpers;

namespace ContentGen.Generator.Model;

/// <summary>The articles that share one generated file.</summary>
/// <remarks>
/// One file per article makes every driver run pay per-output overhead that grows faster than
/// linearly (measured: ~0.8 s per run at 10,000 outputs); one file for all makes every edit
/// rewrite all content. A fixed number of buckets, chosen by a stable hash of the identifier,
/// keeps both small: an edit rewrites one bucket, adding an article touches one bucket, and two
/// articles with the same identifier always land in the same bucket, where the emitter can keep
/// the first and skip the other (CG0008 reports it).
/// </remarks>
internal sealed record ArticleBucket(int Number, EquatableArray<BucketArticle> Articles, EmitOptions Options)
{
    public const int Count = 64;

    public static int Of(string identifier)
    {
        // FNV-1a: stable across processes and platforms, unlike string.GetHashCode.
        uint hash = 2166136261;
        foreach (char c in identifier)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return (int)(hash % Count);
    }

    public static IEnumerable<ArticleBucket> Split(ImmutableArray<ArticleModel> articles, ImmutableArray<ResolvedLinks> links, EmitOptions options)
    {
        if (!options.IsValid)
        {
            return [];
        }

        // Identifiers are unique in what is emitted (the bucket keeps the first); a duplicate's links are its own.
        var targets = new Dictionary<string, EquatableArray<LinkTarget>>(System.StringComparer.Ordinal);
        foreach (ResolvedLinks resolved in links)
        {
            targets[resolved.Identifier + "|" + resolved.SourcePath] = resolved.Targets;
        }

        Dictionary<string, EquatableArray<string>> backlinks = Linking.LinkResolver.Backlinks(links);

        return articles
            .GroupBy(a => Of(a.Identifier))
            .OrderBy(g => g.Key)
            .Select(g => new ArticleBucket(
                g.Key,
                g.OrderBy(a => a.SourcePath, System.StringComparer.Ordinal)
                    .Select(a => new BucketArticle(
                        a,
                        targets.TryGetValue(a.Identifier + "|" + a.SourcePath, out EquatableArray<LinkTarget> t) ? t : EquatableArray<LinkTarget>.Empty,
                        backlinks.TryGetValue(a.Identifier, out EquatableArray<string> b) ? b : EquatableArray<string>.Empty))
                    .ToEquatableArray(),
                options));
    }
}
