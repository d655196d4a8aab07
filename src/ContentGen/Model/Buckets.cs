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
/// <remarks>Buckets are per collection: each file holds the members of one class.</remarks>
internal sealed record ArticleBucket(int Number, CollectionInfo Collection, EquatableArray<BucketArticle> Articles)
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

    public static IEnumerable<ArticleBucket> Split(ImmutableArray<ArticleModel> articles, ImmutableArray<ResolvedLinks> links, SchemaSet schemas, EmitOptions options)
    {
        if (!options.IsValid)
        {
            return [];
        }

        // Only collections the generator can complete get code (CG0019 and CG0024 say why not).
        var collections = new Dictionary<string, CollectionInfo>(System.StringComparer.Ordinal);
        CollectionInfo defaultCollection = CollectionInfo.Default(options);
        collections[defaultCollection.FullName] = defaultCollection;
        foreach (CollectionSchema schema in schemas.Collections)
        {
            if (schema.IsValid)
            {
                collections[schema.FullName] = CollectionInfo.Of(schema);
            }
        }

        // Members are unique in what is emitted (the bucket keeps the first); a duplicate's links are its own.
        var resolvedLinks = new Dictionary<(string Member, string SourcePath), ResolvedLinks>();
        foreach (ResolvedLinks resolved in links)
        {
            resolvedLinks[(resolved.Member, resolved.SourcePath)] = resolved;
        }

        Dictionary<string, EquatableArray<string>> backlinks = Linking.LinkResolver.Backlinks(links);

        return articles
            .Where(a => collections.ContainsKey(a.Collection))
            .GroupBy(a => (a.Collection, Number: Of(a.Identifier)))
            .OrderBy(g => g.Key.Collection, System.StringComparer.Ordinal)
            .ThenBy(g => g.Key.Number)
            .Select(g => new ArticleBucket(
                g.Key.Number,
                collections[g.Key.Collection],
                g.OrderBy(a => a.SourcePath, System.StringComparer.Ordinal)
                    .Select(a =>
                    {
                        resolvedLinks.TryGetValue((a.Member, a.SourcePath), out ResolvedLinks? resolved);
                        return new BucketArticle(
                            a,
                            resolved?.Targets ?? EquatableArray<LinkTarget>.Empty,
                            backlinks.TryGetValue(a.Member, out EquatableArray<string> b) ? b : EquatableArray<string>.Empty,
                            resolved?.References ?? EquatableArray<ResolvedValue>.Empty);
                    })
                    .ToEquatableArray()));
    }
}
