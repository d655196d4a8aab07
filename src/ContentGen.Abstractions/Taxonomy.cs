using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Threading;

namespace ContentGen;

/// <summary>
/// Every term of a taxonomy (<c>Articles.AllTags</c>, or a <see cref="TaxonomyAttribute"/>
/// property's <c>All{Property}</c>), ordered by name (ordinal, ignoring case), each with its
/// articles; computed at compile time.
/// </summary>
/// <typeparam name="TArticle">The articles' type: <see cref="Article"/>, or a collection type.</typeparam>
public sealed class Taxonomy<TArticle> : IReadOnlyList<Term<TArticle>>
    where TArticle : Article
{
    private readonly Term<TArticle>[] _terms;
    private Dictionary<string, Term<TArticle>>? _byName;

    internal Taxonomy(Term<TArticle>[] terms) => _terms = terms;

    /// <inheritdoc/>
    public int Count => _terms.Length;

    /// <inheritdoc/>
    public Term<TArticle> this[int index] => _terms[index];

    /// <summary>
    /// The term with this slug (ordinal), else the term written this way in any of its forms
    /// (compared ignoring case, white space, <c>-</c>, <c>_</c> and <c>.</c>: <c>dot-net</c> finds
    /// <c>DotNet</c>), or <see langword="null"/>.
    /// </summary>
    /// <param name="nameOrSlug">A term's slug or name.</param>
    /// <returns>The term, or <see langword="null"/>.</returns>
    public Term<TArticle>? Find(string nameOrSlug)
    {
        ArgumentNullException.ThrowIfNull(nameOrSlug);
        Dictionary<string, Term<TArticle>> byName = Volatile.Read(ref _byName) ?? Build();
        return byName.TryGetValue(nameOrSlug, out Term<TArticle>? bySlug) ? bySlug
            : byName.TryGetValue("\0" + Shared.TermKey.Of(nameOrSlug), out Term<TArticle>? byKey) ? byKey
            : null;
    }

    /// <inheritdoc/>
    public IEnumerator<Term<TArticle>> GetEnumerator() => ((IEnumerable<Term<TArticle>>)_terms).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _terms.GetEnumerator();

    /// <summary>Slugs as they are, names by their key behind a NUL (which neither holds), in one dictionary.</summary>
    private Dictionary<string, Term<TArticle>> Build()
    {
        var byName = new Dictionary<string, Term<TArticle>>(_terms.Length * 2, StringComparer.Ordinal);
        foreach (Term<TArticle> term in _terms)
        {
            byName.TryAdd(term.Slug, term);
            byName.TryAdd("\0" + Shared.TermKey.Of(term.Name), term);
        }

        return Interlocked.CompareExchange(ref _byName, byName, null) ?? byName;
    }
}

/// <summary>One term of a <see cref="Taxonomy{TArticle}"/>: its name, slug and articles.</summary>
/// <typeparam name="TArticle">The articles' type.</typeparam>
public sealed class Term<TArticle>
    where TArticle : Article
{
    private readonly Storage.ArticleRef[] _places;
    private readonly Storage.TaxonomyCatalog<TArticle> _catalog;
    private ReadOnlyCollection<TArticle>? _articles;

    internal Term(string name, string slug, Storage.ArticleRef[] places, Storage.TaxonomyCatalog<TArticle> catalog)
    {
        Name = name;
        Slug = slug;
        _places = places;
        _catalog = catalog;
    }

    /// <summary>
    /// The term as written: for free terms, its most used form; for an enum, the member's name;
    /// for a data collection, the entry's id.
    /// </summary>
    public string Name { get; }

    /// <summary>The term as a lower-case URL segment (docs/format.md, "Taxonomies"): <c>dotnet</c>, <c>csharp</c>, <c>world-news</c>.</summary>
    public string Slug { get; }

    /// <summary>How many articles have the term.</summary>
    public int Count => _places.Length;

    /// <summary>The articles that have the term, in the order of their collection's <c>All</c>; reading it creates them.</summary>
    public IReadOnlyList<TArticle> Articles
    {
        get
        {
            ReadOnlyCollection<TArticle>? articles = Volatile.Read(ref _articles);
            if (articles is null)
            {
                var read = new TArticle[_places.Length];
                for (int i = 0; i < read.Length; i++)
                {
                    read[i] = _catalog.At(_places[i]);
                }

                articles = Array.AsReadOnly(read);
                articles = Interlocked.CompareExchange(ref _articles, articles, null) ?? articles;
            }

            return articles;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
