using CustomerJourney.Model;
using CustomerJourney.Stores;

namespace CustomerJourney.StoreLoadTest;

/// <summary>
/// A realistic store, the same on every run: customers with 50 interactions each over 24 months,
/// one in every 1,000 with 2,000 (skewed), and customer 0 with 5,000; channels, campaigns, outcomes,
/// agents and comments drawn as a contact centre's would be.
/// </summary>
internal sealed class StoreGenerator(int customers, int perCustomer, int heavyEvery, int heavyCount, int months, DateTimeOffset now)
{
    private static readonly Channel[] s_channels = [Channel.Voice, Channel.Voice, Channel.Voice, Channel.Sms, Channel.Email, Channel.Chat, Channel.WebVisit];
    private static readonly string[] s_agents = ["Ana Souza", "Zoë Ağaoğlu", "Kenji Watanabe", "Priya Nair", "Tom Becker"];
    private static readonly Campaign[] s_campaigns = [.. Enumerable.Range(1, 20).Select(i => new Campaign($"CMP-{i}", $"Campaign {i}"))];
    private static readonly Outcome[] s_outcomes =
    [
        new("SALE", "Sale", OutcomeKind.Success), new("NOANS", "No answer", OutcomeKind.Failure), new("CB", "Callback", OutcomeKind.Neutral),
        new("BUSY", "Busy", OutcomeKind.Failure), new("INFO", "Information given", OutcomeKind.Success), new("REFUSED", "Refused", OutcomeKind.Failure),
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
        for (int i = 0; i < count; i++)
        {
            DateTimeOffset start = now.AddMinutes(-random.NextDouble() * span).ToOffset(TimeSpan.FromHours(-5));
            Channel channel = s_channels[random.Next(s_channels.Length)];
            yield return new Interaction
            {
                Source = i % 3 == 0 ? "DataCloud" : "CampaignManager",
                Id = $"{index}-{i}",
                Start = start,
                End = start.AddSeconds(30 + random.Next(900)),
                Channel = channel,
                Mode = ContactMode.Office,
                Direction = random.Next(3) == 0 ? InteractionDirection.Inbound : InteractionDirection.Outbound,
                Campaign = s_campaigns[random.Next(s_campaigns.Length)],
                Outcome = s_outcomes[random.Next(s_outcomes.Length)],
                PhoneNumber = channel == Channel.Voice ? $"+1212555{random.Next(10000):D4}" : null,
                PreviousScore = random.Next(100),
                CurrentScore = random.Next(100),
                AgentName = s_agents[random.Next(s_agents.Length)],
                AgentComments = random.Next(4) == 0 ? "Customer asked to be called back after 6 pm about the renewal." : null,
            };
        }
    }
}
