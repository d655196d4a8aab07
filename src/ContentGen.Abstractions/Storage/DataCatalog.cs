using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

namespace ContentGen.Storage;

/// <summary>
/// Generated code only: the entries of one data collection (a <see cref="DataCollectionAttribute"/>
/// type), created when first read from the compressed payload the generated class returns. The
/// generated <c>All</c> is this list.
/// </summary>
/// <remarks>
/// <para>Nothing runs at startup. The first read inflates the collection's payload (every entry's
/// id and typed values, converted and checked at compile time); each entry object is created on
/// its first read, under the lock every catalog shares (see <see cref="Construction"/>), so that
/// entries and articles may refer to each other in cycles.</para>
/// <para>A hot reload (<see cref="HotReload"/>) replaces what was decoded: the next read creates
/// new entry objects from the new payload; entries read before keep the values they were made from.</para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class DataCatalog : IReloadable
{
    private DataState? _state;

    /// <summary>Called by generated code only.</summary>
    protected DataCatalog() => HotReload.Register(this);

    /// <summary>Generated: every entry's id and typed values, in the order of <c>All</c>.</summary>
    /// <returns>The packed payload.</returns>
    protected abstract string Entries();

    /// <summary>Generated: the article at a place of any collection of the assembly.</summary>
    /// <param name="collection">The collection's number (0: the default <c>Articles</c>).</param>
    /// <param name="bucket">The bucket number.</param>
    /// <param name="slot">The slot in the bucket.</param>
    /// <returns>The article, or null when the collection is unknown.</returns>
    protected abstract Article? Resolve(int collection, int bucket, int slot);

    /// <summary>Generated: the entry with this id in a data collection of the assembly.</summary>
    /// <param name="collection">The data collection's number.</param>
    /// <param name="id">The entry's id.</param>
    /// <returns>The entry, or null when there is none.</returns>
    protected abstract object? ResolveEntry(int collection, string id);

    internal DataState State
    {
        get
        {
            DataState? state = Volatile.Read(ref _state);
            return state ?? Interlocked.CompareExchange(ref _state, new DataState(Payload.Inflate(Entries())), null) ?? Volatile.Read(ref _state)!;
        }
    }

    void IReloadable.Reset() => Volatile.Write(ref _state, null);

    internal Article? ResolveArticle(ArticleRef target) => Resolve(target.Collection, target.Bucket, target.Slot);

    internal object? ResolveEntryRef(int collection, string id) => ResolveEntry(collection, id);

    internal abstract object CreateEntry(DataEntry entry);

    /// <summary>The entry at a position of <c>All</c>, created on first use.</summary>
    internal object AtCore(int index)
    {
        DataState state = State;
        if (state.Instance(index) is { } existing)
        {
            return existing;
        }

        lock (Construction.Gate)
        {
            if (state.Instance(index) is { } created)
            {
                return created;
            }

            // A reference cycle came back to an entry under construction on this thread.
            if (Construction.Running(this, -1, index) is { } pending)
            {
                return pending;
            }

            return Construction.Run(() => CreateEntry(state.Entry(this, index)), entry => state.Publish(index, entry));
        }
    }

    internal int IndexOf(string id) => State.IndexOf(id);
}

/// <summary>Generated code only: <see cref="DataCatalog"/> typed by the data collection's type.</summary>
/// <typeparam name="T">The data collection's type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class DataCatalog<T> : DataCatalog, IReadOnlyList<T>
    where T : class
{
    /// <inheritdoc/>
    public int Count => State.Count;

    /// <inheritdoc/>
    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return At(index);
        }
    }

    /// <summary>The entry at a position of <c>All</c>: what each generated entry property returns.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The entry.</returns>
    public T At(int index) => (T)AtCore(index);

    /// <summary>The entry with this id (ordinal comparison), or <see langword="null"/>.</summary>
    /// <param name="id">The id to look up.</param>
    /// <returns>The entry, or <see langword="null"/> when no entry has that id.</returns>
    public T? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        int index = IndexOf(id);
        return index >= 0 ? At(index) : null;
    }

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator()
    {
        int count = Count;
        for (int i = 0; i < count; i++)
        {
            yield return At(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Generated: a new entry object from its record (the type's generated constructor).</summary>
    /// <param name="entry">The record.</param>
    /// <returns>The entry.</returns>
    protected abstract T Create(DataEntry entry);

    internal sealed override object CreateEntry(DataEntry entry) => Create(entry);
}

/// <summary>
/// Generated code only: one entry's record, passed to the data collection type's generated
/// constructor, which reads its id and then its typed values.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DataEntry : IContentResolver
{
    private readonly DataCatalog _catalog;
    private readonly byte[] _bytes;
    private readonly int _start;
    private readonly int _length;
    private readonly int _index;

    internal DataEntry(DataCatalog catalog, int index, string id, byte[] bytes, int start, int length)
    {
        _catalog = catalog;
        _index = index;
        Id = id;
        _bytes = bytes;
        _start = start;
        _length = length;
    }

    /// <summary>The entry's id.</summary>
    public string Id { get; }

    /// <summary>
    /// The entry's typed values, in the order of the type's properties. Called first by the
    /// generated constructor: from here on, references that come back to this entry see it.
    /// </summary>
    /// <param name="entry">The object under construction.</param>
    /// <returns>The reader.</returns>
    public ArticleValues Values(object entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Construction.Started(_catalog, -1, _index, entry);
        return new ArticleValues(this, new ReadOnlySpan<byte>(_bytes, _start, _length));
    }

    Article? IContentResolver.Resolve(ArticleRef target) => _catalog.ResolveArticle(target);

    object? IContentResolver.ResolveEntry(int collection, string id) => _catalog.ResolveEntryRef(collection, id);
}

/// <summary>A data collection's decoded payload and the entries created from it.</summary>
internal sealed class DataState
{
    private readonly byte[] _bytes;
    private readonly string[] _ids;
    private readonly int[] _starts;
    private readonly int[] _lengths;
    private readonly object?[] _instances;
    private Dictionary<string, int>? _byId;

    /// <summary>Reads the payload: a count, then for each entry its id and its values' length and bytes.</summary>
    public DataState(byte[] payload)
    {
        _bytes = payload;
        var reader = new PayloadReader(payload);
        int count = reader.Int();
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

    public int Count => _ids.Length;

    public object? Instance(int index) => Volatile.Read(ref _instances[index]);

    public DataEntry Entry(DataCatalog catalog, int index) => new(catalog, index, _ids[index], _bytes, _starts[index], _lengths[index]);

    /// <summary>Makes a complete entry visible to every thread; called under the catalogs' lock.</summary>
    public void Publish(int index, object entry) => Volatile.Write(ref _instances[index], entry);

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
            // Ids are unique per collection (the build reports a duplicate): the first wins.
            byId.TryAdd(_ids[i], i);
        }

        return Interlocked.CompareExchange(ref _byId, byId, null) ?? byId;
    }
}
