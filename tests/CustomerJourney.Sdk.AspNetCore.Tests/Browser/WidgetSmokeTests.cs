using CustomerJourney.Fixtures;
using Microsoft.Playwright;

namespace CustomerJourney.Browser;

public class WidgetSmokeTests(BrowserHost browser) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Smoke()
    {
        IPage page = await browser.SignedInPageAsync("agent-a");
        await page.GetByRole(AriaRole.Button, new() { Name = "Look up" }).ClickAsync();
        await page.Locator("customer-journey [data-id='C-2']").WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.Screenshots, "smoke.png"), FullPage = true });
    }
}
