using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ContentGen.Shared;

namespace ContentGen.Storage;

/// <summary>
/// What a catalog has decoded and created so far. A hot reload swaps in a fresh one, so a reader
/// sees either the old payload or the new one, never a mix.
/// </summary>
/// <remarks>
/// Nothing here takes a lock to decode: two threads that want the same bucket at once may both
/// inflate it, and one result wins (a compare-exchange). Inflating is pure, so the cost of a race
/// is time, never a wrong answer, and no reader ever waits for another.
/// </remarks>
internal sealed class CatalogState(ArticleCatalog catalog)
{
    private readonly BucketState?[] _buckets = new BucketState?[PayloadFormat.Buckets];
    private CatalogIndex? _index;

    public readonly ArticleCatalog Catalog = catalog;

    public CatalogIndex? Index => Volatile.Read(ref _index);

    /// <summary>How many buckets' records were inflated so far, for tests.</summary>
    public int DecodedBuckets => _buckets.Count(b => Volatile.Read(ref b) is not null);

    public BucketState? Decoded(int bucket) => Volatile.Read(ref _buckets[bucket]);

    /// <summary>The bucket's records, inflated on first use.</summary>
    public BucketState Bucket(int bucket) => Volatile.Read(ref _buckets[bucket]) ?? Decode(bucket);

    public CatalogIndex SetIndex(CatalogIndex index) => Interlocked.CompareExchange(ref _index, index, null) ?? index;

    /// <summary>The articles created so far, for tests.</summary>
    public IEnumerable<Article> Created()
    {
        foreach (BucketState? bucket in _buckets)
        {
            foreach (Article? article in bucket?.Instances ?? [])
            {
                if (article is not null)
                {
                    yield return article;
                }
            }
        }
    }

    /// <summary>A hot reload replaced this state: its inflated texts go now, not when the last article read before the update goes.</summary>
    public void Release()
    {
        foreach (BucketState? bucket in _buckets)
        {
            bucket?.Release();
        }
    }

    private BucketState Decode(int bucket)
    {
        Catalog.EnsureFormat();
        var decoded = new BucketState(this, bucket, Payload.InflateSegments(Catalog.HeadsPayload(bucket)));
        return Interlocked.CompareExchange(ref _buckets[bucket], decoded, null) ?? decoded;
    }
}

/// <summary>
/// One bucket of a catalog state: its records (heads), the articles created from them, and its
/// chunks of text, each inflated once and released when every article in it took its text.
/// </summary>
/// <remarks>
/// Everything outside the bucket names an article by its key (generated properties, links,
/// backlinks, references, indexes), never by its position among the records, so that adding an
/// article changes no record of another bucket; <see cref="SlotOf"/> finds the position.
/// Fields, not properties, and arrays, not lists: in a fresh process every method on the first
/// read is compiled before it runs, a property getter as much as a loop, and a list of a value
/// type is a generic instantiation of its own (docs/performance.md, "First use").
/// </remarks>
internal sealed class BucketState : Slots
{
    public readonly CatalogState State;

    public readonly int Number;

    public readonly byte[] Heads;

    /// <summary>Where each slot's record starts in <see cref="Heads"/>.</summary>
    public readonly int[] Starts;

    /// <summary>The published article of each slot; written under this object's lock, read without one.</summary>
    public readonly Article?[] Instances;

    private readonly int[] _lengths;
    private readonly int[] _chunkOf;
    private readonly byte[]?[] _chunks;
    private readonly int[] _waiting;
    private readonly int[] _keys;

    // Open addressing over the keys, which are hash bits already: each entry is a slot + 1, 0 is empty.
    private readonly int[] _table;

    public BucketState(CatalogState state, int number, byte[] heads)
    {
        State = state;
        Number = number;
        Heads = heads;

        // One segment per chunk, one after another, each its count and its records: count them first.
        var reader = new PayloadReader(heads);
        int records = 0;
        while (!reader.AtEnd)
        {
            for (int count = reader.Int(); count > 0; count--, records++)
            {
                int record = reader.Int();
                reader.Position += record;
                int linkedFrom = reader.Int();
                reader.Position += linkedFrom;
            }
        }

        Starts = new int[records];
        _lengths = new int[records];
        _chunkOf = new int[records];
        _keys = new int[records];
        _table = new int[TableSize(records)];
        int chunks = 0;
        reader = new PayloadReader(heads);
        int left = 0;
        for (int i = 0; i < records; i++)
        {
            while (left == 0)
            {
                left = reader.Int();
            }

            left--;
            int length = reader.Int();
            int start = reader.Position;
            Starts[i] = start;
            _lengths[i] = length;

            // A record starts with its key, then its chunk number.
            int key = reader.Int();
            _keys[i] = key;
            int at = key & (_table.Length - 1);
            while (_table[at] != 0)
            {
                at = (at + 1) & (_table.Length - 1);
            }

            _table[at] = i + 1;
            int chunk = reader.Int();
            _chunkOf[i] = chunk;
            chunks = Math.Max(chunks, chunk + 1);
            reader.Position = start + length;

            // The linked-from list follows the record, outside its stamp.
            int linkedFrom = reader.Int();
            reader.Position += linkedFrom;
        }

        // How many articles of each chunk have not taken their text yet.
        _waiting = new int[chunks];
        foreach (int chunk in _chunkOf)
        {
            _waiting[chunk]++;
        }

        Instances = new Article?[records];
        _chunks = new byte[]?[chunks];
    }

