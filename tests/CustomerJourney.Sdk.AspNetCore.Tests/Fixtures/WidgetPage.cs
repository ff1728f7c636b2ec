using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CustomerJourney.Fixtures;

/// <summary>The widget sample's page as an agent uses it: a number typed, a direction picked, the journey read in the element.</summary>
internal sealed class WidgetPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Widget => Page.Locator("customer-journey");

    public ILocator Days => Widget.Locator("li.day");

    public ILocator Interactions => Widget.Locator("button.interaction");

    public ILocator Interaction(string id) => Widget.Locator($"button.interaction[data-id='{id}']");

    public ILocator Rows => Widget.Locator("tr.row");

    public ILocator Details => Widget.Locator("section.details");

    public async Task LookUpAsync(string who = Journeys.Phone, string direction = "inbound")
    {
        await Page.GetByLabel("Phone number or e-mail").FillAsync(who);
        await Page.Locator("form#call select[name=direction]").SelectOptionAsync(direction);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Look up" }).ClickAsync();
        await Expect(Widget.Locator(".main")).ToHaveAttributeAsync("data-state", "ready");
    }

    public async Task<string[]> DatesAsync() => [.. await Days.EvaluateAllAsync<string[]>("days => days.map(d => d.dataset.date)")];

    public async Task<string[]> IdsAsync() => [.. await Interactions.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.id)")];

    public async Task<string[]> RowIdsAsync() => [.. await Rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)")];

    /// <summary>Waits until the element has answered its last request.</summary>
    public Task SettledAsync() => Expect(Widget.Locator(".main")).ToHaveAttributeAsync("aria-busy", "false");

    /// <summary>Saves a screenshot of the element for docs/widget.md.</summary>
    public Task ScreenshotAsync(string name) =>
        Widget.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.Screenshots, name + ".png") });

    /// <summary>What has the keyboard focus, through the element's shadow root: a name, a data-id, or the text.</summary>
    public Task<string> FocusedAsync() => Page.EvaluateAsync<string>("""
        () => {
          let a = document.activeElement;
          while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
          if (!a) return '';
          return a.getAttribute('name') || (a.dataset && (a.dataset.id || a.dataset.nav || a.dataset.column || a.dataset.view)) || a.textContent.trim();
        }
        """);

    /// <summary>Presses Tab until <paramref name="target"/> has the focus (at most 60 times).</summary>
    public async Task TabToAsync(string target)
    {
        for (int i = 0; i < 60; i++)
        {
            if (await FocusedAsync() == target)
            {
                return;
            }

            await Page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached '{target}'; the focus is on '{await FocusedAsync()}'.");
    }
}
