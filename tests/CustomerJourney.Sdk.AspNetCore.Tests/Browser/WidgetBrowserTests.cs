using CustomerJourney.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CustomerJourney.Browser;

/// <summary>
/// The widget in headless Chromium, as agents use it, on the widget sample over Kestrel: the
/// browser's own zone is Tokyo, the agent's New York. Screenshots of the timeline, grid and
/// details views are saved for docs/widget.md.
/// </summary>
public class WidgetBrowserTests(BrowserHost browser) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Timeline_ShowsTheRightDatesInTheAgentsZone_OlderDatesOnDemand()
    {
        WidgetPage widget = new(await browser.SignedInPageAsync("agent-a"));
        await widget.LookUpAsync();

        // C-1 is at 03:30 UTC on the 14th, 12:30 on the 14th in Tokyo: in New York it is 22:30 on the 13th.
        Assert.Equal(["2026-11-13", "2026-11-14", "2026-11-15"], await widget.DatesAsync());
        await Expect(widget.Interaction("C-1").Locator("time.time")).ToHaveTextAsync("22:30");
        await Expect(widget.Interaction("C-1")).ToHaveAttributeAsync("data-date", "2026-11-13");
        await widget.ScreenshotAsync("timeline");

        await widget.Widget.GetByRole(AriaRole.Button, new() { Name = "Older dates" }).ClickAsync();
        await Expect(widget.Days).ToHaveCountAsync(5);

        Assert.Equal(["2026-06-01", "2026-10-02", "2026-11-13", "2026-11-14", "2026-11-15"], await widget.DatesAsync());
        await Expect(widget.Widget.GetByRole(AriaRole.Button, new() { Name = "Older dates" })).ToBeHiddenAsync();
    }

    [Fact]
    public async Task CampaignThenChannel_NarrowTheTimeline_AndTheCountsMatchWhatIsShown()
    {
        WidgetPage widget = new(await browser.SignedInPageAsync("agent-a"));
        await widget.LookUpAsync();

        ILocator campaign = widget.Widget.Locator("select[name=campaign]");
        await Expect(campaign.Locator("option[value='CMP-7']")).ToHaveTextAsync("Winter Renewals (2)");
        await campaign.SelectOptionAsync("CMP-7");
        await Expect(widget.Interactions).ToHaveCountAsync(2);
        Assert.Equal(["C-1", "C-2"], await widget.IdsAsync());

        ILocator channel = widget.Widget.Locator("select[name=channel]");
        await Expect(channel.Locator("option[value='sms']")).ToContainTextAsync("(1)");
        await channel.SelectOptionAsync("sms");
        await Expect(widget.Interactions).ToHaveCountAsync(1);
        Assert.Equal(["C-2"], await widget.IdsAsync());
    }

    [Fact]
    public async Task PeriodAndFreeSearch_NarrowTheTimeline()
    {
        WidgetPage widget = new(await browser.SignedInPageAsync("agent-a"));
        await widget.LookUpAsync();

        await widget.Widget.Locator("input[name=search]").FillAsync("débito");
        await widget.Widget.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(widget.Interactions).ToHaveCountAsync(1);
        Assert.Equal(["C-4"], await widget.IdsAsync());

        await widget.Widget.Locator("input[name=search]").FillAsync("");
        await widget.Widget.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await widget.Widget.Locator("select[name=period]").SelectOptionAsync("3");
        await widget.Widget.GetByRole(AriaRole.Button, new() { Name = "Older dates" }).ClickAsync();
        await widget.SettledAsync();

        // Three months back from 15 November: the October call is in, the June text is not.
        Assert.Contains("2026-10-02", await widget.DatesAsync());
        Assert.DoesNotContain("2026-06-01", await widget.DatesAsync());
    }

    [Fact]
    public async Task Grid_SortsByAColumn_BothWays()
    {
        WidgetPage widget = new(await browser.SignedInPageAsync("agent-a"));
        await widget.LookUpAsync();
        await widget.Widget.GetByRole(AriaRole.Button, new() { Name = "Grid" }).ClickAsync();
        await Expect(widget.Rows).ToHaveCountAsync(6);

        ILocator agentHeader = widget.Widget.Locator("th[data-column=agentName]");
        await agentHeader.Locator("button.sort").ClickAsync();
        await Expect(agentHeader).ToHaveAttributeAsync("aria-sort", "ascending");
        string[] ascending = await widget.RowIdsAsync();
        await agentHeader.Locator("button.sort").ClickAsync();
        await Expect(agentHeader).ToHaveAttributeAsync("aria-sort", "descending");
        string[] descending = await widget.RowIdsAsync();

        // Chloé Martin (C-2) first going up; Zoë Ağaoğlu (C-5) first going down; the visit without an agent last both ways.
        Assert.Equal("C-2", ascending[0]);
        Assert.Equal("C-5", descending[0]);
        Assert.Equal("V-1", ascending[^1]);
        Assert.Equal("V-1", descending[^1]);
        await widget.ScreenshotAsync("grid");
    }

    [Fact]
    public async Task Details_NextAndPrevious_StayInsideTheDate()
    {
        WidgetPage widget = new(await browser.SignedInPageAsync("agent-a"));
        await widget.LookUpAsync();

        await widget.Interaction("C-2").ClickAsync();
        await Expect(widget.Details.Locator(".details-position")).ToHaveTextAsync("1 of 2");
        await Expect(widget.Details.Locator("[data-nav=previous]")).ToBeDisabledAsync();
        await widget.ScreenshotAsync("details");

        await widget.Details.Locator("[data-nav=next]").ClickAsync();
        await Expect(widget.Details.Locator(".details-position")).ToHaveTextAsync("2 of 2");
        await Expect(widget.Details).ToContainTextAsync("Asked about débito automático");
        await Expect(widget.Details.Locator("[data-nav=next]")).ToBeDisabledAsync();

        await widget.Details.Locator("[data-nav=previous]").ClickAsync();
        await Expect(widget.Details.Locator(".details-position")).ToHaveTextAsync("1 of 2");
        await Expect(widget.Details).ToContainTextAsync("Renewed");
    }

    [Fact]
    public async Task AFailedInteraction_HasItsRedDot_AndSoDoesItsDate()
    {
        WidgetPage widget = new(await browser.SignedInPageAsync("agent-a"));
        await widget.LookUpAsync();

        await Expect(widget.Interaction("C-1").Locator(".failure-dot")).ToBeVisibleAsync();
        await Expect(widget.Interaction("C-2").Locator(".failure-dot")).ToHaveCountAsync(0);
        await Expect(widget.Widget.Locator("li.day[data-date='2026-11-13'] .day-header .failure-dot")).ToBeVisibleAsync();
        await Expect(widget.Widget.Locator("li.day[data-date='2026-11-14'] .day-header .failure-dot")).ToHaveCountAsync(0);
        await Expect(widget.Interaction("C-1")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("failed"));
    }

    [Fact]
    public async Task AgentB_NeverSeesAgentAsDivisions()
    {
        WidgetPage widget = new(await browser.SignedInPageAsync("agent-b"));
        await widget.LookUpAsync();

        Assert.Equal(["C-7", "C-3", "C-4"], await widget.IdsAsync());
        string shown = await widget.Widget.EvaluateAsync<string>("e => e.shadowRoot.textContent");
        Assert.DoesNotContain("Winter Renewals", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Spring Offers", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Web visit", shown, StringComparison.Ordinal);
        await Expect(widget.Widget.Locator("select[name=campaign] option[value='CMP-7']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ADeadSource_ShowsItsBanner_WhileTheRestRenders()
    {
        WidgetPage widget = new(await browser.SignedInPageAsync("agent-a"));
        await widget.LookUpAsync();

        ILocator banner = widget.Widget.Locator(".source-banner[data-source=DataCloud]");
        await Expect(banner).ToBeVisibleAsync();
        await Expect(banner).ToContainTextAsync("DataCloud");
        await Expect(banner).ToHaveAttributeAsync("data-status", "failed");
        await Expect(widget.Widget.Locator(".source-banner[data-source=Memory]")).ToHaveCountAsync(0);
        await Expect(widget.Interactions).ToHaveCountAsync(4);
    }

    [Fact]
    public async Task TheWholeWidget_CanBeDrivenByKeyboardAlone()
    {
        WidgetPage widget = new(await browser.SignedInPageAsync("agent-a"));
        IKeyboard keyboard = widget.Page.Keyboard;

        // The call arrives: the number typed, the lookup asked for, all from the keyboard.
        await widget.TabToAsync("who");
        await keyboard.PressAsync("Control+A");
        await keyboard.TypeAsync(Journeys.Phone);
        await keyboard.PressAsync("Enter");
        await Expect(widget.Widget.Locator(".main")).ToHaveAttributeAsync("data-state", "ready");

        // A campaign picked from its dropdown with the arrow keys.
        await widget.TabToAsync("campaign");
        await widget.Widget.Locator("select[name=campaign]").PressAsync("ArrowDown");
        await widget.SettledAsync();
        string picked = await widget.Widget.Locator("select[name=campaign]").InputValueAsync();
        Assert.NotEqual("", picked);
        await keyboard.PressAsync("Home");
        await widget.SettledAsync();

        // An interaction opened, the next of its date, then closed with Escape: the focus comes back.
        await widget.TabToAsync("C-2");
        await keyboard.PressAsync("Enter");
        await Expect(widget.Details.Locator(".details-position")).ToHaveTextAsync("1 of 2");
        await widget.TabToAsync("next");
        await keyboard.PressAsync("Enter");
        await Expect(widget.Details.Locator(".details-position")).ToHaveTextAsync("2 of 2");
        await keyboard.PressAsync("Escape");
        await Expect(widget.Details).ToBeHiddenAsync();
        Assert.Equal("C-2", await widget.FocusedAsync());

        // The grid, sorted from its header.
        await widget.TabToAsync("grid");
        await keyboard.PressAsync("Enter");
        await Expect(widget.Rows).ToHaveCountAsync(6);
        await widget.TabToAsync("outcome");
        await keyboard.PressAsync("Enter");
        await Expect(widget.Widget.Locator("th[data-column=outcome]")).ToHaveAttributeAsync("aria-sort", "ascending");
    }
}
