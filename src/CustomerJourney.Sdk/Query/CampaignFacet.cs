using CustomerJourney.Model;

namespace CustomerJourney.Query;

/// <summary>An entry of the campaign dropdown (R7): a campaign found in the data, and how many interactions it has.</summary>
/// <param name="Campaign">The campaign.</param>
/// <param name="Count">Its interactions in the period that match the free text, whatever the channel selection.</param>
public sealed record CampaignFacet(Campaign Campaign, int Count);
