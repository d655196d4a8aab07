using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace ContentGen.Web.Pages;

/// <summary>
/// The articles of one tag, newest first, a page at a time, at its term's slug (<see cref="Articles.AllTags"/>).
/// Any other form of the tag (<c>/tags/Nigeria</c>, or a raw tag such as <c>/tags/C%23</c> for
/// <c>csharp</c>: the URLs of the tag pages before typed terms) is a 301 to the slug's page;
/// an unknown tag or page is a 404.
/// </summary>
internal sealed class TagModel(IOptions<SiteOptions> options) : PageModel
{
    public Term<Article> Term { get; private set; } = null!;

    public Paged Paged { get; private set; } = null!;

    public IActionResult OnGet(string tag, int? number)
    {
        if (Articles.AllTags.Find(tag) is not { } term)
        {
            return NotFound();
        }

        // One URL per page: the term's slug, and page 1 is the tag's own URL.
        if (!string.Equals(tag, term.Slug, StringComparison.Ordinal) || number == 1)
        {
            return RedirectPermanent(Routes.Tag(term.Slug, number ?? 1));
        }

        if (!SiteIndex.Current.ByTag.TryGetValue(term.Slug, out string[]? slugs)
            || Paged.Of(slugs, number ?? 1, options.Value.PageSize, n => Routes.Tag(term.Slug, n)) is not { } paged)
        {
            return NotFound();
        }

        Term = term;
        Paged = paged;
        string title = paged.Number == 1 ? $"Tagged {term.Name}" : $"Tagged {term.Name}, page {paged.Number}";
        ViewData["Title"] = title;
        ViewData[PageHead.Key] = new PageHead(title, Routes.Tag(term.Slug, paged.Number)) { Description = $"Articles tagged {term.Name}.", Paged = paged };
        return Page();
    }
}
