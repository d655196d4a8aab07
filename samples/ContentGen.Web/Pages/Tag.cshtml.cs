using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContentGen.Web.Pages;

/// <summary>The articles with one tag, newest first; an unknown tag is a 404.</summary>
internal sealed class TagModel : PageModel
{
    public string Tag { get; private set; } = string.Empty;

    public IReadOnlyList<Article> Tagged { get; private set; } = [];

    public IActionResult OnGet(string tag)
    {
        Tag = tag;
        Tagged = [.. Site.Newest.Where(a => a.Metadata.Tags.Contains(tag, StringComparer.Ordinal))];
        return Tagged.Count == 0 ? NotFound() : Page();
    }
}
