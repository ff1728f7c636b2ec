using CustomerJourney.Model;

namespace CustomerJourney.Query;

/// <summary>An entry of the channel dropdown (R7): a channel found in the data, and how many interactions it has.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Count">Its interactions in the period that match the free text, within the selected campaign if one is selected.</param>
public sealed record ChannelFacet(Channel Channel, int Count);
