using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace ContentGen.Web.Pages;

/// <summary>The home page, newest first, a page at a time: / and /page/{n}.</summary>
internal sealed class IndexModel(IOptions<SiteOptions> options) : PageModel
{
    public Paged Paged { get; private set; } = null!;

    public IActionResult OnGet(int? number)
    {
        // One URL per page: /page/1 is the home page.
        if (number == 1)
        {
            return RedirectPermanent(Routes.Home());
        }

        if (Paged.Of(SiteIndex.Current.Newest, number ?? 1, options.Value.PageSize, n => Routes.Home(n)) is not { } paged)
        {
            return NotFound();
        }

        Paged = paged;
        string title = paged.Number == 1 ? "Latest news" : $"Latest news, page {paged.Number}";
        ViewData["Title"] = title;
        ViewData[PageHead.Key] = new PageHead(title, Routes.Home(paged.Number)) { Description = "The latest articles of ContentGen News.", Paged = paged };
        return Page();
    }
}
