using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ContentGen.Generator.Helpers;
using ContentGen.Generator.Model;

namespace ContentGen.Generator.Layout;

/// <summary>
/// Groups the placed articles into their buckets with everything a bucket stores (links, backlinks,
/// references, where each text sits), cuts each bucket's texts into chunks, and finally joins
/// each bucket's compressed payloads into the file that holds them.
/// </summary>
internal static class Bucketing
{
    /// <summary>
    /// About this much text (uncompressed) per chunk. Reading an article inflates its chunk up to
    /// the article's end; bigger chunks compress better (deflate's window is 32 KB, but each
    /// stream starts cold), smaller ones cost less to read (docs/performance.md: on the C10k blog
    /// corpus, 128 KB chunks pack 3.6% smaller than 64 KB ones, 45% smaller than one stream per article).
    /// </summary>
    public const int ChunkSize = 128 * 1024;

    /// <summary>Packed characters per byte of uncompressed text, about what was measured (0.19 on the C10k blog corpus, 0.21 at C30k with its records).</summary>
    public const double EstimatedCharsPerByte = 0.2;

    /// <summary>Half as much again: past the budget, a bucket that compresses no worse than this keeps its literals.</summary>
    public const double ConservativeCharsPerByte = 0.3;

    /// <summary>
    /// Runs on every edit over all articles, so it stays linear and hashes no long strings: the
    /// three arrays come one to one from the same step, and every article knows its place.
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
    public static IEnumerable<BucketModel> Split(ImmutableArray<ArticleModel> articles, ImmutableArray<ResolvedLinks> links, ImmutableArray<EquatableArray<byte>> bodies, ContentLayout layout, long budget)
    {
        if (!layout.Collections.Emit)
        {
            return [];
        }

        // Which article holds each place: the first of a file added twice.
        var holder = new Dictionary<ArticleRef, int>();
        for (int i = 0; i < articles.Length && i < links.Length; i++)
        {
            if (links[i].Self is { } self && !holder.ContainsKey(self))
            {
                holder.Add(self, i);
            }
        }

        Dictionary<ArticleRef, List<(string Path, ArticleRef Source)>> backlinks = [];
        foreach (KeyValuePair<ArticleRef, int> pair in holder)
        {
            ResolvedLinks resolved = links[pair.Value];
            foreach (LinkTarget target in resolved.Targets)
            {
                if (!backlinks.TryGetValue(target.Target, out List<(string Path, ArticleRef Source)>? list))
                {
                    list = [];
                    backlinks.Add(target.Target, list);
                }

                list.Add((resolved.SourcePath, pair.Key));
            }
        }

        IGrouping<(int Collection, int Bucket), PlacedEntry>[] groups = [.. layout.Placed
            .Where(p => holder.ContainsKey(p.Ref))
            .GroupBy(p => (p.Ref.Collection, p.Ref.Bucket))
            .OrderBy(g => g.Key.Collection)
            .ThenBy(g => g.Key.Bucket)];

        long[] sizes = [.. groups.Select(g => g.Sum(p => (long)bodies[holder[p.Ref]].Count))];
        long[] allowances = Allowances(sizes, budget);
        var buckets = new List<BucketModel>();
        for (int b = 0; b < groups.Length; b++)
        {
            IGrouping<(int Collection, int Bucket), PlacedEntry> group = groups[b];
            var entries = new List<BucketArticle>();
            int chunk = 0;
            int offset = 0;
            long size = 0;
            foreach (PlacedEntry placed in group.OrderBy(p => p.Ref.Slot))
            {
                int i = holder[placed.Ref];
                EquatableArray<byte> body = bodies[i];
                entries.Add(new BucketArticle(articles[i], entries.Count, links[i].Targets, LinkedFrom(backlinks, placed.Ref), links[i].References, chunk, offset, body));
                size += body.Count;
                offset += body.Count;
                if (offset >= ChunkSize)
                {
                    chunk++;
                    offset = 0;
                }
            }

            CollectionInfo collection = layout.Collections.Collections[group.Key.Collection];
            buckets.Add(new BucketModel(collection, group.Key.Bucket, entries.ToEquatableArray(), offset == 0 ? chunk : chunk + 1, Properties(collection, layout.Collections), allowances[b], layout.Collections.Data));
        }

        return buckets;
    }

    /// <summary>The chunks of a bucket: each one's articles, in slot order.</summary>
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

    private static EquatableArray<ArticleRef> LinkedFrom(Dictionary<ArticleRef, List<(string Path, ArticleRef Source)>> backlinks, ArticleRef target)
    {
        if (!backlinks.TryGetValue(target, out List<(string Path, ArticleRef Source)>? list))
        {
            return EquatableArray<ArticleRef>.Empty;
        }

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
        : a.Slot.CompareTo(b.Slot);
}
