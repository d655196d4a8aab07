using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;
using ContentGen.Shared;

namespace ContentGen.Storage;

/// <summary>
/// Generated code only: every article of the project, collections included, ordered by source
/// path (ordinal): the generated <c>Articles.All</c>, and <c>Articles.Find</c> by slug.
/// </summary>
/// <remarks>
/// Slugs are unique across the project (the build reports a slug served twice, CG0008), so one
/// slug finds one article whatever its collection. Reading the list creates the articles it
/// reaches, each through its own collection's catalog.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ArticleIndex : IReadOnlyList<Article>, IReloadable
{
    private readonly int _formatVersion;
    private PlaceTable? _places;

    /// <summary>Called by generated code only.</summary>
    /// <param name="formatVersion">The payload format the generator wrote; checked before anything is read.</param>
    protected ArticleIndex(int formatVersion)
    {
        _formatVersion = formatVersion;
        HotReload.Register(this);
    }

    int IReadOnlyCollection<Article>.Count => Decoded.Refs.Length;

    Article IReadOnlyList<Article>.this[int index]
    {
        get
        {
            ArticleRef[] refs = Decoded.Refs;
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, refs.Length);
            return At(refs[index]);
        }
    }

    private PlaceTable Decoded
    {
        get
        {
            if (Volatile.Read(ref _places) is { } places)
            {
                return places;
            }

            Payload.EnsureFormat(_formatVersion, GetType());
            var decoded = new PlaceTable(Payload.InflateSegments(Places()));
            return Interlocked.CompareExchange(ref _places, decoded, null) ?? decoded;
        }
    }

    IEnumerator<Article> IEnumerable<Article>.GetEnumerator()
    {
        ArticleRef[] refs = Decoded.Refs;
        foreach (ArticleRef place in refs)
        {
            yield return At(place);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<Article>)this).GetEnumerator();

    void IReloadable.Reset() => Volatile.Write(ref _places, null);

    /// <summary>The article with this slug (ordinal comparison), in any collection, or <see langword="null"/>.</summary>
    /// <param name="slug">The slug to look up.</param>
    /// <returns>The article, or <see langword="null"/>.</returns>
    protected Article? Find(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        for (int attempt = 0; ; attempt++)
        {
            PlaceTable places = Decoded;
            int index = places.IndexOf(slug);
            if (index < 0)
            {
                return null;
            }

            // Found before: one array read (what keeps Find within the catalog's own ~25 ns).
            if (Volatile.Read(ref places.Articles[index]) is { } known)
            {
                return known;
            }

            Article article = At(places.Refs[index]);
            if (string.Equals(article.Slug, slug, StringComparison.Ordinal))
            {
                Volatile.Write(ref places.Articles[index], article);
                return article;
            }

            if (attempt > 0)
            {
                return article;
            }

            // The places and the collection disagree: a hot reload changed the payloads and its handler has not run yet.
            Interlocked.CompareExchange(ref _places, null, places);
        }
    }

    /// <summary>Generated: every article's place (collection, bucket, key) and slug, in source-path order.</summary>
    /// <returns>The packed payload.</returns>
    protected abstract string Places();

    /// <summary>Generated: the article at a place of any collection of the assembly.</summary>
    /// <param name="collection">The collection's number.</param>
    /// <param name="bucket">The bucket number.</param>
    /// <param name="key">The article's key in the bucket.</param>
    /// <returns>The article, or null when the collection is unknown.</returns>
    protected abstract Article? Resolve(int collection, int bucket, int key);

    private Article At(ArticleRef place) =>
        Resolve(place.Collection, place.Bucket, place.Key) ?? throw new InvalidOperationException($"The content compiled into '{GetType().Assembly.GetName().Name}' does not read back: the index of every article names collection {place.Collection}, which does not exist. Rebuild the project.");

    /// <summary>The decoded payload (<see cref="PayloadFormat"/>, "places"): each article's place, and its slug for <c>Find</c>.</summary>
    private sealed class PlaceTable
    {
        private readonly string[] _slugs;
        private Dictionary<string, int>? _bySlug;

        public PlaceTable(byte[] payload)
        {
            // Segments one after another, each its count and its entries.
            var reader = new PayloadReader(payload);
            var refs = new List<ArticleRef>();
            var slugs = new List<string>();
            while (!reader.AtEnd)
            {
                for (int count = reader.Int(); count > 0; count--)
                {
                    refs.Add(ArticleRef.Read(ref reader));
                    slugs.Add(reader.String());
                }
            }

            Refs = [.. refs];
            Articles = new Article?[Refs.Length];
            _slugs = [.. slugs];
        }

        public ArticleRef[] Refs { get; }

        /// <summary>The article of each place once <c>Find</c> has returned it: this table is replaced on a hot reload, and the cache with it.</summary>
        public Article?[] Articles { get; }

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
