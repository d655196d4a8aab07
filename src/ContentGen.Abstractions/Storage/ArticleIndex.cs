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

        // Found before: one lookup and one array read.
        if (Volatile.Read(ref _places) is { } decoded)
        {
            int position = decoded.IndexOf(slug);
            if (position < 0)
            {
                return null;
            }

            if (Volatile.Read(ref decoded.Articles[position]) is { } found)
            {
                return found;
            }
        }

        return FindCore(slug);
    }

    private Article? FindCore(string slug)
    {
        for (int attempt = 0; ; attempt++)
        {
            PlaceTable places = Decoded;
            int index = places.IndexOf(slug);
            if (index < 0)
            {
                return null;
            }

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

            // The places and the collection disagree: a hot reload changed the payloads and its
            // handler has not run yet. Both start again from the payloads as they are now, as
            // often as a catalog does (ArticleCatalog.ReloadRetries), before the content is called corrupt.
            if (attempt == ArticleCatalog.ReloadRetries)
            {
                throw new InvalidOperationException($"The content compiled into '{GetType().Assembly.GetName().Name}' does not read back: the index of every article places '{slug}' where its collection holds '{article.Slug}'. Rebuild the project; if it persists, report it with the content that caused it.");
            }

            Interlocked.CompareExchange(ref _places, null, places);
            article.InvalidateState();
            ArticleCatalog.BeforeRetry(attempt);
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

    /// <summary>
    /// The decoded payload (<see cref="PayloadFormat"/>, "places"): each article's place, and where
    /// its slug is. The slugs are decoded by the first <c>Find</c>: reading <c>All</c> or
    /// <c>Newest</c> needs the places only (10,000 strings fewer on a home page's first request).
    /// </summary>
    private sealed class PlaceTable
    {
        private readonly byte[] _payload;
        private readonly int[] _slugAt;
        private SlugTable? _bySlug;

        public PlaceTable(byte[] payload)
        {
            _payload = payload;

            // Segments one after another, each its count and its entries: count them first.
            var reader = new PayloadReader(payload);
            int places = 0;
            while (!reader.AtEnd)
            {
                int count = reader.Int();
                places += count;
                for (; count > 0; count--)
                {
                    ArticleRef.Read(ref reader);
                    reader.SkipString();
                }
            }

            Refs = new ArticleRef[places];
            Articles = new Article?[places];
            _slugAt = new int[places];
            reader = new PayloadReader(payload);
            for (int i = 0; i < places;)
            {
                for (int count = reader.Int(); count > 0; count--, i++)
                {
                    Refs[i] = ArticleRef.Read(ref reader);
                    _slugAt[i] = reader.Position;
                    reader.SkipString();
                }
            }
        }

        public ArticleRef[] Refs { get; }

        /// <summary>The article of each place once <c>Find</c> has returned it: this table is replaced on a hot reload, and the cache with it.</summary>
        public Article?[] Articles { get; }

        public int IndexOf(string slug) => (Volatile.Read(ref _bySlug) ?? BySlug()).Find(slug);

        private SlugTable BySlug()
        {
            var bySlug = SlugTable.Of(_payload, _slugAt);
            return Interlocked.CompareExchange(ref _bySlug, bySlug, null) ?? bySlug;
        }
    }
}
