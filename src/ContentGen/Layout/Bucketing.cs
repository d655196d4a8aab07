using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ContentGen.Generator.Helpers;
using ContentGen.Generator.Model;

namespace ContentGen.Generator.Layout;

/// <summary>
/// Groups the placed articles into their buckets with everything a bucket stores (links, backlinks,
/// references, where each text sits), and cuts each bucket's texts into chunks.
/// </summary>
internal static class Bucketing
{
    /// <summary>
    /// About this much text (uncompressed) per chunk, on average. Reading an article inflates its
    /// chunk up to the article's end; bigger chunks compress better (deflate's window is 32 KB, but
    /// each stream starts cold), smaller ones cost less to read (docs/performance.md: on the C10k
    /// blog corpus, 128 KB chunks pack 3.6% smaller than 64 KB ones, 45% smaller than one stream
    /// per article).
    /// </summary>
    public const int ChunkSize = 128 * 1024;

    /// <summary>
    /// No chunk ends before this size (but the bucket's last): without it, chunk sizes spread as
    /// an exponential distribution does, and the chunk an edit lands in is twice the mean on
    /// average (an edit in the 10,000-post probe sent a 59 K-character chunk).
    /// </summary>
    public const int MinChunkSize = ChunkSize / 2;

    /// <summary>A chunk ends after the article that takes it past this size, whatever the articles' hashes.</summary>
    public const int MaxChunkSize = 4 * ChunkSize;

    /// <summary>Packed characters per byte of uncompressed text, about what was measured (0.19 on the C10k blog corpus, 0.21 at C30k with its records).</summary>
    public const double EstimatedCharsPerByte = 0.2;

    /// <summary>Half as much again: past the budget, a bucket that compresses no worse than this keeps its literals.</summary>
    public const double ConservativeCharsPerByte = 0.3;

    /// <summary>
    /// Runs on every content edit over all articles, so it stays linear, hashes no long strings and
    /// copies no text: the three arrays come one to one from the same step, every article knows its
    /// place, and each bucket is made of the articles' own cached values (bodies, link targets,
    /// backlinks), so an unchanged bucket compares equal by reference, element by element.
    /// </summary>
    /// <remarks>
    /// The string-heap budget is shared out here, where every bucket is known; each bucket then
    /// checks its real packed size against its share alone, so the literals of all buckets stay
    /// within the budget whatever they compress to (docs/performance.md). When all the texts fit
    /// by <see cref="EstimatedCharsPerByte"/>, each bucket's share is the budget in proportion to
    /// its size: all are literals if the content fits. Otherwise the buckets, in order, get
    /// <see cref="ConservativeCharsPerByte"/> of their size until the budget is used, and the rest
    /// none: content past the budget degrades bucket by bucket, not all at once. Sizes are
    /// rounded up to 1/128 so that an edit almost never changes another bucket's share.
    /// </remarks>
    public static IEnumerable<BucketModel> Split(ImmutableArray<ArticleModel> articles, ImmutableArray<ResolvedLinks> links, ImmutableArray<EquatableArray<byte>> bodies, ContentLayout layout, Backlinks backlinks, long budget)
    {
        if (!layout.Collections.Emit)
        {
            return [];
        }

        // Which article holds each place, by bucket: the first of a file added twice.
        var seen = new HashSet<ArticleRef>();
        var byBucket = new Dictionary<(int Collection, int Bucket), List<(int Key, int Index)>>();
        for (int i = 0; i < articles.Length && i < links.Length; i++)
        {
            if (links[i].Self is { } self && seen.Add(self))
            {
                if (!byBucket.TryGetValue((self.Collection, self.Bucket), out List<(int Key, int Index)>? holders))
                {
                    holders = [];
                    byBucket.Add((self.Collection, self.Bucket), holders);
                }

                holders.Add((self.Key, i));
            }
        }

        (int Collection, int Bucket)[] keys = [.. byBucket.Keys.OrderBy(k => k.Collection).ThenBy(k => k.Bucket)];
        long[] sizes = new long[keys.Length];
        for (int b = 0; b < keys.Length; b++)
        {
            // Records in source-path order, as the collection places them (neighbouring files
            // compress together); the reader finds a record by its key, never by its position.
            List<(int Key, int Index)> holders = byBucket[keys[b]];
            holders.Sort((x, y) => string.CompareOrdinal(articles[x.Index].SourcePath, articles[y.Index].SourcePath) is int byPath and not 0
                ? byPath
                : string.CompareOrdinal(articles[x.Index].Location.Path, articles[y.Index].Location.Path));
            foreach ((_, int i) in holders)
            {
                sizes[b] += bodies[i].Count;
            }
        }

        long[] allowances = Allowances(sizes, budget);
        var buckets = new List<BucketModel>(keys.Length);
        for (int b = 0; b < keys.Length; b++)
        {
            List<(int Key, int Index)> holders = byBucket[keys[b]];
            var entries = new BucketArticle[holders.Count];
            int chunk = 0;
            int offset = 0;
            for (int s = 0; s < holders.Count; s++)
            {
                (int key, int i) = holders[s];
                EquatableArray<byte> body = bodies[i];
                entries[s] = new BucketArticle(articles[i], key, links[i].Targets, backlinks.To(new ArticleRef(keys[b].Collection, keys[b].Bucket, key)), links[i].References, chunk, offset, body);
                offset += body.Count;
                if (offset >= MaxChunkSize || (offset >= MinChunkSize && EndsChunk(articles[i].Identifier, body.Count)))
                {
                    chunk++;
                    offset = 0;
                }
            }

            CollectionInfo collection = layout.Collections.Collections[keys[b].Collection];
            buckets.Add(new BucketModel(collection, keys[b].Bucket, entries.ToEquatableArray(), offset == 0 ? chunk : chunk + 1, Properties(collection, layout.Collections), allowances[b], layout.Collections.Data));
        }

        return buckets;
    }

