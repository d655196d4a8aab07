using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;
using ContentGen.Shared;

namespace ContentGen.Storage;

/// <summary>
/// Generated code only: what every data catalog shares, whatever its entry type. Derive from
/// <see cref="DataCatalog{T}"/>.
/// </summary>
/// <remarks>
/// <para>Nothing runs at startup. The first read inflates the collection's payload (every entry's
/// id and typed values, converted and checked at compile time); each entry object is created on
/// its first read.</para>
/// <para>As for articles (<see cref="ArticleCatalog"/>), no lock is held while an entry's
/// constructor runs (its property initializers are user code): entries and articles created
/// together, which may refer to each other in cycles, are published together once all are
/// complete (<see cref="Creation"/>).</para>
/// <para>A hot reload (<see cref="HotReload"/>) replaces what was decoded: the next read creates
/// new entry objects from the new payload; entries read before keep the values they were made from.</para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class DataCatalog : IReloadable
{
    private readonly int _formatVersion;
    private DataState? _state;

    private protected DataCatalog(int formatVersion)
    {
        _formatVersion = formatVersion;
        HotReload.Register(this);
    }

    internal DataState State
    {
        get
        {
            if (Volatile.Read(ref _state) is { } state)
            {
                return state;
            }

            Payload.EnsureFormat(_formatVersion, GetType());
            var decoded = new DataState(Payload.Inflate(EntriesPayload()));
            return Interlocked.CompareExchange(ref _state, decoded, null) ?? decoded;
        }
    }

    void IReloadable.Reset() => Volatile.Write(ref _state, null);

    internal abstract string EntriesPayload();

    internal abstract object CreateEntry(DataEntry entry);

    internal abstract Article? ResolveArticle(ArticleRef target);

    internal abstract object? ResolveEntryRef(int collection, string id);

    /// <summary>The entry at a position of <c>All</c>, created on first use.</summary>
    internal object AtCore(int index)
    {
        DataState state = State;
        if (state.Instance(index) is { } published)
        {
            return published;
        }

        Creation creation = Creation.Current;
        if (creation.Pending(state, index) is { } pending)
        {
            // A reference cycle came back to an entry whose constructor is running on this thread.
            return pending;
        }

        if (creation.Run(() => CreateEntry(state.Entry(this, index))) is not { } entry)
        {
            // Another thread published some of these objects first: take its objects, and build the rest again.
            return AtCore(index);
        }

        // Inside another creation, its own object (the outermost publishes it); else the published one.
        return creation.Depth > 0 ? entry : state.Instance(index) ?? entry;
    }

    /// <summary>Called by the generated constructor of an entry, before it reads its values: a cycle that comes back to it finds it.</summary>
    internal static void Started(DataEntry entry, object value) => Creation.Current.Started(entry.State, entry.Index, value);
}

