using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace ContentGen.Web.Pages;

/// <summary>
/// An author's articles (the briefings that name the author, <see cref="Briefing.WithAuthor"/>),
/// newest first, a page at a time; an unknown author or page is a 404. Ids are matched exactly:
/// they are written in the data file as URL segments.
/// </summary>
internal sealed class AuthorModel(IOptions<SiteOptions> options) : PageModel
{
    public Author Author { get; private set; } = null!;

    public Paged Paged { get; private set; } = null!;

    public IActionResult OnGet(string id, int? number)
    {
        if (ContentGen.Web.Author.Find(id) is not { } author)
        {
            return NotFound();
        }

        // One URL per page: page 1 is the author's own URL.
        if (number == 1)
        {
            return RedirectPermanent(Routes.Author(author.Id));
        }

        if (!SiteIndex.Current.ByAuthor.TryGetValue(author.Id, out string[]? slugs)
            || Paged.Of(slugs, number ?? 1, options.Value.PageSize, n => Routes.Author(author.Id, n)) is not { } paged)
        {
            return NotFound();
        }

        Author = author;
        Paged = paged;
        string title = paged.Number == 1 ? author.Name : $"{author.Name}, page {paged.Number}";
        ViewData["Title"] = title;
        ViewData[PageHead.Key] = new PageHead(title, Routes.Author(author.Id, paged.Number)) { Description = $"Articles by {author.Name}.", Paged = paged };
        return Page();
    }
}
