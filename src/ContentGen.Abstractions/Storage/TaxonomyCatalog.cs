using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;
using ContentGen.Shared;

namespace ContentGen.Storage;

/// <summary>
/// Generated code only: the taxonomies of one collection (<c>Articles.AllTags</c>, or each
/// <see cref="TaxonomyAttribute"/> property's <c>All{Property}</c>), decoded on first use from
/// the payload the generator computed: every term's name, slug and the positions of its articles
/// in the collection's <c>All</c>.
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

    /// <summary>Generated: the list the positions index (the collection's <c>All</c>).</summary>
    protected abstract IReadOnlyList<TArticle> All { get; }

    /// <summary>Generated: one taxonomy's terms.</summary>
    /// <param name="taxonomy">Its number.</param>
    /// <returns>The packed payload.</returns>
    protected abstract string Terms(int taxonomy);

    /// <summary>The payload (<see cref="PayloadFormat"/>, "terms"): each term's name, slug and its articles' positions.</summary>
    /// <summary>
    /// Called by generated code only: <c>Articles.Newest</c>, the articles of <see cref="All"/> in
    /// the order the generator computed, stored after the taxonomies (payload <paramref name="payload"/>:
    /// the count, then each position in <see cref="All"/>). An article is created when it is read.
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
        byte[] bytes = Payload.Inflate(Terms(payload));
        var reader = new PayloadReader(bytes);
        int[] positions = new int[bytes.Length == 0 ? 0 : reader.Int()];
        for (int i = 0; i < positions.Length; i++)
        {
            positions[i] = reader.Int();
        }

        var decoded = new OrderedList<TArticle>(positions, All);
        return Interlocked.CompareExchange(ref _ordered, decoded, null) ?? decoded;
    }

    private Taxonomy<TArticle> Decode(int taxonomy)
    {
        Payload.EnsureFormat(_formatVersion, GetType());
        byte[] bytes = Payload.Inflate(Terms(taxonomy));
        var reader = new PayloadReader(bytes);
        IReadOnlyList<TArticle> all = All;
        var terms = new Term<TArticle>[bytes.Length == 0 ? 0 : reader.Int()];
        for (int t = 0; t < terms.Length; t++)
        {
            string name = reader.String();
            string slug = reader.String();
            terms[t] = new Term<TArticle>(name, slug, Positions.Read(ref reader), all);
        }

        return new Taxonomy<TArticle>(terms);
    }
}
