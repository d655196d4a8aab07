using System.Collections.Frozen;

namespace ContentGen.Web;

/// <summary>
/// The orders and groups every list page needs (newest first, by tag, by author, by year), as slugs, built
/// once per <see cref="ContentVersion.Generation"/> instead of sorting every article on every
/// request. It holds slugs, never articles: pages find their articles through the generated
/// <see cref="Articles"/>, so a hot reload shows on the next request. Tags are the generated
/// taxonomy's terms (<see cref="Articles.AllTags"/>), keyed by their slugs.
/// </summary>
internal sealed class SiteIndex
{
    private static readonly Lock Gate = new();
    private static SiteIndex? _current;

    private SiteIndex(int generation)
    {
        Generation = generation;
        Article[] newest = [.. Articles.All
            .OrderByDescending(a => a.Metadata.Published)
            .ThenBy(a => a.Title, StringComparer.Ordinal)
            .ThenBy(a => a.Slug, StringComparer.Ordinal)];
        Newest = [.. newest.Select(a => a.Slug)];
        Position = Newest.Select((slug, i) => KeyValuePair.Create(slug, i)).ToFrozenDictionary(StringComparer.Ordinal);
        // A term lists its articles in Articles.All order (by source path); a tag page is a list
        // like the home page, so it shows them in the home page's order.
        FrozenDictionary<string, int> position = Position;
        ByTag = Articles.AllTags.ToFrozenDictionary(
            term => term.Slug,
            term => term.Articles.Select(a => a.Slug).OrderBy(slug => position[slug]).ToArray(),
            StringComparer.Ordinal);
        Tags = [.. Articles.AllTags.Select(term => term.Slug)];
        // The backward lookup lists an author's briefings in Briefing.All order; shown newest first like every list.
        ByAuthor = Author.All.ToFrozenDictionary(
            author => author.Id,
            author => Briefing.WithAuthor(author).Select(b => b.Slug).OrderBy(slug => position[slug]).ToArray(),
            StringComparer.Ordinal);
        ByYear = newest
            .Where(a => a.Metadata.Published is not null)
            .GroupBy(a => a.Metadata.Published!.Value.Year, a => a.Slug)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray());
        Years = [.. ByYear.Keys.OrderDescending()];
    }

    /// <summary>The index of the content being served now.</summary>
    public static SiteIndex Current
    {
        get
        {
            int generation = ContentVersion.Generation;
            SiteIndex? current = Volatile.Read(ref _current);
            if (current?.Generation == generation)
            {
                return current;
            }

            lock (Gate)
            {
                if (_current?.Generation != generation)
                {
                    Volatile.Write(ref _current, new SiteIndex(generation));
                }

                return _current!;
            }
        }
    }

    public int Generation { get; }

    /// <summary>Every article's slug, newest first: by date (undated last), then title.</summary>
    public IReadOnlyList<string> Newest { get; }

    /// <summary>Where each slug is in <see cref="Newest"/>.</summary>
    public FrozenDictionary<string, int> Position { get; }

    /// <summary>Each tag's articles, newest first, by the term's slug.</summary>
    public FrozenDictionary<string, string[]> ByTag { get; }

    /// <summary>Every tag's slug, in the taxonomy's order (by name, ignoring case).</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Each author's articles (the briefings that name the author), newest first, by the author's id.</summary>
    public FrozenDictionary<string, string[]> ByAuthor { get; }

    /// <summary>Each year's dated articles, newest first.</summary>
    public FrozenDictionary<int, string[]> ByYear { get; }

    /// <summary>Every year with a dated article, newest first.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>
    /// The tags of <paramref name="article"/> as terms, once each, in the order written: a variant
    /// spelling (<c>DotNet</c> for <c>dotnet</c>) is its term, so every link goes to the term's page.
    /// </summary>
    public static IEnumerable<Term<Article>> TagsOf(Article article) =>
        article.Metadata.Tags.Select(tag => Articles.AllTags.Find(tag)).OfType<Term<Article>>().DistinctBy(term => term.Slug, StringComparer.Ordinal);

    /// <summary>The articles of slugs taken from this index.</summary>
    public static IEnumerable<Article> Load(IEnumerable<string> slugs) => slugs.Select(slug => Articles.Find(slug)).OfType<Article>();
}
