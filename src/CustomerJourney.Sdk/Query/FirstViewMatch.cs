using CustomerJourney.Model;

namespace CustomerJourney.Query;

/// <summary>
/// The period, campaign and channel of a filter as a test on one interaction, with the index's
/// own rules (campaign ids ordinal, channels outside the known slots read as unknown). A lookup's
/// first view indexes only what passes it (the client tests it inside its merge, so each record is
/// read once); the text is left to <see cref="InteractionIndex.Select"/>.
/// </summary>
internal readonly struct FirstViewMatch
{
    private readonly long _from;
    private readonly long _to;
    private readonly string? _campaignId;
    private readonly int _channelSlot;

    public FirstViewMatch(PeriodRange period, JourneyFilter filter)
    {
        _from = period.From.UtcTicks;
        _to = period.To.UtcTicks;
        _campaignId = filter.CampaignId;
        _channelSlot = filter.Channel is { } channel ? InteractionIndex.ChannelSlot(channel) : -1;
    }

    /// <summary>Whether the interaction starts in the period and is of the campaign and channel.</summary>
    public bool Matches(Interaction interaction)
    {
        long start = interaction.Start.UtcTicks;
        return start >= _from && start < _to && MatchesInPeriod(interaction);
    }

    /// <summary>Whether an interaction already known to start in the period is of the campaign and channel.</summary>
    public bool MatchesInPeriod(Interaction interaction) =>
        (_channelSlot < 0 || InteractionIndex.ChannelSlot(interaction.Channel) == _channelSlot)
        && (_campaignId is null || string.Equals(interaction.Campaign?.Id, _campaignId, StringComparison.Ordinal));
}