/// <summary>
/// Generated code only: the entries of one data collection (a <see cref="DataCollectionAttribute"/>
/// type). The generated <c>All</c> is this list; the rest is for the generated class.
/// </summary>
/// <typeparam name="T">The data collection's type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class DataCatalog<T> : DataCatalog, IReadOnlyList<T>
    where T : class
{
    /// <summary>Called by generated code only.</summary>
    /// <param name="formatVersion">The payload format the generator wrote; checked before anything is read.</param>
#pragma warning disable RS0022 // By design: the non-generic base has no member outside this library, and is derived from only through this class.
    protected DataCatalog(int formatVersion)
#pragma warning restore RS0022
        : base(formatVersion)
    {
    }

    int IReadOnlyCollection<T>.Count => State.Count;

    T IReadOnlyList<T>.this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, State.Count);
            return At(index);
        }
    }

    IEnumerator<T> IEnumerable<T>.GetEnumerator()
    {
        int count = State.Count;
        for (int i = 0; i < count; i++)
        {
            yield return At(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    internal sealed override string EntriesPayload() => Entries();

    internal sealed override object CreateEntry(DataEntry entry) => Create(entry);

    internal sealed override Article? ResolveArticle(ArticleRef target) => Resolve(target.Collection, target.Bucket, target.Key);

    internal sealed override object? ResolveEntryRef(int collection, string id) => ResolveEntry(collection, id);

    /// <summary>The entry at a position of <c>All</c>: what each generated entry property returns.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The entry.</returns>
    protected T At(int index) => (T)AtCore(index);

    /// <summary>The entry with this id (ordinal comparison), or <see langword="null"/>.</summary>
    /// <param name="id">The id to look up.</param>
    /// <returns>The entry, or <see langword="null"/> when no entry has that id.</returns>
    protected T? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        int index = State.IndexOf(id);
        return index >= 0 ? At(index) : null;
    }

    /// <summary>Generated: every entry's id and typed values, in the order of <c>All</c>.</summary>
    /// <returns>The packed payload.</returns>
    protected abstract string Entries();

    /// <summary>Generated: a new entry object from its record (the type's generated constructor).</summary>
    /// <param name="entry">The record.</param>
    /// <returns>The entry.</returns>
    protected abstract T Create(DataEntry entry);

    /// <summary>Generated: the article at a place of any collection of the assembly.</summary>
    /// <param name="collection">The collection's number (0: the default <c>Articles</c>).</param>
    /// <param name="bucket">The bucket number.</param>
    /// <param name="key">The article's key in the bucket.</param>
    /// <returns>The article, or null when the collection is unknown.</returns>
    protected abstract Article? Resolve(int collection, int bucket, int key);

    /// <summary>Generated: the entry with this id in a data collection of the assembly.</summary>
    /// <param name="collection">The data collection's number.</param>
    /// <param name="id">The entry's id.</param>
    /// <returns>The entry, or null when there is none.</returns>
    protected abstract object? ResolveEntry(int collection, string id);
}

/// <summary>
/// Generated code only: one entry's record, passed to the data collection type's generated
/// constructor, which reads its id and then its typed values.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DataEntry : IContentResolver
{
    private readonly DataCatalog _catalog;
    private readonly int _start;
    private readonly int _length;

    internal DataEntry(DataCatalog catalog, DataState state, int index, string id, int start, int length)
    {
        _catalog = catalog;
        State = state;
        Index = index;
        Id = id;
        _start = start;
        _length = length;
    }

    /// <summary>The entry's id.</summary>
    public string Id { get; }

    internal DataState State { get; }

    internal int Index { get; }

    /// <summary>
    /// The entry's typed values, in the order of the type's properties. Called first by the
    /// generated constructor: from here on, references that come back to this entry see it.
    /// </summary>
    /// <param name="entry">The object under construction.</param>
    /// <returns>The reader.</returns>
    public ArticleValues Values(object entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        DataCatalog.Started(this, entry);
        return new ArticleValues(this, new ReadOnlySpan<byte>(State.Bytes, _start, _length));
    }

    Article? IContentResolver.Resolve(ArticleRef target) => _catalog.ResolveArticle(target);

    object? IContentResolver.ResolveEntry(int collection, string id) => _catalog.ResolveEntryRef(collection, id);
}

/// <summary>A data collection's decoded payload (<see cref="PayloadFormat"/>, "entries") and the entries created from it.</summary>
internal sealed class DataState : Slots
{
    private readonly string[] _ids;
    private readonly int[] _starts;
    private readonly int[] _lengths;
    private readonly object?[] _instances;
    private Dictionary<string, int>? _byId;

    /// <summary>Reads the payload: a count, then for each entry its id and its values' length and bytes.</summary>
    public DataState(byte[] payload)
    {
        Bytes = payload;
        var reader = new PayloadReader(payload);
        int count = payload.Length == 0 ? 0 : reader.Int();
        _ids = new string[count];
        _starts = new int[count];
        _lengths = new int[count];
        _instances = new object?[count];
        for (int i = 0; i < count; i++)
        {
            _ids[i] = reader.String();
            _lengths[i] = reader.Int();
            _starts[i] = reader.Position;
            reader.Position += _lengths[i];
        }
    }

    public byte[] Bytes { get; }

    public int Count => _ids.Length;

    public object? Instance(int index) => Volatile.Read(ref _instances[index]);

    public DataEntry Entry(DataCatalog catalog, int index) => new(catalog, this, index, _ids[index], _starts[index], _lengths[index]);

    public override bool IsTaken(int slot) => _instances[slot] is not null;

    public override void Write(int slot, object value) => Volatile.Write(ref _instances[slot], value);

    /// <summary>The position of the entry with this id, or -1.</summary>
    public int IndexOf(string id)
    {
        Dictionary<string, int> byId = Volatile.Read(ref _byId) ?? Build();
        return byId.TryGetValue(id, out int index) ? index : -1;
    }

    private Dictionary<string, int> Build()
    {
        var byId = new Dictionary<string, int>(_ids.Length, StringComparer.Ordinal);
        for (int i = 0; i < _ids.Length; i++)
        {
            // Ids are unique per collection (the build reports a duplicate, CG0054): the first wins.
            byId.TryAdd(_ids[i], i);
        }

        return Interlocked.CompareExchange(ref _byId, byId, null) ?? byId;
    }
}
