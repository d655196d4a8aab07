using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace ContentGen.Storage;

/// <summary>
/// What a catalog has decoded and created so far. A hot reload swaps in a fresh one, so a reader
/// sees either the old payload or the new one, never a mix.
/// </summary>
internal sealed class CatalogState
{
    /// <summary>The generator's bucket count: buckets are numbered 0 to 63.</summary>
    public const int Buckets = 64;

    private readonly (byte[] Heads, int[] Starts)?[] _heads = new (byte[], int[])?[Buckets];
    private readonly Article?[]?[] _instances = new Article?[]?[Buckets];
    private CatalogIndex? _index;

    public CatalogIndex? Index => Volatile.Read(ref _index);

    public CatalogIndex SetIndex(CatalogIndex index) => Interlocked.CompareExchange(ref _index, index, null) ?? index;

    public Article? Instance(int bucket, int slot)
    {
        Article?[]? slots = Volatile.Read(ref _instances[bucket]);
        return slots is not null && (uint)slot < (uint)slots.Length ? Volatile.Read(ref slots[slot]) : null;
    }

    /// <summary>The bucket's decoded heads; called under the catalogs' lock.</summary>
    public (byte[] Heads, int[] Starts) Heads(int bucket, ArticleCatalog catalog)
    {
        if (_heads[bucket] is not { } decoded)
        {
            decoded = catalog.DecodeHeads(bucket);
            _heads[bucket] = decoded;
            Volatile.Write(ref _instances[bucket], new Article?[decoded.Starts.Length]);
        }

        return decoded;
    }

    /// <summary>The articles created so far, for tests.</summary>
    public IEnumerable<Article> Created()
    {
        foreach (Article?[]? slots in _instances)
        {
            foreach (Article? article in slots ?? [])
            {
                if (article is not null)
                {
                    yield return article;
                }
            }
        }
    }

    /// <summary>How many buckets' records were inflated so far, for tests.</summary>
    public int DecodedBuckets => _heads.Count(h => h is not null);

    /// <summary>Makes a complete article visible to every thread; called under the catalogs' lock.</summary>
    public void Publish(int bucket, int slot, Article article) => Volatile.Write(ref _instances[bucket]![slot], article);
}

/// <summary>A collection's index: count, the place of each article in source-path order, and the slugs for <c>Find</c>.</summary>
internal sealed class CatalogIndex
{
    private readonly string[] _slugs;
    private Dictionary<string, int>? _bySlug;

    public CatalogIndex(byte[] payload)
    {
        var reader = new PayloadReader(payload);
        Count = reader.Int();
        Buckets = new byte[Count];
        Slots = new int[Count];
        _slugs = new string[Count];
        for (int i = 0; i < Count; i++)
        {
            Buckets[i] = (byte)reader.Int();
            Slots[i] = reader.Int();
            _slugs[i] = reader.String();
        }
    }

    public int Count { get; }

    public byte[] Buckets { get; }

    public int[] Slots { get; }

    /// <summary>The article's position in source-path order, or -1.</summary>
    public int Find(string slug)
    {
        Dictionary<string, int> bySlug = Volatile.Read(ref _bySlug) ?? Build();
        return bySlug.TryGetValue(slug, out int index) ? index : -1;
    }

    /// <remarks>
    /// A plain dictionary: a frozen one finds in 21 ns instead of 28 ns at 10,000 articles, but
    /// the first <c>Find</c> of a process then takes 23 ms instead of 3.4 ms (docs/performance.md, "Run time").
    /// </remarks>
    private Dictionary<string, int> Build()
    {
        var bySlug = new Dictionary<string, int>(Count, StringComparer.Ordinal);
        for (int i = 0; i < Count; i++)
        {
            // The first file wins a duplicate slug; the build reports the duplicate as CG0008.
            bySlug.TryAdd(_slugs[i], i);
        }

        return Interlocked.CompareExchange(ref _bySlug, bySlug, null) ?? bySlug;
    }
}
