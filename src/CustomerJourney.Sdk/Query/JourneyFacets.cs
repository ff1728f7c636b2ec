using CustomerJourney.Model;

namespace CustomerJourney.Query;

/// <summary>
/// The campaign and channel dropdowns, built from the data with counts (R7). Counts follow the
/// filter hierarchy of R6: campaign counts ignore both selections (the campaign is the primary
/// filter, so every campaign stays choosable); channel counts are within the selected campaign and
/// ignore the channel selection. Both honour the period and the free text.
/// </summary>
public sealed class JourneyFacets
{
    internal JourneyFacets(IReadOnlyList<CampaignFacet> campaigns, IReadOnlyList<ChannelFacet> channels)
    {
        Campaigns = campaigns;
        Channels = channels;
    }

    /// <summary>The campaigns, ordered by name (ignoring case and accents), then id.</summary>
    public IReadOnlyList<CampaignFacet> Campaigns { get; }

    /// <summary>The channels, in the order of <see cref="Channel"/>.</summary>
    public IReadOnlyList<ChannelFacet> Channels { get; }

    /// <summary>The campaign entries whose name or id contains every word of <paramref name="text"/>, ignoring case and accents ("free search" over the list).</summary>
    /// <param name="text">The words; <see langword="null"/> or blank keeps every entry.</param>
    /// <returns>The matching entries, in list order.</returns>
    public IReadOnlyList<CampaignFacet> NarrowCampaigns(string? text)
    {
        string[] terms = TextFolding.Terms(text);
        return terms.Length == 0
            ? Campaigns
            : [.. Campaigns.Where(f => TextFolding.ContainsAll(TextFolding.FoldFields(f.Campaign.Name, f.Campaign.Id), terms))];
    }

    /// <summary>The channel entries whose name contains every word of <paramref name="text"/>, ignoring case.</summary>
    /// <param name="text">The words; <see langword="null"/> or blank keeps every entry.</param>
    /// <returns>The matching entries, in list order.</returns>
    public IReadOnlyList<ChannelFacet> NarrowChannels(string? text)
    {
        string[] terms = TextFolding.Terms(text);
        return terms.Length == 0
            ? Channels
            : [.. Channels.Where(f => TextFolding.ContainsAll(TextFolding.Fold(f.Channel.ToString()), terms))];
    }
}
