using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;
using ContentGen.Shared;

namespace ContentGen.Storage;

/// <summary>
/// Generated code only: the taxonomies of one collection (<c>Articles.AllTags</c>, or each
/// <see cref="TaxonomyAttribute"/> property's <c>All{Property}</c>), decoded on first use from
/// the payload the generator computed: every term's name, slug and the places (collection,
/// bucket, key) of its articles, in the order of the collection's <c>All</c>.
/// </summary>
/// <typeparam name="TArticle">The articles' type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class TaxonomyCatalog<TArticle> : IReloadable
    where TArticle : Article
{
    private readonly int _formatVersion;
    private readonly int _count;
    private Taxonomy<TArticle>?[] _taxonomies;
    private OrderedList<TArticle>? _ordered;

    /// <summary>Called by generated code only.</summary>
    /// <param name="formatVersion">The payload format the generator wrote; checked before anything is read.</param>
    /// <param name="count">How many taxonomies the collection has.</param>
    protected TaxonomyCatalog(int formatVersion, int count)
    {
        _formatVersion = formatVersion;
        _count = count;
        _taxonomies = new Taxonomy<TArticle>?[count];
        HotReload.Register(this);
    }

    void IReloadable.Reset()
    {
        Volatile.Write(ref _taxonomies, new Taxonomy<TArticle>?[_count]);
        Volatile.Write(ref _ordered, null);
    }

    /// <summary>A taxonomy, decoded on first use.</summary>
    /// <param name="taxonomy">Its number.</param>
    /// <returns>The taxonomy.</returns>
    protected Taxonomy<TArticle> Decoded(int taxonomy)
    {
        Taxonomy<TArticle>?[] taxonomies = Volatile.Read(ref _taxonomies);
        return Volatile.Read(ref taxonomies[taxonomy]) ?? Interlocked.CompareExchange(ref taxonomies[taxonomy], Decode(taxonomy), null) ?? taxonomies[taxonomy]!;
    }

    /// <summary>Generated: the article at a place of any collection of the assembly.</summary>
    /// <param name="collection">The collection's number.</param>
    /// <param name="bucket">The bucket number.</param>
    /// <param name="key">The article's key in the bucket.</param>
    /// <returns>The article, or null when the collection is unknown.</returns>
    protected abstract Article? Resolve(int collection, int bucket, int key);

    /// <summary>Generated: one taxonomy's terms, or (after the taxonomies) <c>Articles.Newest</c>'s order, its segments one after another.</summary>
    /// <param name="taxonomy">Its number.</param>
    /// <returns>The packed payload.</returns>
    protected abstract string Terms(int taxonomy);

    /// <summary>
    /// Called by generated code only: <c>Articles.Newest</c>, the articles in the order the
    /// generator computed, stored after the taxonomies (payload <paramref name="payload"/>: in
    /// segments, each its count, then each article's place). An article is created when it is read.
    /// </summary>
    /// <param name="payload">The payload's number: the count of taxonomies.</param>
    /// <returns>The ordered list.</returns>
    protected IReadOnlyList<TArticle> Ordered(int payload)
    {
        if (Volatile.Read(ref _ordered) is { } ordered)
        {
            return ordered;
        }

        Payload.EnsureFormat(_formatVersion, GetType());
        byte[] bytes = Payload.InflateSegments(Terms(payload));

        // Count the segments' entries first: one array, no list to grow.
        var reader = new PayloadReader(bytes);
        int total = 0;
        while (!reader.AtEnd)
        {
            int count = reader.Int();
            total += count;
            for (; count > 0; count--)
            {
                ArticleRef.Read(ref reader);
            }
        }

        var places = new ArticleRef[total];
        reader = new PayloadReader(bytes);
        for (int i = 0; i < total;)
        {
            for (int count = reader.Int(); count > 0; count--, i++)
            {
                places[i] = ArticleRef.Read(ref reader);
            }
        }

        var decoded = new OrderedList<TArticle>(places, this);
        return Interlocked.CompareExchange(ref _ordered, decoded, null) ?? decoded;
    }

    /// <summary>The article at a place, as the generated code resolves it.</summary>
    internal TArticle At(ArticleRef place) =>
        Resolve(place.Collection, place.Bucket, place.Key) as TArticle ?? throw new InvalidOperationException($"The content compiled into '{GetType().Assembly.GetName().Name}' does not read back: a taxonomy names collection {place.Collection}, bucket {place.Bucket}, key {place.Key}, which holds no article of its type. Rebuild the project.");

    /// <summary>The payload (<see cref="PayloadFormat"/>, "terms"): segments, each its count, then each term's name, slug and its articles' places.</summary>
    private Taxonomy<TArticle> Decode(int taxonomy)
    {
        Payload.EnsureFormat(_formatVersion, GetType());
        byte[] bytes = Payload.InflateSegments(Terms(taxonomy));
        var reader = new PayloadReader(bytes);
        var terms = new List<Term<TArticle>>();
        while (!reader.AtEnd)
        {
            for (int count = reader.Int(); count > 0; count--)
            {
                string name = reader.String();
                string slug = reader.String();
                var places = new ArticleRef[reader.Int()];
                for (int i = 0; i < places.Length; i++)
                {
                    places[i] = ArticleRef.Read(ref reader);
                }

                terms.Add(new Term<TArticle>(name, slug, places, this));
            }
        }

        return new Taxonomy<TArticle>([.. terms]);
    }
}
