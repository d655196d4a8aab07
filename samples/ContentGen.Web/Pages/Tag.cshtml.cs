using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace ContentGen.Web.Pages;

/// <summary>The articles with one tag, newest first, a page at a time; an unknown tag is a 404.</summary>
internal sealed class TagModel(IOptions<SiteOptions> options) : PageModel
{
    public string Tag { get; private set; } = string.Empty;

    public Paged Paged { get; private set; } = null!;

    public IActionResult OnGet(string tag, int? number)
    {
        if (number == 1)
        {
            return RedirectPermanent(Routes.Tag(tag));
        }

        if (!SiteIndex.Current.ByTag.TryGetValue(tag, out string[]? slugs)
            || Paged.Of(slugs, number ?? 1, options.Value.PageSize, n => Routes.Tag(tag, n)) is not { } paged)
        {
            return NotFound();
        }

        Tag = tag;
        Paged = paged;
        string title = paged.Number == 1 ? $"Tagged {tag}" : $"Tagged {tag}, page {paged.Number}";
        ViewData["Title"] = title;
        ViewData[PageHead.Key] = new PageHead(title, Routes.Tag(tag, paged.Number)) { Description = $"Articles tagged {tag}.", Paged = paged };
        return Page();
    }
}
