using CustomerJourney.Model;

namespace CustomerJourney.Demo.SampleData;

/// <summary>
/// A deterministic, realistic sample data set: several customers, 18 months of history up to an
/// as-of instant, several campaigns, every channel and mode, both directions, failures, scores
/// and agent comments in several languages. The same as-of gives the same data on every machine.
/// </summary>
internal static class SampleJourneys
{
    public const string CampaignManager = "CampaignManager";
    public const string DataCloud = "DataCloud";
    public const int Months = 18;

    public static readonly IReadOnlyList<SampleCustomer> Customers =
    [
        new("Alex Morgan", "+14155550100", "alex.morgan@example.com", 140),
        new("Beatriz Souza", "+14155550123", "beatriz.souza@example.com", 60),
        new("Camille Dubois", "+33142685300", "camille.dubois@example.fr", 45),
        new("Dieter Hoffmann", "+4930901820", "dieter.hoffmann@example.de", 30),
    ];

    public static readonly IReadOnlyList<Campaign> Campaigns =
    [
        new("CMP-7", "Winter Renewals"),
        new("CMP-9", "Débito Automático"),
        new("CMP-3", "Spring Offers"),
        new("CMP-12", "Fibre Upgrade"),
        new("CMP-15", "Loyalty Check-in"),
    ];

    public static readonly IReadOnlyList<string> Agents = ["Dana Reyes", "Chloé Martin", "Jürgen Weiß", "Zoë Ağaoğlu", "María José Núñez", "Kenji Sato"];

    private static readonly (string Code, string Name, OutcomeKind Kind)[] s_outcomes =
    [
        ("SALE", "Sale", OutcomeKind.Success),
        ("RENEW", "Renewed", OutcomeKind.Success),
        ("PTP", "Promise to pay", OutcomeKind.Success),
        ("CALLBK", "Callback scheduled", OutcomeKind.Neutral),
        ("INFO", "Information given", OutcomeKind.Neutral),
        ("NOANS", "No Answer", OutcomeKind.Failure),
        ("BUSY", "Busy", OutcomeKind.Failure),
        ("REFUSED", "Refused", OutcomeKind.Failure),
        ("BOUNCE", "Bounced", OutcomeKind.Failure),
    ];

    private static readonly string[] s_comments =
    [
        "Asked to call back after 5pm",
        "Upgraded to the family plan",
        "Interested in fibre, wants a quote by e-mail",
        "Le client souhaite être rappelé demain matin",
        "Problème de facturation résolu, geste commercial accordé",
        "Cliente pidió débito automático para la factura",
        "Quiere cambiar la fecha de pago al día 15",
        "Kunde möchte die Kündigung zurückziehen",
        "Rückruf wegen Störung im Glasfasernetz",
        "Voicemail full, no message left",
        "Complained about the last invoice, escalated",
        string.Empty,
    ];

    /// <summary>Every interaction of one customer, per source, for 18 months before <paramref name="asOf"/>.</summary>
    public static IEnumerable<Interaction> For(SampleCustomer customer, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(customer);
        // Seeded per customer so adding a customer does not change the others' data.
        var random = new Random(StableSeed(customer.Phone));
        DateTimeOffset first = asOf.AddMonths(-Months);
        long span = (asOf - first).Ticks;
        for (int n = 0; n < customer.InteractionCount; n++)
        {
            // Working hours in the customer's day: 08:00–20:00 UTC spans both sides of the Atlantic.
            DateTimeOffset day = first.AddTicks((long)(random.NextDouble() * span)).UtcDateTime.Date;
            DateTimeOffset start = new DateTimeOffset(day.DateTime, TimeSpan.Zero).AddMinutes(480 + random.Next(720));
            if (start >= asOf)
            {
                continue;
            }

            yield return random.Next(100) < 55 ? CampaignManagerCall(customer, random, start, n) : DataCloudInteraction(customer, random, start, n);
        }
    }

    private static Interaction CampaignManagerCall(SampleCustomer customer, Random random, DateTimeOffset start, int n)
    {
        ContactMode mode = Pick(random, [ContactMode.Home, ContactMode.Work, ContactMode.Mobile, ContactMode.Mobile, ContactMode.Office, ContactMode.Sms, ContactMode.Email]);
        (string code, string name, OutcomeKind kind) = Pick(random, s_outcomes);
        int previous = random.Next(20, 90);
        return new Interaction
        {
            Source = CampaignManager,
            Id = $"CM-{StableSeed(customer.Phone) % 1000:000}-{n:0000}",
            Start = start,
            Channel = InteractionVocabulary.ChannelOf(mode),
            Mode = mode,
            Campaign = Pick(random, Campaigns),
            Outcome = new Outcome(code, name, kind == OutcomeKind.Success ? OutcomeKind.Neutral : kind),
            PhoneNumber = customer.Phone,
            PreviousScore = previous,
            CurrentScore = Math.Clamp(previous + random.Next(-15, 16), 0, 100),
            AgentName = Pick(random, Agents),
            AgentComments = Pick(random, s_comments),
        };
    }

    private static Interaction DataCloudInteraction(SampleCustomer customer, Random random, DateTimeOffset start, int n)
    {
        Channel channel = Pick(random, [Channel.Voice, Channel.Voice, Channel.Voice, Channel.Sms, Channel.Email, Channel.Chat]);
        InteractionDirection direction = random.Next(2) == 0 ? InteractionDirection.Inbound : InteractionDirection.Outbound;
        ContactMode mode = channel switch
        {
            Channel.Voice => Pick(random, [ContactMode.Home, ContactMode.Work, ContactMode.Mobile, ContactMode.Office]),
            Channel.Sms => ContactMode.Sms,
            Channel.Email => ContactMode.Email,
            _ => ContactMode.Unknown,
        };
        (string code, string name, OutcomeKind kind) = Pick(random, s_outcomes);
        // Inbound calls belong to no campaign; the last interaction may still be in progress.
        bool inProgress = n == customer.InteractionCount - 1;
        return new Interaction
        {
            Source = DataCloud,
            Id = $"DC-{StableSeed(customer.Phone) % 1000:000}-{n:0000}",
            Start = start,
            End = inProgress ? null : start.AddSeconds(channel == Channel.Voice ? 60 + random.Next(900) : 30 + random.Next(120)),
            Channel = channel,
            Mode = mode,
            Direction = direction,
            Campaign = direction == InteractionDirection.Inbound ? null : Pick(random, Campaigns),
            Outcome = new Outcome(code, name, kind),
            PhoneNumber = channel == Channel.Email ? null : customer.Phone,
            AgentName = channel == Channel.Sms ? null : Pick(random, Agents),
            AgentComments = Pick(random, s_comments),
        };
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static int StableSeed(string text)
    {
        // string.GetHashCode is randomised per process; this one is not.
        int hash = 17;
        foreach (char c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash & int.MaxValue;
    }
}
