using System.Globalization;

namespace ContentGen.Web;

/// <summary>
/// The site's URLs, one place for each. The route table (docs/site.md has it with what each page reads):
/// <code>
/// /                          home, newest first          /page/{n}                 its page n (n ≥ 2)
/// /articles/{slug}           an article                   /articles/{path}          an asset of the content folder
/// /tags                      every tag with its count
/// /tags/{slug}               a tag's articles             /tags/{slug}/page/{n}     (another form of the tag: 301 to its slug)
/// /authors                   every author with its count
/// /authors/{id}              an author's articles         /authors/{id}/page/{n}
/// /archive                   every year                   /archive/{year}           a year's articles, /archive/{year}/page/{n}
/// /feed.xml, /sitemap.xml    RSS 2.0, sitemaps.org 0.9    /error/{status}           the page of an error status
/// </code>
/// </summary>
internal static class Routes
{
    public const string Feed = "/feed.xml";
    public const string Sitemap = "/sitemap.xml";
    public const string Archive = "/archive";
    public const string Tags = "/tags";
    public const string Authors = "/authors";

    /// <summary>Page <paramref name="number"/> of an author's articles (an id is a URL segment, checked at compile time; escaped all the same).</summary>
    public static string Author(string id, int number = 1) => Authors + "/" + Uri.EscapeDataString(id) + (number <= 1 ? string.Empty : "/page/" + Number(number));

    /// <summary>Page <paramref name="number"/> of the home page; page 1 is <c>/</c>.</summary>
    public static string Home(int number = 1) => number <= 1 ? "/" : "/page/" + Number(number);

    /// <summary>Page <paramref name="number"/> of the tag whose term has this slug.</summary>
    public static string Tag(string slug, int number = 1) => Site.UrlOfTag(slug) + (number <= 1 ? string.Empty : "/page/" + Number(number));

    /// <summary>Page <paramref name="number"/> of a year.</summary>
    public static string Year(int year, int number = 1) => Archive + "/" + Number(year) + (number <= 1 ? string.Empty : "/page/" + Number(number));

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One page of a list of articles: its items, where it is, and the URLs of its neighbours.</summary>
/// <param name="Items">The articles on this page.</param>
/// <param name="Number">This page's number, from 1.</param>
/// <param name="Count">How many pages the list has.</param>
/// <param name="UrlOf">The URL of page n.</param>
internal sealed record Paged(IReadOnlyList<Article> Items, int Number, int Count, Func<int, string> UrlOf)
{
    /// <summary>The previous page's URL (rel="prev"), or null on the first.</summary>
    public string? Previous => Number > 1 ? UrlOf(Number - 1) : null;

    /// <summary>The next page's URL (rel="next"), or null on the last.</summary>
    public string? Next => Number < Count ? UrlOf(Number + 1) : null;

    /// <summary>Page <paramref name="number"/> of <paramref name="slugs"/> (an empty list has an empty page 1), or null when there is no such page (a 404).</summary>
    public static Paged? Of(IReadOnlyList<string> slugs, int number, int size, Func<int, string> urlOf)
    {
        int count = Math.Max(1, (slugs.Count + size - 1) / size);
        if (number < 1 || number > count)
        {
            return null;
        }

        return new Paged([.. SiteIndex.Load(slugs.Skip((number - 1) * size).Take(size))], number, count, urlOf);
    }
}

/// <summary>What the layout puts in <c>&lt;head&gt;</c> for a page: its canonical URL and Open Graph metadata.</summary>
/// <param name="Title">The page's title (without the site's name).</param>
/// <param name="Path">The page's own root-relative URL: its canonical URL under the configured base URL.</param>
internal sealed record PageHead(string Title, string Path)
{
    public const string Key = nameof(PageHead);

    /// <summary>A summary for <c>description</c> and <c>og:description</c>.</summary>
    public string? Description { get; init; }

    /// <summary>The article the page shows (og:type article, its date and tags), or null for a list (og:type website).</summary>
    public Article? Article { get; init; }

    /// <summary>The list page's neighbours, for rel="prev" and rel="next".</summary>
    public Paged? Paged { get; init; }
}
