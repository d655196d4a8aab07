using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContentGen.Web.Pages;

/// <summary>
/// An article at /articles/{slug}; any other path is a 404. Links in Markdown already name pages
/// (ContentGenPageUrl), so a source file's URL is never linked and needs no redirect.
/// </summary>
internal sealed class ArticleModel : PageModel
{
    public Article? Article { get; private set; }

    public IActionResult OnGet(string slug)
    {
        Article = Articles.Find(slug);
        return Article is not null ? Page() : NotFound();
    }

    /// <summary>The article before this one in the home page's order (newer), or null for the first.</summary>
    public Article? Newer => Neighbour(-1);

    /// <summary>The article after this one in the home page's order (older), or null for the last.</summary>
    public Article? Older => Neighbour(+1);

    private Article? Neighbour(int step)
    {
        SiteIndex index = SiteIndex.Current;
        return Article is not null && index.Position.TryGetValue(Article.Slug, out int position)
            && position + step >= 0 && position + step < index.Newest.Count
            ? Articles.Find(index.Newest[position + step])
            : null;
    }

    /// <summary>
    /// The article's HTML without its own level-1 heading when it opens with one (a Markdown
    /// <c># Title</c>): the page shows the title as its one h1.
    /// </summary>
    public static string Body(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        string html = article.Html;
        int end = html.StartsWith("<h1", StringComparison.Ordinal) ? html.IndexOf("</h1>", StringComparison.Ordinal) : -1;
        return end < 0 ? html : html[(end + "</h1>".Length)..].TrimStart();
    }
}
