using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Threading;


namespace ContentGen.Storage;

/// <summary>
/// Generated code only: the articles of one collection, created when first read from the
/// compressed payload the generated class returns. The generated <c>All</c> is this list.
/// </summary>
/// <remarks>
/// <para>Nothing runs at startup: the catalog reads nothing until an article, <c>All</c> or
/// <c>Find</c> is used. Reading one article inflates the metadata of its bucket (about 1/64 of the
/// collection's) and, when its text is read, the chunk of text that holds it.</para>
/// <para>Creation happens under one lock shared by every catalog: an article is published to
/// other threads only once it and every article its references created are complete, and
/// references may form cycles (an article that refers to itself, or two that refer to each other).</para>
/// <para>A hot reload (<see cref="HotReload"/>) replaces the catalog's state: the next read creates
/// new article objects from the new payload; articles created before keep the data they were made from.</para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ArticleCatalog : IReloadable
{
    private CatalogState _state;

    /// <summary>Called by generated code only.</summary>
    protected ArticleCatalog()
    {
        _state = new CatalogState();
        HotReload.Register(this);
    }

    internal CatalogState State => Volatile.Read(ref _state);

    /// <summary>Generated: the collection's index: every article's bucket, slot and slug, ordered by source path.</summary>
    /// <returns>The packed payload.</returns>
    protected abstract string Index();

    /// <summary>Generated: the records of one bucket's articles.</summary>
    /// <param name="bucket">The bucket number.</param>
    /// <returns>The packed payload.</returns>
    protected abstract string Heads(int bucket);

    /// <summary>Generated: one chunk of a bucket's article texts.</summary>
    /// <param name="bucket">The bucket number.</param>
    /// <param name="chunk">The chunk number within the bucket.</param>
    /// <returns>The packed payload.</returns>
    protected abstract string Chunk(int bucket, int chunk);

    /// <summary>Generated: a new article object of the collection's type for one record.</summary>
    /// <param name="data">The record.</param>
    /// <returns>The article.</returns>
    protected abstract Article CreateArticle(ArticleData data);

    /// <summary>Generated: the article at a place of any collection of the assembly.</summary>
    /// <param name="collection">The collection's number (0: the default <c>Articles</c>).</param>
    /// <param name="bucket">The bucket number.</param>
    /// <param name="slot">The slot in the bucket.</param>
    /// <returns>The article, or null when the collection is unknown.</returns>
    protected abstract Article? Resolve(int collection, int bucket, int slot);

    /// <summary>Generated when the assembly has data collections: the entry with this id in one of them.</summary>
    /// <param name="collection">The data collection's number.</param>
    /// <param name="id">The entry's id.</param>
    /// <returns>The entry, or null when the collection is unknown or has no such entry.</returns>
    protected virtual object? ResolveEntry(int collection, string id) => null;

    /// <summary>Reads a payload stored as a constant, past the budget of the assembly's string heap (docs/performance.md).</summary>
    /// <param name="type">The generated class that declares the constant.</param>
    /// <param name="name">The constant's name.</param>
    /// <returns>The packed payload.</returns>
    protected static string Constant([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields)] Type type, string name)
    {
        ArgumentNullException.ThrowIfNull(type);
        FieldInfo field = type.GetField(name, BindingFlags.Static | BindingFlags.NonPublic) ?? throw new MissingFieldException(type.FullName, name);
        return (string)field.GetRawConstantValue()!;
    }

    internal Article? ResolveRef(ArticleRef target) => Resolve(target.Collection, target.Bucket, target.Slot);

    internal object? ResolveEntryRef(int collection, string id) => ResolveEntry(collection, id);

    internal string ChunkOf(int bucket, int chunk) => Chunk(bucket, chunk);

    /// <summary>The article in a bucket's slot, created on first use.</summary>
    internal Article AtCore(int bucket, int slot)
    {
        CatalogState state = State;
        return state.Instance(bucket, slot) ?? Create(bucket, slot);
    }

    internal void Reset() => Volatile.Write(ref _state, new CatalogState());

    void IReloadable.Reset() => Reset();

    internal Article? FindCore(string slug)
    {
        CatalogIndex data = IndexData();
        int index = data.Find(slug);
        return index >= 0 ? AtCore(data.Buckets[index], data.Slots[index]) : null;
    }

    internal CatalogIndex IndexData()
    {
        CatalogState state = State;
        return state.Index ?? state.SetIndex(new CatalogIndex(Payload.Inflate(Index())));
    }

    /// <summary>Called by <see cref="Article"/>'s constructor: the object exists before its collection's constructor reads references.</summary>
    internal static void Constructed(ArticleData data, Article article) =>
        Construction.Started(data.Catalog, data.Bucket, data.Slot, article);

    private Article Create(int bucket, int slot)
    {
        lock (Construction.Gate)
        {
            CatalogState state = State;
            if (state.Instance(bucket, slot) is { } existing)
            {
                return existing;
            }

            // A reference cycle came back to an article under construction on this thread.
            if (Construction.Running(this, bucket, slot) is Article pending)
            {
                return pending;
            }

            return Construction.Run(
                () =>
                {
                    (byte[] heads, int[] starts) = state.Heads(bucket, this);
                    return CreateArticle(new ArticleData(this, state, bucket, slot, heads, starts[slot]));
                },
                article => state.Publish(bucket, slot, article));
        }
    }

    internal (byte[] Heads, int[] Starts) DecodeHeads(int bucket)
    {
        byte[] heads = Payload.Inflate(Heads(bucket));
        var reader = new PayloadReader(heads);
        int[] starts = new int[reader.Int()];
        for (int i = 0; i < starts.Length; i++)
        {
            int length = reader.Int();
            starts[i] = reader.Position;
            reader.Position += length;
        }

        return (heads, starts);
    }
}

/// <summary>Generated code only: <see cref="ArticleCatalog"/> typed by the collection's article type.</summary>
/// <typeparam name="T">The collection's type: <see cref="Article"/> for the default <c>Articles</c>.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ArticleCatalog<T> : ArticleCatalog, IReadOnlyList<T>
    where T : Article
{
    /// <inheritdoc/>
    public int Count => IndexData().Count;

    /// <inheritdoc/>
    public T this[int index]
    {
        get
        {
            CatalogIndex data = IndexData();
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, data.Count);
            return (T)AtCore(data.Buckets[index], data.Slots[index]);
        }
    }

    /// <summary>The article in a bucket's slot: what each generated article property returns.</summary>
    /// <param name="bucket">The bucket number.</param>
    /// <param name="slot">The slot in the bucket.</param>
    /// <returns>The article.</returns>
    public T At(int bucket, int slot) => (T)AtCore(bucket, slot);

    /// <summary>The article with this slug (ordinal comparison), or <see langword="null"/>.</summary>
    /// <param name="slug">The slug to look up.</param>
    /// <returns>The article, or <see langword="null"/> when no article has that slug.</returns>
    public T? Find(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        return (T?)FindCore(slug);
    }

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator()
    {
        CatalogIndex data = IndexData();
        for (int i = 0; i < data.Count; i++)
        {
            yield return (T)AtCore(data.Buckets[i], data.Slots[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    protected sealed override Article CreateArticle(ArticleData data) => Create(data);

    /// <summary>Generated: a new article object of the collection's type.</summary>
    /// <param name="data">The record.</param>
    /// <returns>The article.</returns>
    protected abstract T Create(ArticleData data);
}
