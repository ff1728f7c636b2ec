using CustomerJourney.Model;

namespace CustomerJourney.Demo.SampleData;

/// <summary>
/// Seed 004's omni-channel story in the first sample customer's journey, relative to the as-of
/// instant ("first call resolution is not the full story"). Eight days before, an advert brings
/// the customer to the fibre offers on the desktop; they ask the web chat's assistant, which hands
/// them to an agent; the next day they call, the IVR hands the call to a sales agent, and the
/// recorded call ends in a sale, rated in the post-call survey; a text flow without an agent then
/// schedules the delivery, rated too. One episode of the Fibre Upgrade campaign, two contacts,
/// resolved but not at the first. Weeks before, a balance question the IVR answered on its own.
/// </summary>
internal static class SampleOmnichannel
{
    public static readonly Campaign FibreUpgrade = SampleJourneys.Campaigns.Single(c => c.Id == "CMP-12");

    /// <summary>The interactions, each with the identifier it is filed under.</summary>
    public static IEnumerable<(LookupKey Key, Interaction Interaction)> For(SampleCustomer customer, LookupKey phone, DateTimeOffset asOf)
    {
        LookupKey email = LookupKey.ForEmail(customer.Email);
        string[] divisions = ["Retail"];
        DateTimeOffset visit = At(asOf, -8, 18, 5);
        yield return (SampleEngagement.Desktop, new Interaction
        {
            Source = SampleEngagement.Source,
            Id = "EV-WEB-7",
            Start = visit,
            End = visit.AddMinutes(14),
            Channel = Channel.WebVisit,
            Campaign = FibreUpgrade,
            Marketing = new MarketingTouch("fibre-upgrade", "google", "cpc", "fibre broadband", "gigabit-banner"),
            WebVisit = new WebVisitDetails("desktop · Windows 11 · Edge", "cpc · google", "shop.example.com/fibre/check-address", 6),
            WebEvents =
            [
                new WebEvent(WebEventKind.PageView, "Fibre 1 Gbit/s", visit.AddMinutes(1)),
                new WebEvent(WebEventKind.PageView, "Check my address", visit.AddMinutes(6)),
                new WebEvent(WebEventKind.ContentOfferAccepted, "Chat with us", visit.AddMinutes(13)),
            ],
            Divisions = divisions,
        });

        DateTimeOffset chat = visit.AddMinutes(15);
        yield return (email, new Interaction
        {
            Source = SampleEngagement.Source,
            Id = "EV-CHAT-7",
            Start = chat,
            End = chat.AddMinutes(11),
            Channel = Channel.Chat,
            Direction = InteractionDirection.Inbound,
            Campaign = FibreUpgrade,
            SelfService = new SelfServiceSession(SelfServiceKind.Bot, "Virtual assistant", "Installation date", SelfServiceResult.HandedToAgent),
            Hops = [new TransferHop("Web sales", "Zoë Ağaoğlu")],
            AgentName = "Zoë Ağaoğlu",
            Outcome = new Outcome("INFO", "Information given", OutcomeKind.Neutral),
            AgentComments = "Installation needs a technician visit; customer will call to order",
            Divisions = divisions,
        });

        DateTimeOffset call = At(asOf, -7, 14, 10);
        yield return (phone, new Interaction
        {
            Source = SampleEngagement.Source,
            Id = "EV-CALL-7",
            Start = call,
            End = call.AddMinutes(18),
            Channel = Channel.Voice,
            Direction = InteractionDirection.Inbound,
            Mode = ContactMode.Mobile,
            Campaign = FibreUpgrade,
            SelfService = new SelfServiceSession(SelfServiceKind.Ivr, "Main menu", "Sales › Fibre", SelfServiceResult.HandedToAgent),
            Hops = [new TransferHop("Fibre sales", "Kenji Sato")],
            AgentName = "Kenji Sato",
            Outcome = new Outcome("SALE", "Sale", OutcomeKind.Success),
            AgentComments = "Fibre 1 Gbit/s ordered, router delivered before the technician's visit",
            Recordings = [new Recording("rec-ev-call-7", new TimeSpan(0, 17, 42), "audio/ogg")],
            Surveys =
            [
                new SurveyResponse("Post-call NPS", SurveyKind.Nps, 9, SurveyScale.ZeroToTen)
                {
                    Comment = "Kenji explained the installation clearly. Quick and friendly!",
                    RespondedAt = call.AddMinutes(26),
                },
            ],
            Divisions = divisions,
        });

        DateTimeOffset text = call.AddHours(2);
        yield return (phone, new Interaction
        {
            Source = SampleEngagement.Source,
            Id = "EV-SMS-7",
            Start = text,
            End = text.AddMinutes(4),
            Channel = Channel.Sms,
            Direction = InteractionDirection.Outbound,
            Mode = ContactMode.Sms,
            IsAgentless = true,
            Campaign = FibreUpgrade,
            SelfService = new SelfServiceSession(SelfServiceKind.Sms, "Delivery scheduling", "Slot confirmed", SelfServiceResult.Contained),
            Surveys =
            [
                new SurveyResponse("Delivery scheduling satisfaction", SurveyKind.Csat, 5, SurveyScale.OneToFive)
                {
                    Comment = "Easy, picked Thursday morning.",
                    RespondedAt = text.AddMinutes(5),
                },
            ],
            Divisions = divisions,
        });

        DateTimeOffset balance = At(asOf, -47, 16, 40);
        yield return (phone, new Interaction
        {
            Source = SampleEngagement.Source,
            Id = "EV-IVR-3",
            Start = balance,
            End = balance.AddMinutes(3),
            Channel = Channel.Voice,
            Direction = InteractionDirection.Inbound,
            Mode = ContactMode.Mobile,
            SelfService = new SelfServiceSession(SelfServiceKind.Ivr, "Main menu", "Billing › Balance", SelfServiceResult.Contained),
            Outcome = new Outcome("SELF", "Self-served", OutcomeKind.Success),
            Surveys = [new SurveyResponse("Self-service effort", SurveyKind.Ces, 6, SurveyScale.OneToSeven) { RespondedAt = balance.AddMinutes(4) }],
            Divisions = divisions,
        });
    }

    // A time of day (UTC) some days before the as-of date: the story keeps its office hours whatever the as-of time.
    private static DateTimeOffset At(DateTimeOffset asOf, int days, int hour, int minute) =>
        new DateTimeOffset(asOf.UtcDateTime.Date, TimeSpan.Zero).AddDays(days).AddHours(hour).AddMinutes(minute);
}