    public ArticleCatalog Catalog => State.Catalog;

    public Article? Instance(int slot) => (uint)slot < (uint)Instances.Length ? Volatile.Read(ref Instances[slot]) : null;

    /// <summary>The published article with this key, or null.</summary>
    public Article? InstanceOf(int key) => SlotOf(key) is int slot and >= 0 ? Volatile.Read(ref Instances[slot]) : null;

    /// <summary>The position of the record with this key, or -1 (only a payload that a hot reload changed under this state lacks one the code asks for).</summary>
    public int SlotOf(int key)
    {
        int mask = _table.Length - 1;
        for (int at = key & mask; ; at = (at + 1) & mask)
        {
            int entry = _table[at];
            if (entry == 0)
            {
                return -1;
            }

            if (_keys[entry - 1] == key)
            {
                return entry - 1;
            }
        }
    }

    public override bool IsTaken(int slot) => Instances[slot] is not null;

    public override void Write(int slot, object value) => Volatile.Write(ref Instances[slot], (Article)value);

    /// <summary>The chunk's bytes, inflated when no article of it took its text yet (or again, after a release).</summary>
    public byte[] Chunk(int chunk)
    {
        if ((uint)chunk >= (uint)_chunks.Length)
        {
            return [];
        }

        if (Volatile.Read(ref _chunks[chunk]) is { } cached)
        {
            return cached;
        }

        byte[] inflated = Payload.Inflate(Catalog.ChunkPayload(Number, chunk));
        if (inflated.Length < 4 || BinaryPrimitives.ReadUInt32LittleEndian(inflated.AsSpan(inflated.Length - 4)) != Stamp(chunk))
        {
            // Written with other records than these: a hot reload changed the payload and its
            // handler has not run yet. The records' offsets and counts mean nothing in it.
            return [];
        }

        return Interlocked.CompareExchange(ref _chunks[chunk], inflated, null) ?? inflated;
    }

    /// <summary>
    /// The stamp of the records of the chunk's articles, in slot order, computed when the chunk is
    /// inflated: reading records only (titles, dates, summaries) never hashes them.
    /// </summary>
    private uint Stamp(int chunk)
    {
        uint stamp = PayloadFormat.StampSeed;
        for (int i = 0; i < _chunkOf.Length; i++)
        {
            if (_chunkOf[i] == chunk)
            {
                stamp = PayloadFormat.Stamp(stamp, Heads, Starts[i], _lengths[i]);
            }
        }

        return stamp;
    }

    /// <summary>One article of the chunk has copied its text out: after the last, nobody needs the chunk again.</summary>
    public void Taken(int chunk)
    {
        if ((uint)chunk < (uint)_waiting.Length && Interlocked.Decrement(ref _waiting[chunk]) == 0)
        {
            Volatile.Write(ref _chunks[chunk], null);
        }
    }

    /// <summary>How many chunks are held inflated now, for tests.</summary>
    public int HeldChunks => _chunks.Count(c => Volatile.Read(ref c) is not null);

    public void Release()
    {
        for (int i = 0; i < _chunks.Length; i++)
        {
            Volatile.Write(ref _chunks[i], null);
        }
    }

    /// <summary>A power of two, at least twice the records: short probes, and always an empty entry to stop at.</summary>
    private static int TableSize(int records)
    {
        int size = 2;
        while (size < records * 2)
        {
            size *= 2;
        }

        return size;
    }
}

/// <summary>A collection's index: count, the place (bucket, key) of each article in source-path order, and the slugs for <c>Find</c>.</summary>
internal sealed class CatalogIndex
{
    private readonly byte[] _payload;
    private readonly int[] _slugAt;
    private SlugTable? _bySlug;

    public CatalogIndex(byte[] payload)
    {
        _payload = payload;

        // Segments one after another, each its count and its entries: count them first.
        var reader = new PayloadReader(payload);
        while (!reader.AtEnd)
        {
            int count = reader.Int();
            Count += count;
            for (int i = 0; i < count; i++)
            {
                reader.Int();
                reader.Int();
                reader.SkipString();
            }
        }

        Buckets = new byte[Count];
        Keys = new int[Count];
        _slugAt = new int[Count];
        reader = new PayloadReader(payload);
        for (int i = 0; i < Count;)
        {
            for (int count = reader.Int(); count > 0; count--, i++)
            {
                Buckets[i] = (byte)reader.Int();
                Keys[i] = reader.Int();
                _slugAt[i] = reader.Position;
                reader.SkipString();
            }
        }

        Articles = new Article?[Count];
    }

    public int Count { get; }

    public byte[] Buckets { get; }

    public int[] Keys { get; }

    /// <summary>Each position's article once read through <c>All</c> or <c>Find</c>: the next read is one array access.</summary>
    public Article?[] Articles { get; }

    /// <summary>The article's position in source-path order, or -1.</summary>
    public int Find(string slug) => (Volatile.Read(ref _bySlug) ?? Build()).Find(slug);

    /// <summary>Built by the first <c>Find</c>: reading <c>All</c> or an article's property never decodes the slugs.</summary>
    private SlugTable Build()
    {
        var bySlug = SlugTable.Of(_payload, _slugAt);
        return Interlocked.CompareExchange(ref _bySlug, bySlug, null) ?? bySlug;
    }
}
