using CustomerJourney.Model;

namespace CustomerJourney.Fixtures;

/// <summary>Builds interactions for tests with readable defaults.</summary>
internal static class Interactions
{
    public static readonly Campaign WinterRenewals = new("CMP-7", "Winter Renewals");
    public static readonly Campaign DebitoAutomatico = new("CMP-9", "Débito Automático");
    public static readonly Campaign SpringOffers = new("CMP-3", "Spring Offers");

    public static Interaction At(
        string id,
        string start,
        Channel channel = Channel.Voice,
        ContactMode mode = ContactMode.Home,
        Campaign? campaign = null,
        OutcomeKind outcome = OutcomeKind.Neutral,
        string source = "Memory",
        string? agent = "Dana Reyes",
        string? comments = null,
        InteractionDirection direction = InteractionDirection.Unknown,
        string? end = null) => new()
        {
            Source = source,
            Id = id,
            Start = DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            End = end is null ? null : DateTimeOffset.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
            Channel = channel,
            Mode = mode,
            Direction = direction,
            Campaign = campaign,
            Outcome = new Outcome(outcome.ToString().ToUpperInvariant(), outcome == OutcomeKind.Failure ? "No Answer" : "Contacted", outcome),
            PhoneNumber = "+14155550100",
            PreviousScore = 40,
            CurrentScore = 35,
            AgentName = agent,
            AgentComments = comments,
        };
}
