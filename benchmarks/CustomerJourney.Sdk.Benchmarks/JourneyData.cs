using CustomerJourney.Model;
using CustomerJourney.Query;

namespace CustomerJourney.Benchmarks;

/// <summary>
/// A deterministic data set with realistic distributions: 24 months of history ending at
/// <see cref="Now"/>, campaigns with skewed popularity (a few big, many small), channels weighted as in a
/// contact centre (voice first), activity in business hours, a tenth of outcomes failed, and records
/// in the shuffled order sources send them (pages are not ordered by time).
/// </summary>
internal static class JourneyData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 15, 14, 30, 0, TimeSpan.Zero);
    public static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>The period every benchmark queries: the last 12 of the 24 months, in New York.</summary>
    public static readonly PeriodRange Last12Months = PeriodRange.Resolve(JourneyPeriod.Last12Months, Now, NewYork);

    /// <summary>The source names in merge order, as the journey client passes them.</summary>
    public static readonly string[] SourceOrder = ["CampaignManager", "DataCloud"];

    /// <summary>The engine's index over a data set, as the journey client builds it.</summary>
    public static InteractionIndex Index(Interaction[] data) => InteractionIndex.Build(data, SourceOrder, NewYork);

    public static readonly Campaign[] Campaigns =
    [
        .. Enumerable.Range(1, 12).Select(i => new Campaign($"CMP-{i}", i switch
        {
            1 => "Winter Renewals",
            2 => "Débito Automático",
            3 => "Spring Offers",
            4 => "Fibre Upgrade",
            5 => "Loyalty Check-in",
            _ => $"Regional Campaign {i}",
        })),
    ];

    private static readonly string[] s_agents = ["Dana Reyes", "Chloé Martin", "Jürgen Weiß", "Zoë Ağaoğlu", "María José Núñez", "Kenji Sato", "Amara Okafor", "Liam O'Brien"];
    private static readonly string[] s_comments =
    [
        "Asked to call back after 5pm", "Upgraded to the family plan", "Le client souhaite être rappelé demain matin",
        "Cliente pidió débito automático para la factura", "Kunde möchte die Kündigung zurückziehen", "Voicemail full, no message left",
        "Complained about the last invoice, escalated", "Interested in fibre, wants a quote by e-mail",
    ];

    public static Interaction[] Generate(int count, int seed = 20261115)
    {
        var random = new Random(seed);
        long span = (Now - Now.AddMonths(-24)).Ticks;
        var interactions = new Interaction[count];
        for (int i = 0; i < count; i++)
        {
            DateTimeOffset day = Now.AddTicks(-(long)(random.NextDouble() * span));
            DateTimeOffset start = new DateTimeOffset(day.UtcDateTime.Date, TimeSpan.Zero).AddMinutes(720 + random.Next(720));
            Channel channel = random.Next(100) switch
            {
                < 55 => Channel.Voice,
                < 75 => Channel.Sms,
                < 90 => Channel.Email,
                _ => Channel.Chat,
            };
            // Zipf-like: campaign k has weight 1/k.
            Campaign? campaign = random.Next(10) == 0 ? null : Campaigns[Zipf(random, Campaigns.Length)];
            bool failed = random.Next(10) == 0;
            interactions[i] = new Interaction
            {
                Source = i % 2 == 0 ? "CampaignManager" : "DataCloud",
                Id = $"I-{i:0000000}",
                Start = start,
                End = start.AddMinutes(1 + random.Next(20)),
                Channel = channel,
                Mode = channel == Channel.Voice ? (ContactMode)(1 + random.Next(4)) : InteractionVocabulary.ParseMode(channel.ToString()),
                Direction = (InteractionDirection)random.Next(3),
                Campaign = campaign,
                Outcome = failed ? new Outcome("NOANS", "No Answer", OutcomeKind.Failure) : new Outcome("SALE", "Sale", OutcomeKind.Success),
                PhoneNumber = "+14155550100",
                PreviousScore = random.Next(100),
                CurrentScore = random.Next(100),
                AgentName = s_agents[random.Next(s_agents.Length)],
                AgentComments = s_comments[random.Next(s_comments.Length)],
            };
        }

        return interactions;
    }

    private static int Zipf(Random random, int n)
    {
        double total = 0;
        for (int k = 1; k <= n; k++)
        {
            total += 1.0 / k;
        }

        double pick = random.NextDouble() * total;
        for (int k = 1; k <= n; k++)
        {
            pick -= 1.0 / k;
            if (pick <= 0)
            {
                return k - 1;
            }
        }

        return n - 1;
    }
}
