using System.Globalization;
using CustomerJourney.Model;

namespace CustomerJourney.Sqlite.Fixtures;

internal static class Records
{
    public static readonly LookupKey Dana = LookupKey.Parse("+14155550100", "US");
    public static readonly LookupKey DanaByEmail = LookupKey.ForEmail("dana.reyes@example.com");
    public static readonly LookupKey Other = LookupKey.Parse("+14155550199", "US");

    public static Interaction Full(string id, string start, string source = "DataCloud") => new()
    {
        Source = source,
        Id = id,
        Start = DateTimeOffset.Parse(start, CultureInfo.InvariantCulture),
        End = DateTimeOffset.Parse(start, CultureInfo.InvariantCulture).AddMinutes(6.5),
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
    };

    public static Interaction Minimal(string id, DateTimeOffset start, string source = "CampaignManager") => new()
    {
        Source = source,
        Id = id,
        Start = start,
    };
}