    /// <summary>The links that resolved, turned around: for each article, the articles that link to it, ordered by their source path.</summary>
    /// <remarks>Runs over the <see cref="LinkEdges"/> projection only: a paragraph edit leaves it cached.</remarks>
    public static Backlinks BacklinksOf(ImmutableArray<LinkEdges> edges)
    {
        // The first article of each place: a file added twice resolves twice.
        var seen = new HashSet<ArticleRef>();
        var byTarget = new Dictionary<ArticleRef, List<(string Path, ArticleRef Source)>>();
        foreach (LinkEdges edge in edges)
        {
            if (edge.Self is not { } self || !seen.Add(self))
            {
                continue;
            }

            foreach (LinkTarget target in edge.Targets)
            {
                if (!byTarget.TryGetValue(target.Target, out List<(string Path, ArticleRef Source)>? list))
                {
                    list = [];
                    byTarget.Add(target.Target, list);
                }

                list.Add((edge.SourcePath, self));
            }
        }

        var entries = new List<Backlink>(byTarget.Count);
        foreach (KeyValuePair<ArticleRef, List<(string Path, ArticleRef Source)>> pair in byTarget)
        {
            entries.Add(new Backlink(pair.Key, Sources(pair.Value)));
        }

        entries.Sort((a, b) => Compare(a.Target, b.Target));
        return new Backlinks(entries.ToEquatableArray());
    }

    /// <summary>
    /// Whether a chunk past <see cref="MinChunkSize"/> ends after this article: with the chance
    /// <c>size / (ChunkSize - MinChunkSize)</c>, decided by a hash of its identifier, so chunks
    /// hold about <see cref="ChunkSize"/> on average. The boundaries depend on the articles, not
    /// on where a running total crosses a size: adding or deleting an article changes its own chunk,
    /// and another boundary only when the article's size moves a boundary article across
    /// <see cref="MinChunkSize"/> (about its size in 64 KB: a few adds in a hundred at 10,000 posts)
    /// or the article is a boundary itself; cutting by cumulative size moved every later boundary
    /// of the bucket and so every later chunk (docs/performance.md, "Content hot reload"). An
    /// article of <see cref="ChunkSize"/> - <see cref="MinChunkSize"/> or more always ends its chunk.
    /// </summary>
    internal static bool EndsChunk(string identifier, int size)
    {
        uint hash = Placement.Hash(identifier, seed: 84696351);
        return (long)size << 20 >= (long)(hash >> 12) * (ChunkSize - MinChunkSize);
    }

    /// <summary>The chunks of a bucket: each one's articles, in record order.</summary>
    public static IEnumerable<IGrouping<int, BucketArticle>> Chunks(BucketModel bucket) => bucket.Articles.GroupBy(a => a.Chunk);

    /// <summary>Each bucket's share of the literal budget, in packed characters (see <see cref="Split"/>).</summary>
    private static long[] Allowances(long[] sizes, long budget)
    {
        long[] allowances = new long[sizes.Length];
        double total = RoundUp(sizes.Sum());
        if (total * EstimatedCharsPerByte <= budget)
        {
            for (int b = 0; b < sizes.Length; b++)
            {
                allowances[b] = total == 0 ? budget : (long)(budget * (RoundUp(sizes[b]) / total));
            }

            return allowances;
        }

        long left = budget;
        for (int b = 0; b < sizes.Length; b++)
        {
            long share = (long)(RoundUp(sizes[b]) * ConservativeCharsPerByte);
            if (share > left)
            {
                break;
            }

            allowances[b] = share;
            left -= share;
        }

        return allowances;
    }

    /// <summary>Rounded up to its 8 most significant bits.</summary>
    private static double RoundUp(long value)
    {
        long step = 1;
        while (value / step >= 256)
        {
            step *= 2;
        }

        return (double)((value + step - 1) / step) * step;
    }

    /// <summary>The properties the generated reader of a collection reads, in order (none for the default collection).</summary>
    private static EquatableArray<SchemaProperty> Properties(CollectionInfo collection, CollectionSet collections)
    {
        foreach (CollectionSchema schema in collections.Schemas.Collections)
        {
            if (!collection.IsDefault && schema.FullName == collection.FullName)
            {
                return schema.Properties;
            }
        }

        return EquatableArray<SchemaProperty>.Empty;
    }

    private static EquatableArray<ArticleRef> Sources(List<(string Path, ArticleRef Source)> list)
    {
        // By source path; an article that links here twice is listed once.
        list.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path) is int byPath and not 0 ? byPath : Compare(a.Source, b.Source));
        var sources = new List<ArticleRef>(list.Count);
        for (int i = 0; i < list.Count; i++)
        {
            if (i == 0 || list[i].Source != list[i - 1].Source)
            {
                sources.Add(list[i].Source);
            }
        }

        return sources.ToEquatableArray();
    }

    private static int Compare(ArticleRef a, ArticleRef b) =>
        a.Collection != b.Collection ? a.Collection.CompareTo(b.Collection)
        : a.Bucket != b.Bucket ? a.Bucket.CompareTo(b.Bucket)
        : a.Key.CompareTo(b.Key);
}
