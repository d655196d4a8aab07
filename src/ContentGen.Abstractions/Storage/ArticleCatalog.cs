using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Threading;
using ContentGen.Shared;

namespace ContentGen.Storage;

/// <summary>
/// Generated code only: what every catalog shares, whatever its article type. Derive from
/// <see cref="ArticleCatalog{T}"/>.
/// </summary>
/// <remarks>
/// <para>Nothing runs at startup: a catalog reads nothing until an article, <c>All</c> or
/// <c>Find</c> is used. Reading one article inflates the records of its bucket (about 1/64 of the
/// collection's) and, when its text is read, the chunk of text that holds it, once: the chunk is
/// kept until every article in it has taken its text.</para>
/// <para>No lock is held while a payload is inflated or while an article's constructor runs (a
/// collection type's property initializers are user code). Articles created together (an article
/// and those its reference properties name, data entries included, which may form cycles) are
/// published to other threads together, once all of them are complete, under the locks of their
/// buckets, held for a few array writes (<see cref="Creation"/>). Two threads that create the same article at once both run its constructor; one
/// object is published and returned to both.</para>
/// <para>A hot reload (<see cref="HotReload"/>) replaces the catalog's state: the next read creates
/// new article objects from the new payload; articles created before keep their records, and take
/// their text from the article that has their slug now.</para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ArticleCatalog : IReloadable
{
    private readonly int _formatVersion;
    private CatalogState _state;

    private protected ArticleCatalog(int formatVersion)
    {
        _formatVersion = formatVersion;
        _state = new CatalogState(this);
        HotReload.Register(this);
    }

    internal CatalogState State => Volatile.Read(ref _state);

    internal abstract string IndexPayload();

    internal abstract string HeadsPayload(int bucket);

    internal abstract string ChunkPayload(int bucket, int chunk);

    internal abstract Article CreateArticle(ArticleData data);

    internal abstract Article? ResolvePlace(int collection, int bucket, int key);

    /// <summary>The entry with this id in a data collection of the assembly (a reference property typed with a data collection).</summary>
    internal abstract object? ResolveEntryRef(int collection, string id);

    internal Article? ResolveRef(ArticleRef target) => ResolvePlace(target.Collection, target.Bucket, target.Key);

    /// <summary>The generated code and this library must agree on the payload format before anything is decoded.</summary>
    internal void EnsureFormat() => Payload.EnsureFormat(_formatVersion, GetType());

    /// <summary>A hot reload: the next read starts from the new payload.</summary>
    internal void Reset() => Interlocked.Exchange(ref _state, new CatalogState(this)).Release();

    void IReloadable.Reset() => Reset();

    /// <summary>A reader found that <paramref name="stale"/> no longer matches the generated payload (a hot reload not yet handled): start over, once for every reader that finds it.</summary>
    internal void Invalidate(CatalogState stale)
    {
        if (ReferenceEquals(Interlocked.CompareExchange(ref _state, new CatalogState(this), stale), stale))
        {
            stale.Release();
        }
    }

    /// <summary>
    /// How many times a reader starts over when the payload and its state disagree before it calls
    /// the payload corrupt. A hot reload that is being applied changes the payload before its
    /// handler runs, and updates may follow each other faster than a reader's attempt (a
    /// descheduled thread can miss several), so one retry is not enough; a payload that is really
    /// corrupt fails every attempt and costs a few milliseconds of retries before the exception.
    /// </summary>
    internal const int ReloadRetries = 16;

    /// <summary>Before a retry: let the thread applying an update finish it.</summary>
    internal static void BeforeRetry(int attempt) => Thread.Sleep(attempt < 4 ? 0 : 1);

    /// <summary>The article with this key in a bucket, created on first use.</summary>
    internal Article AtCore(int bucket, int key)
    {
        CatalogState state = State;
        return state.Decoded(bucket)?.InstanceOf(key) ?? Create(state, bucket, key, retries: ReloadRetries);
    }

    internal Article? FindCore(string slug)
    {
        for (int attempt = 0; ; attempt++)
        {
            CatalogState state = State;
            CatalogIndex index = IndexData(state);
            int position = index.Find(slug);
            if (position < 0)
            {
                return null;
            }

            Article article = Volatile.Read(ref index.Articles[position]) ?? AtCore(index.Buckets[position], index.Keys[position]);
            if (string.Equals(article.Slug, slug, StringComparison.Ordinal))
            {
                Volatile.Write(ref index.Articles[position], article);
                return article;
            }

            // The index and the records disagree: a hot reload changed the payload under this state.
            if (attempt == ReloadRetries)
            {
                throw Corrupt($"the index places '{slug}' where the records hold '{article.Slug}'");
            }

            Invalidate(state);
            BeforeRetry(attempt);
        }
    }

    internal Article ArticleAt(int position)
    {
        CatalogIndex index = IndexData(State);
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(position, index.Count);
        Article? article = Volatile.Read(ref index.Articles[position]);
        if (article is null)
        {
            article = AtCore(index.Buckets[position], index.Keys[position]);
            Volatile.Write(ref index.Articles[position], article);
        }

        return article;
    }

    internal CatalogIndex IndexData() => IndexData(State);

    internal Exception Corrupt(string what) =>
        new InvalidOperationException($"The content compiled into '{GetType().Assembly.GetName().Name}' does not read back: {what}. Rebuild the project; if it persists, report it with the content that caused it.");

    private CatalogIndex IndexData(CatalogState state)
    {
        if (state.Index is { } index)
        {
            return index;
        }

        EnsureFormat();
        return state.SetIndex(new CatalogIndex(Payload.InflateSegments(IndexPayload())));
    }

    private Article Create(CatalogState state, int bucket, int key, int retries)
    {
        BucketState records = state.Bucket(bucket);
        int slot = records.SlotOf(key);
        if (slot < 0)
        {
            return Missing(state, bucket, key, retries);
        }

        if (records.Instance(slot) is { } published)
        {
            return published;
        }

        Creation creation = Creation.Current;
        if (creation.Pending(records, slot) is Article pending)
        {
            // A reference cycle came back to an article whose constructor is running on this thread.
            return pending;
        }

        if (creation.Run(() => CreateArticle(new ArticleData(records, slot))) is not Article article)
        {
            // Another thread published some of these articles first: take its objects, and build the rest again.
            return AtCore(bucket, key);
        }

        // Inside another creation, its own object (the outermost publishes it); else the published one.
        return creation.Depth > 0 ? article : records.Instance(slot) ?? article;
    }

    /// <summary>A key the bucket's records do not have: only a payload changed by a hot reload (its handler not run yet) lacks a record the code asks for.</summary>
    /// <remarks>Apart from <see cref="Create(CatalogState, int, int, int)"/>, which every first read compiles: this runs after a reload, if ever.</remarks>
    private Article Missing(CatalogState state, int bucket, int key, int retries)
    {
        if (retries == 0)
        {
            throw Corrupt($"bucket {bucket} has no article with key {key}");
        }

        Invalidate(state);
        BeforeRetry(ReloadRetries - retries);
        CatalogState next = State;
        return next.Decoded(bucket)?.InstanceOf(key) ?? Create(next, bucket, key, retries - 1);
    }

    /// <summary>Called by <see cref="Article"/>'s constructor: the object exists before its collection's constructor reads references, so a cycle finds it.</summary>
    internal static void Constructed(ArticleData data, Article article) => Creation.Current.Started(data.Bucket, data.Slot, article);
}

