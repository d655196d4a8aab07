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

    /// <summary>
    /// Every article in its bucket, with its resolved links and backlinks. Runs on every edit over
    /// all articles, so it avoids hashing long strings per article: links are matched by position
    /// (both arrays come one to one from the same step), buckets are array slots.
    /// </summary>
    public static IEnumerable<ArticleBucket> Split(ImmutableArray<ArticleModel> articles, ImmutableArray<ResolvedLinks> links, SchemaSet schemas, EmitOptions options)
    {
        if (!options.IsValid)
        {
            return [];
        }

        // Only collections the generator can complete get code (CG0019 and CG0024 say why not).
        var collections = new List<CollectionInfo> { CollectionInfo.Default(options) };
        foreach (CollectionSchema schema in schemas.Collections)
        {
            if (schema.IsValid)
            {
                collections.Add(CollectionInfo.Of(schema));
            }
        }

        var collectionIndex = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (int c = 0; c < collections.Count; c++)
        {
            collectionIndex[collections[c].FullName] = c;
        }

        Dictionary<string, EquatableArray<string>> backlinks = Linking.LinkResolver.Backlinks(links);
        Dictionary<(string Member, string SourcePath), ResolvedLinks>? byKey = null;
        var slots = new List<int>?[collections.Count * Count];
        string? lastCollection = null;
        int last = -1;
        for (int i = 0; i < articles.Length; i++)
        {
            string name = articles[i].Collection;
            if (!string.Equals(name, lastCollection, System.StringComparison.Ordinal))
            {
                lastCollection = name;
                last = collectionIndex.TryGetValue(name, out int found) ? found : -1;
            }

            if (last >= 0)
            {
                (slots[(last * Count) + Of(articles[i].Identifier)] ??= []).Add(i);
            }
        }

        ResolvedLinks? LinksOf(int i)
        {
            ArticleModel article = articles[i];
            if (i < links.Length && string.Equals(links[i].Member, article.Member, System.StringComparison.Ordinal) && string.Equals(links[i].SourcePath, article.SourcePath, System.StringComparison.Ordinal))
            {
                return links[i];
            }

            // Not in step: look it up (a duplicate's links are its own, by path).
            if (byKey is null)
            {
                byKey = [];
                foreach (ResolvedLinks resolved in links)
                {
                    byKey[(resolved.Member, resolved.SourcePath)] = resolved;
                }
            }

            return byKey.TryGetValue((article.Member, article.SourcePath), out ResolvedLinks? match) ? match : null;
        }

        var buckets = new List<ArticleBucket>();
        foreach (int c in Enumerable.Range(0, collections.Count).OrderBy(c => collections[c].FullName, System.StringComparer.Ordinal))
        {
            for (int number = 0; number < Count; number++)
            {
                if (slots[(c * Count) + number] is not { } members)
                {
                    continue;
                }

                // By source path, then by input position: the same order on every run.
                members.Sort((x, y) =>
                {
                    int byPath = string.CompareOrdinal(articles[x].SourcePath, articles[y].SourcePath);
                    return byPath != 0 ? byPath : x.CompareTo(y);
                });

                var entries = new BucketArticle[members.Count];
                for (int k = 0; k < entries.Length; k++)
                {
                    int i = members[k];
                    ResolvedLinks? resolved = LinksOf(i);
                    entries[k] = new BucketArticle(
                        articles[i],
                        resolved?.Targets ?? EquatableArray<LinkTarget>.Empty,
                        backlinks.Count > 0 && backlinks.TryGetValue(articles[i].Member, out EquatableArray<string> from) ? from : EquatableArray<string>.Empty,
                        resolved?.References ?? EquatableArray<ResolvedValue>.Empty);
                }

                buckets.Add(new ArticleBucket(number, collections[c], ImmutableArray.Create(entries).ToEquatableArray()));
            }
        }

        return buckets;
    }
}
