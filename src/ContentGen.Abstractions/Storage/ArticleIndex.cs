using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

namespace ContentGen.Storage;

/// <summary>
/// Generated code only: every article of the project, collections included, ordered by source
/// path (ordinal): the generated <c>Articles.All</c>, and <c>Articles.Find</c> by slug.
/// </summary>
/// <remarks>
/// Slugs are unique across the project (the build reports a slug served twice), so one slug
/// finds one article whatever its collection. Reading the list creates the articles it reaches,
/// each through its own collection's catalog.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ArticleIndex : IReadOnlyList<Article>, IReloadable
{
    private Entries? _entries;

    /// <summary>Called by generated code only.</summary>
    protected ArticleIndex() => HotReload.Register(this);

    /// <summary>Generated: every article's place (collection, bucket, slot) and slug, in source-path order.</summary>
    /// <returns>The packed payload.</returns>
    protected abstract string Places();

    /// <summary>Generated: the article at a place of any collection of the assembly.</summary>
    /// <param name="collection">The collection's number.</param>
    /// <param name="bucket">The bucket number.</param>
    /// <param name="slot">The slot in the bucket.</param>
    /// <returns>The article, or null when the collection is unknown.</returns>
    protected abstract Article? Resolve(int collection, int bucket, int slot);

    /// <inheritdoc/>
    public int Count => Decoded.Refs.Length;

    /// <inheritdoc/>
    public Article this[int index]
    {
        get
        {
            ArticleRef[] refs = Decoded.Refs;
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, refs.Length);
            return At(refs[index]);
        }
    }

    /// <summary>The article with this slug (ordinal comparison), in any collection, or <see langword="null"/>.</summary>
    /// <param name="slug">The slug to look up.</param>
    /// <returns>The article, or <see langword="null"/>.</returns>
    public Article? Find(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        Entries entries = Decoded;
        return entries.IndexOf(slug) is int index and >= 0 ? At(entries.Refs[index]) : null;
    }

    /// <inheritdoc/>
    public IEnumerator<Article> GetEnumerator()
    {
        ArticleRef[] refs = Decoded.Refs;
        foreach (ArticleRef place in refs)
        {
            yield return At(place);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    void IReloadable.Reset() => Volatile.Write(ref _entries, null);

    private Entries Decoded => Volatile.Read(ref _entries) ?? Interlocked.CompareExchange(ref _entries, new Entries(Payload.Inflate(Places())), null) ?? Volatile.Read(ref _entries)!;

    private Article At(ArticleRef place) =>
        Resolve(place.Collection, place.Bucket, place.Slot) ?? throw new InvalidOperationException("The index of every article names an article that does not exist.");

    private sealed class Entries
    {
        private readonly string[] _slugs;
        private Dictionary<string, int>? _bySlug;

        public Entries(byte[] payload)
        {
            var reader = new PayloadReader(payload);
            int count = reader.Int();
            Refs = new ArticleRef[count];
            _slugs = new string[count];
            for (int i = 0; i < count; i++)
            {
                Refs[i] = ArticleRef.Read(ref reader);
                _slugs[i] = reader.String();
            }
        }

        public ArticleRef[] Refs { get; }

        public int IndexOf(string slug)
        {
            Dictionary<string, int>? bySlug = Volatile.Read(ref _bySlug);
            if (bySlug is null)
            {
                bySlug = new Dictionary<string, int>(_slugs.Length, StringComparer.Ordinal);
                for (int i = 0; i < _slugs.Length; i++)
                {
                    // The first by path wins a slug served twice; the build reports it (CG0008).
                    bySlug.TryAdd(_slugs[i], i);
                }

                bySlug = Interlocked.CompareExchange(ref _bySlug, bySlug, null) ?? bySlug;
            }

            return bySlug.TryGetValue(slug, out int index) ? index : -1;
        }
    }
}
