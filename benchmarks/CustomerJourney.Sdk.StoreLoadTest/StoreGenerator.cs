using CustomerJourney.Model;
using CustomerJourney.Stores;

namespace CustomerJourney.StoreLoadTest;

/// <summary>
/// A realistic store, the same on every run: customers with 50 interactions each over 24 months, one
/// in every 1,000 with 2,000 (skewed), and customer 0 with 5,000. Each journey is a series of
/// episodes as seed 004 tells them: a marketing e-mail or an ad and a web visit, a chat, a call
/// through the IVR (contained, or handed to an agent, recorded), a campaign's call attempts, a
/// delivery text answered in self-service, a survey after some contacts; outcomes, agents and
/// comments drawn as a contact centre's would be.
/// </summary>
internal sealed class StoreGenerator(int customers, int perCustomer, int heavyEvery, int heavyCount, int months, DateTimeOffset now)
{
    private static readonly string[] s_agents = ["Ana Souza", "Zoë Ağaoğlu", "Kenji Watanabe", "Priya Nair", "Tom Becker"];
    private static readonly Campaign[] s_campaigns = [.. Enumerable.Range(1, 20).Select(i => new Campaign($"CMP-{i}", $"Campaign {i}"))];
    private static readonly Outcome[] s_successes = [new("SALE", "Sale", OutcomeKind.Success), new("SOLVED", "Issue solved", OutcomeKind.Success), new("INFO", "Information given", OutcomeKind.Success)];
    private static readonly Outcome[] s_failures = [new("NOANS", "No answer", OutcomeKind.Failure), new("BUSY", "Busy", OutcomeKind.Failure), new("REFUSED", "Refused", OutcomeKind.Failure)];
    private static readonly Outcome s_callback = new("CB", "Callback", OutcomeKind.Neutral);

    // The shapes of an episode: the channels of its steps (a visit and an agentless text are steps, not contacts).
    private static readonly Channel[][] s_shapes =
    [
        [Channel.Voice],
        [Channel.Voice],
        [Channel.Voice, Channel.Voice],
        [Channel.WebVisit, Channel.Chat],
        [Channel.WebVisit, Channel.Chat, Channel.Voice],
        [Channel.Email, Channel.WebVisit, Channel.Voice],
        [Channel.Sms],
        [Channel.Email],
        [Channel.WhatsApp, Channel.Voice],
        [Channel.WebMessaging],
    ];

    public const int FiveThousandCustomer = 0;

    public int Customers => customers;

    public static LookupKey Customer(int index) => LookupKey.ForEmail($"customer{index:D7}@example.com");

    public int CountOf(int index) => index == FiveThousandCustomer ? 5000 : index % heavyEvery == heavyEvery - 1 ? heavyCount : perCustomer;

    public bool IsRegular(int index) => CountOf(index) == perCustomer;

    public long Total => Enumerable.Range(0, customers).Sum(i => (long)CountOf(i));

    public IEnumerable<CustomerInteraction> All()
    {
        for (int c = 0; c < customers; c++)
        {
            foreach (Interaction interaction in Of(c))
            {
                yield return new CustomerInteraction(Customer(c), interaction);
            }
        }
    }

    public IEnumerable<Interaction> Of(int index)
    {
        var random = new Random(index);
        int count = CountOf(index);
        double span = months * 30.44 * 24 * 60;
        for (int i = 0; i < count;)
        {
            // An episode: its shape, its campaign (half outside any), steps hours to days apart.
            Channel[] shape = s_shapes[random.Next(s_shapes.Length)];
            Campaign? campaign = random.Next(2) == 0 ? null : s_campaigns[random.Next(s_campaigns.Length)];
            DateTimeOffset start = now.AddMinutes(-random.NextDouble() * span).ToOffset(TimeSpan.FromHours(-5));
            for (int s = 0; s < shape.Length && i < count; s++, i++)
            {
                bool last = s == shape.Length - 1;
                yield return Step(random, index, i, shape[s], campaign, start, last);
                start = start.AddMinutes(5 + random.Next(random.Next(4) == 0 ? 5 * 24 * 60 : 180));
            }
        }
    }

    private static Interaction Step(Random random, int customer, int i, Channel channel, Campaign? campaign, DateTimeOffset start, bool last)
    {
        bool visit = channel == Channel.WebVisit;
        bool agentless = visit || (channel is Channel.Sms or Channel.Email && random.Next(3) == 0);
        bool voice = channel == Channel.Voice;
        Outcome? outcome = agentless || visit ? null : !last ? s_callback : random.Next(100) switch
        {
            < 55 => s_successes[random.Next(s_successes.Length)],
            < 75 => s_failures[random.Next(s_failures.Length)],
            _ => s_callback,
        };
        SelfServiceResult? selfService = voice && random.Next(5) < 2
            ? random.Next(10) switch { < 4 => SelfServiceResult.Contained, < 9 => SelfServiceResult.HandedToAgent, _ => SelfServiceResult.Abandoned }
            : agentless && channel == Channel.Sms ? SelfServiceResult.Contained : null;
        return new Interaction
        {
            Source = i % 3 == 0 ? "DataCloud" : "CampaignManager",
            Id = $"{customer}-{i}",
            Start = start,
            End = start.AddSeconds(30 + random.Next(900)),
            Channel = channel,
            Mode = voice ? ContactMode.Office : ContactMode.Unknown,
            Direction = random.Next(3) == 0 ? InteractionDirection.Inbound : InteractionDirection.Outbound,
            IsAgentless = agentless,
            Campaign = campaign,
            Outcome = outcome,
            PhoneNumber = voice ? $"+1212555{random.Next(10000):D4}" : null,
            PreviousScore = random.Next(100),
            CurrentScore = random.Next(100),
            AgentName = agentless ? null : s_agents[random.Next(s_agents.Length)],
            AgentComments = !agentless && random.Next(4) == 0 ? "Customer asked to be called back after 6 pm about the renewal." : null,
            Marketing = visit || (channel == Channel.Email && agentless) ? new MarketingTouch($"promo-{random.Next(8)}", random.Next(2) == 0 ? "google" : "newsletter", random.Next(2) == 0 ? "cpc" : "email") : null,
            SelfService = selfService is { } result
                ? new SelfServiceSession(voice ? SelfServiceKind.Ivr : SelfServiceKind.Sms, voice ? "Main menu" : "Delivery scheduling", voice ? "Billing" : "Slot confirmed", result)
                : null,
            Recordings = voice && selfService != SelfServiceResult.Contained ? [new Recording($"rec-{customer}-{i}", TimeSpan.FromSeconds(60 + random.Next(900)), "audio/ogg")] : null,
            Surveys = outcome is not null && random.Next(7) == 0
                ? [random.Next(2) == 0
                    ? new SurveyResponse("Post-contact NPS", SurveyKind.Nps, random.Next(11), SurveyScale.ZeroToTen)
                    : new SurveyResponse("CSAT", SurveyKind.Csat, 1 + random.Next(5), SurveyScale.OneToFive)]
                : null,
        };
    }
}
