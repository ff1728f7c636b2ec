using System.Globalization;
using CustomerJourney.Model;

namespace CustomerJourney.Stores.Conformance;

/// <summary>Customers and interactions the suite writes: every field set, odd offsets, non-ASCII text.</summary>
public static class ConformanceRecords
{
    public static readonly LookupKey Dana = LookupKey.Parse("+14155550100", "US");
    public static readonly LookupKey DanaByEmail = LookupKey.ForEmail("dana.reyes@example.com");
    public static readonly LookupKey Other = LookupKey.Parse("+14155550199", "US");

    /// <summary>A web visitor id that reads like Dana's phone number: it must never find her journey.</summary>
    public static readonly LookupKey Lookalike = LookupKey.ForWebId("+14155550100");

    public static readonly DateTimeOffset Start = new(2026, 3, 10, 9, 30, 0, TimeSpan.FromHours(-4));

    public static Interaction Full(string id, DateTimeOffset start, string source = "DataCloud") => new()
    {
        Source = source,
        Id = id,
        Start = start,
        End = start.AddMinutes(6.5).AddTicks(7),
        Channel = Channel.Voice,
        Mode = ContactMode.Office,
        Direction = InteractionDirection.Inbound,
        Campaign = new Campaign("CMP-9", "Débito Automático"),
        Outcome = new Outcome("SALE", "Sale", OutcomeKind.Success),
        PhoneNumber = "+14155550100",
        PreviousScore = 40,
        CurrentScore = 55,
        AgentName = "Zoë Ağaoğlu",
        AgentComments = "Cliente pidió débito automático 🙂",
        IsAgentless = false,
        LastActivity = start.AddMinutes(3).ToOffset(TimeSpan.FromHours(5.5)),
        WrapUpCode = "WRAP-1",
        Notes = "Prefers mornings",
        Divisions = ["north", "south"],
        Hops = [new TransferHop("Sales", "Ana"), new TransferHop("Retention", null)],
        Segments = [new SegmentMatch("seg-1", "Frequent callers", start)],
        SourceChannel = "phone",
        Marketing = new MarketingTouch("spring-sale", "google", "cpc", "débito automático", "banner-b"),
        SelfService = new SelfServiceSession(SelfServiceKind.Ivr, "Main menu", "Billing ▸ Direct debit", SelfServiceResult.HandedToAgent),
        Recordings = [new Recording("rec-7f3a", TimeSpan.FromSeconds(392.5), "audio/ogg"), new Recording("screen-2")],
        Surveys =
        [
            new SurveyResponse("Post-call NPS", SurveyKind.Nps, 9, SurveyScale.ZeroToTen) { Comment = "Très bien 👍", RespondedAt = start.AddHours(2).ToOffset(TimeSpan.FromHours(1)) },
            new SurveyResponse("CSAT", SurveyKind.Csat, 3.5, SurveyScale.OneToFive),
        ],
    };

    public static Interaction Minimal(string id, DateTimeOffset start, string source = "CampaignManager") => new()
    {
        Source = source,
        Id = id,
        Start = start,
    };

    public static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
