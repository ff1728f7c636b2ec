using CustomerJourney.Model;
using CustomerJourney.Query;

namespace CustomerJourney.Stores.Conformance.Analytics;

/// <summary>
/// Three customers over March 2026 whose report is computed by hand (docs/analytics.md has the
/// same set, worked through): every definition has a case here, each answer is written out below.
/// </summary>
public static class HandMadeJourneys
{
    public static readonly LookupKey Alex = LookupKey.ForEmail("alex@example.com");
    public static readonly LookupKey Blair = LookupKey.ForEmail("blair@example.com");
    public static readonly LookupKey Casey = LookupKey.ForEmail("casey@example.com");

    /// <summary>March 2026, UTC: read until 30 April (the 30-day follow-up).</summary>
    public static readonly PeriodRange March = new(At("2026-03-01T00:00:00Z"), At("2026-04-01T00:00:00Z"));

    public static IReadOnlyList<(LookupKey Customer, Interaction[] Journey)> All =>
    [
        (Alex, Alex_),
        (Blair, Blair_),
        (Casey, Casey_),
    ];

    // Alex: an ad, a visit and a chat lead to an inbound call an IVR hands to an agent who resolves it
    // (one episode, two contacts); a delivery text answered in self-service (no contact); a campaign's
    // two calls, no answer then a sale; an e-mail in April (after the period: a repeat, not an episode).
    private static Interaction[] Alex_ =>
    [
        Step("A1", "2026-03-02T09:00:00Z", Channel.WebVisit, agentless: true) with
        {
            Marketing = new MarketingTouch("spring-sale", "google", "cpc"),
        },
        Step("A2", "2026-03-02T09:20:00Z", Channel.Chat, outcome: OutcomeKind.Neutral),
        Step("A3", "2026-03-05T10:00:00Z", Channel.Voice, outcome: OutcomeKind.Success, end: "2026-03-05T10:30:00Z") with
        {
            Direction = InteractionDirection.Inbound,
            SelfService = new SelfServiceSession(SelfServiceKind.Ivr, "Main menu", "Billing", SelfServiceResult.HandedToAgent),
            Surveys = [new SurveyResponse("Post-call NPS", SurveyKind.Nps, 9, SurveyScale.ZeroToTen)],
            Recordings = [new Recording("rec-a3", TimeSpan.FromMinutes(30), "audio/ogg")],
        },
        Step("A4", "2026-03-20T08:00:00Z", Channel.Sms, agentless: true) with
        {
            SelfService = new SelfServiceSession(SelfServiceKind.Sms, "Delivery scheduling", "Slot confirmed", SelfServiceResult.Contained),
        },
        Step("A5", "2026-03-21T12:00:00Z", Channel.Voice, outcome: OutcomeKind.Failure, campaign: "CMP-1"),
        Step("A6", "2026-03-23T12:00:00Z", Channel.Voice, outcome: OutcomeKind.Success, campaign: "CMP-1", end: "2026-03-23T12:10:00Z"),
        Step("A7", "2026-04-03T09:00:00Z", Channel.Email, outcome: OutcomeKind.Success),
    ];

    // Blair: a call the IVR resolves at once (first-contact resolution, two survey answers); a chat that
    // fails on 31 March and one that succeeds on 2 April (after the period, same episode: resolved, not at first contact).
    private static Interaction[] Blair_ =>
    [
        Step("B1", "2026-03-10T10:00:00Z", Channel.Voice, outcome: OutcomeKind.Success, end: "2026-03-10T10:05:00Z") with
        {
            SelfService = new SelfServiceSession(SelfServiceKind.Ivr, "Balance", "Balance read", SelfServiceResult.Contained),
            Surveys =
            [
                new SurveyResponse("CSAT", SurveyKind.Csat, 4, SurveyScale.OneToFive) { Comment = "Rápido" },
                new SurveyResponse("Post-call NPS", SurveyKind.Nps, 5, SurveyScale.ZeroToTen),
            ],
        },
        Step("B2", "2026-03-31T23:00:00Z", Channel.Chat, outcome: OutcomeKind.Failure, end: "2026-03-31T23:30:00Z"),
        Step("B3", "2026-04-02T10:00:00Z", Channel.Chat, outcome: OutcomeKind.Success),
    ];

    // Casey (division Retail): a campaign's WhatsApp message refused, rated 2 of 5; a call in February (before the period).
    private static Interaction[] Casey_ =>
    [
        Step("C0", "2026-02-25T10:00:00Z", Channel.Voice, outcome: OutcomeKind.Success) with { Divisions = ["Retail"] },
        Step("C1", "2026-03-15T14:00:00Z", Channel.WhatsApp, outcome: OutcomeKind.Failure, campaign: "CMP-2") with
        {
            Divisions = ["Retail"],
            Surveys = [new SurveyResponse("CSAT", SurveyKind.Csat, 2, SurveyScale.OneToFive)],
        },
    ];

    public static Interaction Step(string id, string start, Channel channel, OutcomeKind? outcome = null, string? campaign = null, string? end = null, bool agentless = false) => new()
    {
        Source = "Hand",
        Id = id,
        Start = At(start),
        End = end is null ? null : At(end),
        Channel = channel,
        IsAgentless = agentless,
        Campaign = campaign is null ? null : new Campaign(campaign, "Campaign " + campaign),
        Outcome = outcome is { } kind ? new Outcome(kind.ToString().ToUpperInvariant(), kind.ToString(), kind) : null,
    };

    public static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
