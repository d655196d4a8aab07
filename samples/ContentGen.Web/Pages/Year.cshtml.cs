using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace ContentGen.Web.Pages;

/// <summary>The articles published in one year, newest first, a page at a time; a year without articles is a 404.</summary>
internal sealed class YearModel(IOptions<SiteOptions> options) : PageModel
{
    public int Year { get; private set; }

    public Paged Paged { get; private set; } = null!;

    public IActionResult OnGet(int year, int? number)
    {
        if (number == 1)
        {
            return RedirectPermanent(Routes.Year(year));
        }

        if (!SiteIndex.Current.ByYear.TryGetValue(year, out string[]? slugs)
            || Paged.Of(slugs, number ?? 1, options.Value.PageSize, n => Routes.Year(year, n)) is not { } paged)
        {
            return NotFound();
        }

        Year = year;
        Paged = paged;
        string title = paged.Number == 1 ? $"Published in {year}" : $"Published in {year}, page {paged.Number}";
        ViewData["Title"] = title;
        ViewData[PageHead.Key] = new PageHead(title, Routes.Year(year, paged.Number)) { Description = $"Articles published in {year}.", Paged = paged };
        return Page();
    }
}
