using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using System.Threading;

namespace ContentGen;

/// <summary>Generated code only: returns the UTF-8 bytes of a compile-time constant.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ReadOnlySpan<byte> Utf8Constant();

/// <summary>
/// The list behind a generated <c>All</c> and <c>Find</c>: an article is created only when it is
/// first read, and the slug index is built only on the first <see cref="Find"/>.
/// </summary>
/// <typeparam name="T">The article type of the collection.</typeparam>
/// <remarks>
/// Nothing here touches every article up front: the generated code hands over a factory by index
/// and the slugs as one UTF-8 constant, so startup pays for neither the text nor the objects.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArticleCatalog<T> : IReadOnlyList<T>
    where T : Article
{
    private readonly T?[] _items;
    private readonly Func<int, T> _create;
    private readonly Utf8Constant _slugs;
    private Dictionary<string, int>? _bySlug;

    /// <summary>Called by generated code only.</summary>
    /// <param name="count">How many articles the collection has.</param>
    /// <param name="create">Returns the article at an index (ordered by source path).</param>
    /// <param name="slugs">Every slug in the same order, each followed by a line feed.</param>
    public ArticleCatalog(int count, Func<int, T> create, Utf8Constant slugs)
    {
        _items = new T?[count];
        _create = create;
        _slugs = slugs;
    }

    /// <inheritdoc/>
    public int Count => _items.Length;

    /// <inheritdoc/>
    public T this[int index]
    {
        get
        {
            // The factory returns each article's singleton, so a race stores the same object twice.
            return _items[index] ?? (_items[index] = _create(index));
        }
    }

    /// <summary>The article with this slug (ordinal comparison), or <see langword="null"/>.</summary>
    /// <param name="slug">The slug to look up.</param>
    /// <returns>The article, or <see langword="null"/> when no article has that slug.</returns>
    public T? Find(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        Dictionary<string, int> bySlug = Volatile.Read(ref _bySlug) ?? BuildIndex();
        return bySlug.TryGetValue(slug, out int index) ? this[index] : null;
    }

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator()
    {
        for (int i = 0; i < _items.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Dictionary<string, int> BuildIndex()
    {
        var bySlug = new Dictionary<string, int>(_items.Length, StringComparer.Ordinal);
        string all = Encoding.UTF8.GetString(_slugs());
        int start = 0;
        for (int i = 0; i < _items.Length; i++)
        {
            int end = all.IndexOf('\n', start);
            // The first file wins a duplicate slug; the build reports the duplicate as CG0008.
            bySlug.TryAdd(all.Substring(start, end - start), i);
            start = end + 1;
        }

        Interlocked.CompareExchange(ref _bySlug, bySlug, null);
        return _bySlug;
    }
}
