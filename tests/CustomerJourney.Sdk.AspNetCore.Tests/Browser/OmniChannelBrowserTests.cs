using System.Text.RegularExpressions;
using CustomerJourney.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CustomerJourney.Browser;

/// <summary>
/// The omni-channel journey in the widget (issue 15), in headless Chromium: the customer's path as
/// episodes, and in the details the self-service flow, the marketing that brought them, survey
/// answers and recordings, played through the endpoint's redirect from a recording system on the
/// test host's own port. Screenshots of the path and of such details are saved for docs/widget.md.
/// </summary>
public class OmniChannelBrowserTests(BrowserHost browser) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Details_ShowTheSurveyAnswer_WithItsCommentAsText_TheIvrAndTheRecordings()
    {
        WidgetPage widget = new(await browser.SignedInPageAsync(Agents.WithRecordingsAndSurveys));
        await widget.LookUpAsync();

        await widget.Interaction("C-4").ClickAsync();

        ILocator survey = widget.Details.Locator("li.survey");
        await Expect(survey).ToHaveCountAsync(1);
        await Expect(survey.Locator(".survey-kind")).ToHaveTextAsync("NPS");
        await Expect(survey.Locator(".survey-score")).ToHaveTextAsync("9 / 10");
        await Expect(survey.Locator(".survey-name")).ToHaveTextAsync("Post-call NPS");
        // The customer's words, markup and all, as text: nothing of it becomes an element.
        await Expect(survey.Locator(".survey-comment")).ToHaveTextAsync(Journeys.PostCallSurvey.Comment!);
        await Expect(widget.Details.Locator("img")).ToHaveCountAsync(0);
        await Expect(widget.Details).ToContainTextAsync("IVR: Main menu");
        await Expect(widget.Details).ToContainTextAsync("Billing questions");
        await Expect(widget.Details).ToContainTextAsync("Handed to an agent");
        await Expect(widget.Details.Locator("li.recording")).ToHaveCountAsync(2);
        await Expect(widget.Details.Locator("li.recording").First).ToContainTextAsync("Recording 1 · 6 min · audio/wav");
        await widget.ScreenshotAsync("details-omni");
    }

    [Fact]
    public async Task ARecording_IsAnAudioPlayerOnTheRecordingEndpoint_ThatReallyPlaysThroughItsRedirect()
    {
        WidgetPage widget = new(await browser.SignedInPageAsync(Agents.WithRecordingsAndSurveys));
        await widget.LookUpAsync();
        await widget.Interaction("C-4").ClickAsync();

        ILocator audio = widget.Details.Locator("li.recording audio");
        await Expect(audio).ToHaveCountAsync(1);
        await Expect(audio).ToHaveAttributeAsync("src", RecordingEndpoint(0));
        await Expect(audio).ToHaveAttributeAsync("preload", "none");
        await Expect(audio).ToHaveAttributeAsync("controls", "");
        // The screen capture is a video: a link to the same endpoint, not a player in the panel.
        await Expect(widget.Details.Locator("li.recording a.recording-link")).ToHaveAttributeAsync("href", RecordingEndpoint(1));

        // Loaded as the player loads it (the page's cookie, then the redirect to the recording system): a second of tone.
        double seconds = await audio.EvaluateAsync<double>("""
            a => new Promise((resolve, reject) => {
              a.addEventListener('loadedmetadata', () => resolve(a.duration), { once: true });
              a.addEventListener('error', () => reject(new Error('media error ' + (a.error && a.error.code))), { once: true });
              a.preload = 'metadata';
              a.load();
            })
            """);
        Assert.InRange(seconds, 0.99, 1.01);
        await Expect(widget.Details.Locator(".recording-problem").First).ToBeEmptyAsync();
    }

    [Fact]
    public async Task ARecordingThatCannotBePlayed_SaysSo()
    {
        WidgetPage widget = new(await browser.SignedInPageAsync(Agents.WithRecordingsAndSurveys));
        await widget.LookUpAsync();
        await widget.Interaction("C-4").ClickAsync();
        ILocator audio = widget.Details.Locator("li.recording audio");
        await Expect(audio).ToHaveCountAsync(1);

        // The lookup closes (it expired, say) while the panel is open; then the agent presses play.
        await audio.EvaluateAsync("""
            async a => {
              const handle = /lookups\/([^/]+)\//.exec(a.getAttribute('src'))[1];
              await fetch('/journey/lookups/' + handle, { method: 'DELETE', credentials: 'same-origin' });
              a.preload = 'metadata';
              a.load();
            }
            """);

        await Expect(widget.Details.Locator("li.recording .recording-problem").First).ToHaveTextAsync("This recording cannot be played now.");
    }

    [Fact]
    public async Task AnAgentWithoutThePermissions_SeesTheIvr_ButNoRecordingOrSurvey()
    {
        WidgetPage widget = new(await browser.SignedInPageAsync(Agents.WithoutRecordingsOrSurveys));
        await widget.LookUpAsync();

        await widget.Interaction("C-4").ClickAsync();

        await Expect(widget.Details).ToContainTextAsync("IVR: Main menu");
        await Expect(widget.Details.Locator("audio, li.recording, li.survey")).ToHaveCountAsync(0);
        await Expect(widget.Details).Not.ToContainTextAsync("Post-call NPS");
    }

    [Fact]
    public async Task AWebVisit_SaysWhichMarketingBroughtTheCustomer()
    {
        WidgetPage widget = new(await browser.SignedInPageAsync(Agents.WithRecordingsAndSurveys));
        await widget.LookUpAsync();

        await widget.Interaction("V-1").ClickAsync();

        await Expect(Value(widget, "Marketing campaign")).ToHaveTextAsync("winter-sale");
        await Expect(Value(widget, "Source / medium")).ToHaveTextAsync("google / cpc");
        await Expect(Value(widget, "Ad content")).ToHaveTextAsync("banner-b");
    }

    [Fact]
    public async Task ThePath_ShowsTheEpisodesInOrder_WithWhereEachGotTo()
    {
        WidgetPage widget = new(await browser.SignedInPageAsync(Agents.WithRecordingsAndSurveys));
        await widget.LookUpAsync();

        await widget.Widget.GetByRole(AriaRole.Button, new() { Name = "Path" }).ClickAsync();

        ILocator episodes = widget.Widget.Locator("li.episode");
        await Expect(episodes).ToHaveCountAsync(4);
        Assert.Equal(["C-6", "C-5", "C-1 C-2", "C-4 V-1"], await StepsAsync(episodes));
        await Expect(episodes.Nth(0).Locator(".episode-name")).ToHaveTextAsync("Spring Offers");
        await Expect(episodes.Nth(0).Locator(".episode-result")).ToContainTextAsync("No Answer");
        await Expect(episodes.Nth(0).Locator(".badge--failed")).ToHaveTextAsync("Failed");
        await Expect(episodes.Nth(1).Locator(".badge--resolved")).ToHaveTextAsync("Resolved");
        await Expect(episodes.Nth(1).Locator(".badge--first-contact")).ToHaveTextAsync("First contact");
        await Expect(episodes.Nth(1).Locator(".episode-time")).ToHaveTextAsync("Resolved in 6 min");
        await Expect(episodes.Nth(2).Locator(".episode-name")).ToHaveTextAsync("Winter Renewals");
        await Expect(episodes.Nth(2).Locator(".episode-result .outcome")).ToHaveTextAsync("Renewed");
        await Expect(episodes.Nth(2).Locator(".badge--first-contact")).ToHaveCountAsync(0);
        await Expect(episodes.Nth(2).Locator(".episode-time")).ToHaveTextAsync("Resolved in 11 h 36 min");
        await Expect(episodes.Nth(2).Locator(".episode-contacts")).ToHaveTextAsync("2 contacts");
        // From the call at 22:30 (New York) to the text the next morning, as the arrow between them says.
        await Expect(episodes.Nth(2).Locator(".step-gap-time")).ToHaveTextAsync("11 h 30 min later");
        await Expect(episodes.Nth(2).Locator(".step").First).ToHaveAttributeAsync("aria-label", new Regex("^Fri, Nov 13, 2026, 22:30 voice outbound, Winter Renewals, No Answer, failed$"));
        await Expect(episodes.Nth(3).Locator(".episode-name")).ToHaveTextAsync("No campaign");
        await Expect(episodes.Nth(3).Locator(".badge--open")).ToHaveTextAsync("Open");
        await Expect(episodes.Nth(3).Locator(".episode-surveys")).ToHaveTextAsync("1 survey answer");
        await widget.ScreenshotAsync("path");

        await widget.Widget.Locator("select[name=campaign]").SelectOptionAsync("CMP-7");
        await Expect(episodes).ToHaveCountAsync(1);
        Assert.Equal(["C-1 C-2"], await StepsAsync(episodes));
    }

    [Fact]
    public async Task ThePath_IsKeyboardReachable_AndItsStepsOpenTheirDetails()
    {
        WidgetPage widget = new(await browser.SignedInPageAsync(Agents.WithRecordingsAndSurveys));
        await widget.LookUpAsync();
        IKeyboard keyboard = widget.Page.Keyboard;

        await widget.TabToAsync("path");
        await keyboard.PressAsync("Enter");
        await Expect(widget.Widget.Locator("li.episode")).ToHaveCountAsync(4);
        await widget.TabToAsync("C-6");
        // Down to the next episodes, then along the renewal's steps.
        await keyboard.PressAsync("ArrowDown");
        Assert.Equal("C-5", await widget.FocusedAsync());
        await keyboard.PressAsync("ArrowDown");
        Assert.Equal("C-1", await widget.FocusedAsync());
        await keyboard.PressAsync("ArrowRight");
        Assert.Equal("C-2", await widget.FocusedAsync());
        await keyboard.PressAsync("Enter");
        await Expect(widget.Details).ToBeVisibleAsync();
        await Expect(widget.Details).ToContainTextAsync("Renewed");
        await keyboard.PressAsync("Escape");
        await Expect(widget.Details).ToBeHiddenAsync();
        Assert.Equal("C-2", await widget.FocusedAsync());
    }

    private static Regex RecordingEndpoint(int index) => new($"^/journey/lookups/[A-Za-z0-9_-]{{22}}/interactions/Memory/C-4/recordings/{index}$");

    private static ILocator Value(WidgetPage widget, string label) =>
        widget.Details.Locator($"dt:text-is('{label}') + dd");

    private static async Task<string[]> StepsAsync(ILocator episodes) =>
        [.. await episodes.EvaluateAllAsync<string[]>("episodes => episodes.map(e => [...e.querySelectorAll('.step')].map(s => s.dataset.id).join(' '))")];
}
