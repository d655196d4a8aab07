using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ContentGen.Web.Tests.Browser;

/// <summary>
/// The site on Kestrel at 127.0.0.1 on a free port, and one headless Chromium, shared by the
/// journeys of a test class and stopped after them. Without a browser, <see cref="Browser"/> is
/// null and <see cref="MissingReason"/> says why; under CI (CI=true) a missing browser fails.
/// </summary>
public class SiteAndBrowser : IAsyncLifetime
{
    /// <summary>The flags every launch uses: no sandbox (containers), nothing that talks to the network.</summary>
    private static readonly string[] LaunchFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    /// <summary>
    /// A journey's bound (its test attribute's Timeout): past it the test fails with xunit's
    /// timeout message instead of holding the run. Far above a journey's few seconds.
    /// </summary>
    public const int JourneyTimeout = 180_000;

    /// <summary>
    /// Each page action's and navigation's bound, above Playwright's 30 s default: under a full
    /// suite on 2 loaded cores (real builds in the other test assembly) one navigation took more.
    /// </summary>
    private const int ActionTimeout = 60_000;

    private readonly WebApplicationFactory<Program> _site;
    private IPlaywright? _playwright;

    public SiteAndBrowser()
        : this(new WebApplicationFactory<Program>())
    {
    }

    /// <summary>The journeys on <paramref name="site"/>: the project with settings of a fixture's own (<see cref="Sites.Configured"/>).</summary>
    protected SiteAndBrowser(WebApplicationFactory<Program> site) => _site = site;

    public Uri Address { get; private set; } = null!;

    public IBrowser? Browser { get; private set; }

    public string MissingReason { get; private set; } = string.Empty;

    /// <summary>Where screenshots go: a folder of the test output, kept after the run.</summary>
    public static string ArtifactsDirectory => Path.Combine(AppContext.BaseDirectory, "artifacts");

    public async Task InitializeAsync()
    {
        Address = await StartSiteAsync();

        // The site's first request compiles its pages: paid here, outside any journey's page timeouts.
        using (var warmUp = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) })
        {
            (await warmUp.GetAsync(new Uri("/", UriKind.Relative))).EnsureSuccessStatusCode();
        }

        (BrowserLocator.Found? found, string reason) = BrowserLocator.Locate();
        if (found is null)
        {
            MissingReason = $"{reason} {BrowserLocator.InstallHint}";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("CI=true and no browser for the browser tests: " + MissingReason);
            }

            return;
        }

        // Retrying assertions (Assertions.Expect) get the actions' bound too, not their 5 s default.
        Assertions.SetDefaultExpectTimeout(ActionTimeout);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = found.ExecutablePath,
            Headless = true,
            Args = LaunchFlags,
            Timeout = ActionTimeout,
        });
    }

    /// <summary>A fresh page in its own context (no cookies or cache shared between journeys); the test is skipped without a browser.</summary>
    public async Task<Journey> StartAsync()
    {
        Skip.If(Browser is null, MissingReason);
        IBrowserContext context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address.ToString() });
        context.SetDefaultTimeout(ActionTimeout);
        context.SetDefaultNavigationTimeout(ActionTimeout);
        return new Journey(context, await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await StopSiteAsync();
    }

    /// <summary>Starts the site and returns its address: here the project, in this process, on Kestrel.</summary>
    protected virtual Task<Uri> StartSiteAsync()
    {
        _site.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _site.StartServer();
        return Task.FromResult(new Uri(_site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()));
    }

    protected virtual async Task StopSiteAsync() => await _site.DisposeAsync();
}
