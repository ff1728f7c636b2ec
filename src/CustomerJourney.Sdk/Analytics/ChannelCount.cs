using CustomerJourney.Model;

namespace CustomerJourney.Analytics;

/// <summary>How many of something a channel has.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Count">How many.</param>
public sealed record ChannelCount(Channel Channel, int Count);
