using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContentGen.Web.Pages;

/// <summary>
/// An article at /articles/{slug}. A path that names an article's source file (a relative link
/// in Markdown, such as <c>../nigeria-oil-blast.txt</c>) redirects to that article's page; any
/// other unknown path is a 404.
/// </summary>
internal sealed class ArticleModel(Site site) : PageModel
{
    public Article? Article { get; private set; }

    public IActionResult OnGet(string slug)
    {
        Article = Articles.Find(slug);
        if (Article is not null)
        {
            return Page();
        }

        return site.BySourcePath(slug) is { } linked ? RedirectPermanent(Site.UrlOf(linked)) : NotFound();
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
