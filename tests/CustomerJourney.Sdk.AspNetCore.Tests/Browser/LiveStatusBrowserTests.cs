using CustomerJourney.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CustomerJourney.Browser;

/// <summary>The live chips follow the stream as the server's clock moves, without a reload (R14).</summary>
public sealed class LiveStatusBrowserTests : IAsyncLifetime
{
    // The clock moves here: a host of its own.
    private readonly BrowserHost _browser = new();

    public Task InitializeAsync() => _browser.InitializeAsync();

    public Task DisposeAsync() => _browser.DisposeAsync();

    [Fact]
    public async Task ALiveWebVisit_TurnsIdleThenInactive_ThroughTheStream_WithoutAReload()
    {
        WidgetPage widget = new(await _browser.SignedInPageAsync("agent-a"));
        await widget.LookUpAsync();
        ILocator chip = widget.Interaction("V-1").Locator(".live-chip");
        await Expect(chip).ToHaveAttributeAsync("data-status", "live");
        await widget.Page.EvaluateAsync("() => { window.stillTheSamePage = true; }");
        int navigations = 0;
        widget.Page.FrameNavigated += (_, _) => navigations++;
        // The stream is open once the server has said it is ready; only then does moving the clock reach it.
        await widget.Page.WaitForFunctionAsync("() => document.querySelector('customer-journey').isConnected");
        await Task.Delay(500);

        _browser.Host.Clock.Advance(TimeSpan.FromSeconds(36));
        await Expect(chip).ToHaveAttributeAsync("data-status", "idle");
        await Expect(chip).ToHaveTextAsync("Idle");
        _browser.Host.Clock.Advance(TimeSpan.FromSeconds(15));
        await Expect(chip).ToHaveAttributeAsync("data-status", "inactive");

        Assert.True(await widget.Page.EvaluateAsync<bool>("() => window.stillTheSamePage === true"));
        Assert.Equal(0, navigations);
    }
}
