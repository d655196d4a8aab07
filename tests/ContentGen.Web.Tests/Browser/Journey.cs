using Microsoft.Playwright;

namespace ContentGen.Web.Tests.Browser;

/// <summary>One reader's visit: a page, and the browser errors seen on it, which fail the journey when it ends.</summary>
public sealed class Journey : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    internal Journey(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.PageError += (_, error) => _errors.Add("script error: " + error);
        page.Console += (_, message) =>
        {
            // Chromium logs "Failed to load resource: ... 404" for the 404 journey's own page;
            // any other console error is a broken page.
            if (message.Type == "error" && !message.Text.Contains("404", StringComparison.Ordinal))
            {
                _errors.Add("console error: " + message.Text);
            }
        };
        page.RequestFailed += (_, request) => _errors.Add("request failed: " + request.Url);
    }

    public IPage Page { get; }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        Assert.Empty(_errors);
    }
}
