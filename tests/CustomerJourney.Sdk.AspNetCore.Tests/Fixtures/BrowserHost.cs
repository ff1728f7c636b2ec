using Microsoft.Playwright;

namespace CustomerJourney.Fixtures;

/// <summary>
/// The widget sample on a real loopback port and Debian's Chromium, headless, driven by Playwright.
/// Without <c>/usr/bin/chromium</c> every browser test fails saying how to install it (the README's
/// test command, eng/test.sh, does): they are never skipped.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public WidgetHost Host { get; } = WidgetHost.OnKestrel();

    /// <summary>Where the tests save their screenshots (copied into docs/images by hand when they change).</summary>
    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser did not start.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"The browser tests need Debian's Chromium at {ChromiumPath}: run the tests with `bash eng/test.sh` (it installs it), or `apt-get install chromium`.");
        }

        Host.StartServer();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // The machine's network is closed: no background connections, no sandbox as root.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>A fresh page (its own cookies) in a browser whose own zone is far from the agent's, signed in as a demo agent.</summary>
    public async Task<IPage> SignedInPageAsync(string agent)
    {
        IBrowserContext context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.Address.ToString(),
            TimezoneId = "Asia/Tokyo",
            Locale = "en-US",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        IPage page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await page.GotoAsync($"/dev/sign-in?agent={agent}");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Host.DisposeAsync();
    }
}
