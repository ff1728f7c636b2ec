using CustomerJourney.Model;

namespace CustomerJourney.Widget;

/// <summary>
/// Files the sample data under divisions, so the two demo agents see different journeys (R15):
/// the collections campaign under Collections, the other campaigns under Sales; inbound calls
/// without a campaign stay undivided (every agent sees them); web activity is already under Retail.
/// </summary>
internal static class SampleDivisions
{
    public const string CollectionsCampaignId = "CMP-9";

    public static Interaction Assign(Interaction interaction) =>
        interaction.Divisions.Count > 0 || interaction.Campaign is null
            ? interaction
            : interaction with { Divisions = [interaction.Campaign.Id == CollectionsCampaignId ? "Collections" : "Sales"] };
}
