using CustomerJourney.Identity;
using CustomerJourney.Model;

namespace CustomerJourney.Demo.SampleData;

/// <summary>
/// The second vendor's part of the first sample customer's journey, relative to the as-of instant:
/// web visits on a desktop and a tablet (known by their cookies), a web messaging conversation and
/// a call still going on, a call transferred across three queues, outcomes, scores and segments.
/// The identifiers are joined into one profile by <see cref="JoinAsync"/>, stored with the sample data.
/// </summary>
internal static class SampleEngagement
{
    public const string Source = "Engage";
    public static readonly LookupKey Desktop = LookupKey.ForWebId("alex-desktop-5f1c");
    public static readonly LookupKey Tablet = LookupKey.ForWebId("alex-tablet-a27e");

    /// <summary>The interactions, each with the identifier it is filed under.</summary>
    public static IEnumerable<(LookupKey Key, Interaction Interaction)> For(SampleCustomer customer, LookupKey phone, DateTimeOffset asOf)
    {
        LookupKey email = LookupKey.ForEmail(customer.Email);
        string[] divisions = ["Retail"];
        yield return (Desktop, Visit("WV-D-1", asOf.AddDays(-9).AddHours(-3), divisions) with
        {
            Segments = [new SegmentMatch("seg-fr", "From France", asOf.AddDays(-9).AddHours(-3).AddMinutes(1)), new SegmentMatch("seg-fibre", "Fibre page readers", asOf.AddDays(-9).AddHours(-3).AddMinutes(6))],
            OutcomeProgress = [new OutcomeProgress("Fibre purchased", "Viewed offer", 0.25)],
            PredictedScores = [new OutcomeScore("Fibre purchased", 0.31)],
        });
        yield return (Desktop, Visit("WV-D-2", asOf.AddDays(-3).AddHours(-5), divisions) with
        {
            OutcomeProgress = [new OutcomeProgress("Fibre purchased", "Checked address", 0.4)],
            PredictedScores = [new OutcomeScore("Fibre purchased", 0.48)],
        });
        yield return (Tablet, Visit("WV-T-1", asOf.AddHours(-20), divisions) with
        {
            Segments = [new SegmentMatch("seg-returning", "Returning visitor", asOf.AddHours(-20).AddMinutes(2))],
            WebEvents =
            [
                new WebEvent(WebEventKind.PageView, "Fibre offers", asOf.AddHours(-20)),
                new WebEvent(WebEventKind.ContentOfferShown, "Fibre 1 Gbit/s: first month free", asOf.AddHours(-20).AddMinutes(3)),
                new WebEvent(WebEventKind.Custom, "Added to cart", asOf.AddHours(-20).AddMinutes(7)),
                new WebEvent(WebEventKind.ContentOfferAccepted, "Chat with an adviser", asOf.AddHours(-20).AddMinutes(12)),
            ],
            OutcomeProgress = [new OutcomeProgress("Fibre purchased", "Put in cart", 0.6)],
            PredictedScores = [new OutcomeScore("Fibre purchased", 0.67)],
        });
        yield return (phone, new Interaction
        {
            Source = Source,
            Id = "EV-CALL-1",
            Start = asOf.AddDays(-5).AddHours(-2),
            End = asOf.AddDays(-5).AddHours(-2).AddMinutes(17),
            Channel = Channel.Voice,
            Direction = InteractionDirection.Inbound,
            Mode = ContactMode.Mobile,
            LastActivity = asOf.AddDays(-5).AddHours(-2).AddMinutes(17),
            Hops = [new TransferHop("Front desk", "Dana Reyes"), new TransferHop("Billing", "Kenji Sato"), new TransferHop("Retention", "Chloé Martin")],
            WrapUpCode = "RETAINED",
            Notes = "Wanted to cancel over the invoice; kept with the loyalty discount",
            Divisions = divisions,
        });
        yield return (email, new Interaction
        {
            Source = Source,
            Id = "EV-MSG-1",
            Start = asOf.AddMinutes(-6),
            Channel = Channel.WebMessaging,
            Direction = InteractionDirection.Inbound,
            LastActivity = asOf.AddSeconds(-20),
            Hops = [new TransferHop("Web sales", "Zoë Ağaoğlu")],
            Divisions = divisions,
        });
        yield return (phone, new Interaction
        {
            Source = Source,
            Id = "EV-CALL-2",
            Start = asOf.AddMinutes(-2),
            Channel = Channel.Voice,
            Direction = InteractionDirection.Inbound,
            Mode = ContactMode.Mobile,
            LastActivity = asOf.AddMinutes(-2),
            Hops = [new TransferHop("Fibre", "Jürgen Weiß")],
            Divisions = divisions,
        });
    }

    /// <summary>Joins the customer's identifiers: the e-mail given on each device, and the phone on the account.</summary>
    public static async Task JoinAsync(IdentityGraph identities, SampleCustomer customer, LookupKey phone, CancellationToken cancellationToken)
    {
        LookupKey email = LookupKey.ForEmail(customer.Email);
        await identities.JoinAsync(Desktop, email, "e-mail given in the web form on the desktop", cancellationToken);
        await identities.JoinAsync(Tablet, email, "e-mail given in web messaging on the tablet", cancellationToken);
        await identities.JoinAsync(email, phone, "phone number and e-mail of the same account", cancellationToken);
    }

    private static Interaction Visit(string id, DateTimeOffset start, string[] divisions) => new()
    {
        Source = Source,
        Id = id,
        Start = start,
        End = start.AddMinutes(12),
        Channel = Channel.WebVisit,
        LastActivity = start.AddMinutes(12),
        Divisions = divisions,
    };
}
