using CustomerJourney.Model;
using CustomerJourney.Sources;

namespace CustomerJourney.Fixtures;

/// <summary>
/// A hand-made journey in New York time ("now" is 09:30 on 15 November 2026 there), with the
/// divisions of the widget sample's two agents: agent A works Sales and Retail, agent B Collections.
/// The undivided inbound call C-4 (both agents see it) went through an IVR, was recorded twice and
/// rated in a survey; the web visit V-1 came from an ad.
/// </summary>
internal static class Journeys
{
    public const string Phone = "+1 415 555 0100";
    public const string TimeZone = "America/New_York";
    public static readonly DateTimeOffset Now = new(2026, 11, 15, 14, 30, 0, TimeSpan.Zero);
    public static readonly LookupKey Key = LookupKey.Parse(Phone, "US");
    public static readonly Campaign WinterRenewals = new("CMP-7", "Winter Renewals");
    public static readonly Campaign Debito = new("CMP-9", "Débito Automático");
    public static readonly Campaign SpringOffers = new("CMP-3", "Spring Offers");

    /// <summary>Every interaction; "C-1" is on 13 November in New York though on the 14th in UTC.</summary>
    public static Interaction[] All() =>
    [
        Call("C-1", "2026-11-14T03:30:00Z", ContactMode.Home, InteractionDirection.Outbound, WinterRenewals, new Outcome("NOANS", "No Answer", OutcomeKind.Failure), "Sales"),
        Call("C-2", "2026-11-14T15:00:00Z", ContactMode.Sms, InteractionDirection.Outbound, WinterRenewals, new Outcome("RENEW", "Renewed", OutcomeKind.Success), "Sales") with { Channel = Channel.Sms, AgentName = "Chloé Martin" },
        Call("C-3", "2026-11-14T18:00:00Z", ContactMode.Email, InteractionDirection.Outbound, Debito, new Outcome("PTP", "Promise to pay", OutcomeKind.Success), "Collections") with { Channel = Channel.Email, AgentName = "Kenji Sato" },
        Call("C-4", "2026-11-14T20:00:00Z", ContactMode.Mobile, InteractionDirection.Inbound, null, new Outcome("INFO", "Information given", OutcomeKind.Neutral), null) with
        {
            AgentComments = "Asked about débito automático",
            SelfService = new SelfServiceSession(SelfServiceKind.Ivr, "Main menu", "Billing questions", SelfServiceResult.HandedToAgent),
            Recordings = [CallRecording, ScreenRecording],
            Surveys = [PostCallSurvey],
        },
        Call("C-5", "2026-10-02T13:00:00Z", ContactMode.Work, InteractionDirection.Outbound, SpringOffers, new Outcome("SALE", "Sale", OutcomeKind.Success), "Sales") with { AgentName = "Zoë Ağaoğlu" },
        Call("C-6", "2026-06-01T13:00:00Z", ContactMode.Sms, InteractionDirection.Outbound, SpringOffers, new Outcome("NOANS", "No Answer", OutcomeKind.Failure), "Sales") with { Channel = Channel.Sms },
        Call("C-7", "2026-01-20T14:00:00Z", ContactMode.Office, InteractionDirection.Outbound, Debito, new Outcome("CALLBK", "Callback scheduled", OutcomeKind.Neutral), "Collections"),
        LiveVisit(),
    ];

    /// <summary>C-4's call, as the recording system keeps it (the first of its recordings).</summary>
    public static readonly Recording CallRecording = new("rec-C4-call", TimeSpan.FromMinutes(6), "audio/wav");

    /// <summary>C-4's screen capture (the second): a video, linked rather than played in the panel.</summary>
    public static readonly Recording ScreenRecording = new("rec-C4-screen", TimeSpan.FromMinutes(6), "video/webm");

    /// <summary>The customer's answer about C-4; the comment is customer text, markup included, to be shown as text.</summary>
    public static readonly SurveyResponse PostCallSurvey = new("Post-call NPS", SurveyKind.Nps, 9, SurveyScale.ZeroToTen)
    {
        Comment = "Très patient, merci ! <img src=x onerror=alert(1)>",
        RespondedAt = new DateTimeOffset(2026, 11, 14, 20, 30, 0, TimeSpan.Zero),
    };

    /// <summary>A web visit whose last activity was 10 s ago: live now, idle 35 s from now, inactive 50 s from now.</summary>
    public static Interaction LiveVisit() => new()
    {
        Source = "Memory",
        Id = "V-1",
        Start = Now.AddMinutes(-5),
        LastActivity = Now.AddSeconds(-10),
        Channel = Channel.WebVisit,
        Mode = ContactMode.Unknown,
        Direction = InteractionDirection.Inbound,
        Divisions = ["Retail"],
        WebVisit = new WebVisitDetails("desktop · Windows · Chrome", "search · Google", "shop.example.com/checkout", 4),
        Marketing = new MarketingTouch("winter-sale", "google", "cpc", Content: "banner-b"),
    };

    public static InMemoryJourneySource Source() =>
        new InMemoryJourneySource("Memory").Add(Key, All()).List(Key, WinterRenewals, Debito, SpringOffers, new Campaign("CMP-12", "Fibre Upgrade"));

    private static Interaction Call(string id, string start, ContactMode mode, InteractionDirection direction, Campaign? campaign, Outcome outcome, string? division) => new()
    {
        Source = "Memory",
        Id = id,
        Start = DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
        End = DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture).AddMinutes(6),
        Channel = Channel.Voice,
        Mode = mode,
        Direction = direction,
        Campaign = campaign,
        Outcome = outcome,
        PhoneNumber = "+14155550100",
        PreviousScore = 40,
        CurrentScore = 55,
        AgentName = "Dana Reyes",
        Divisions = division is null ? [] : [division],
    };
}