/// <summary>
/// Generated code only: the base of a collection's generated catalog, typed by the collection's
/// article type. The generated <c>All</c> is this list; the rest is for the generated class.
/// </summary>
/// <typeparam name="T">The collection's type: <see cref="Article"/> for the default <c>Articles</c>.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ArticleCatalog<T> : ArticleCatalog, IReadOnlyList<T>
    where T : Article
{
    /// <summary>Called by generated code only.</summary>
    /// <param name="formatVersion">The payload format the generator wrote; checked before anything is read.</param>
#pragma warning disable RS0022 // By design: the non-generic base has no member outside this library, and is derived from only through this class.
    protected ArticleCatalog(int formatVersion)
#pragma warning restore RS0022
        : base(formatVersion)
    {
    }

    int IReadOnlyCollection<T>.Count => IndexData().Count;

    T IReadOnlyList<T>.this[int index] => (T)ArticleAt(index);

    IEnumerator<T> IEnumerable<T>.GetEnumerator()
    {
        int count = IndexData().Count;
        for (int i = 0; i < count; i++)
        {
            yield return (T)ArticleAt(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    internal sealed override string IndexPayload() => Index();

    internal sealed override string HeadsPayload(int bucket) => Heads(bucket);

    internal sealed override string ChunkPayload(int bucket, int chunk) => Chunk(bucket, chunk);

    internal sealed override Article CreateArticle(ArticleData data) => Create(data);

    internal sealed override Article? ResolvePlace(int collection, int bucket, int key) => Resolve(collection, bucket, key);

    internal sealed override object? ResolveEntryRef(int collection, string id) => ResolveEntry(collection, id);

    /// <summary>The article with this key in a bucket: what each generated article property returns.</summary>
    /// <param name="bucket">The bucket number.</param>
    /// <param name="key">The article's key in the bucket.</param>
    /// <returns>The article.</returns>
    protected T At(int bucket, int key) => (T)AtCore(bucket, key);

    /// <summary>The article with this slug (ordinal comparison), or <see langword="null"/>.</summary>
    /// <param name="slug">The slug to look up.</param>
    /// <returns>The article, or <see langword="null"/> when no article has that slug.</returns>
    protected T? Find(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        CatalogIndex? index = State.Index;
        if (index is not null)
        {
            int position = index.Find(slug);
            if (position < 0)
            {
                return null;
            }

            if (Volatile.Read(ref index.Articles[position]) is T known)
            {
                return known;
            }
        }

        return (T?)FindCore(slug);
    }

    /// <summary>Generated: the collection's index: every article's bucket, key and slug, ordered by source path.</summary>
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

    /// <summary>Generated: a new article object of the collection's type.</summary>
    /// <param name="data">The record.</param>
    /// <returns>The article.</returns>
    protected abstract T Create(ArticleData data);

    /// <summary>Generated: the article at a place of any collection of the assembly.</summary>
    /// <param name="collection">The collection's number (0: the default <c>Articles</c>).</param>
    /// <param name="bucket">The bucket number.</param>
    /// <param name="key">The article's key in the bucket.</param>
    /// <returns>The article, or null when the collection is unknown.</returns>
    protected abstract Article? Resolve(int collection, int bucket, int key);

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
}
