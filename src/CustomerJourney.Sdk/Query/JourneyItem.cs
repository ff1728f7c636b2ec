using CustomerJourney.Indicators;
using CustomerJourney.Live;
using CustomerJourney.Model;

namespace CustomerJourney.Query;

/// <summary>
/// An interaction as the journey shows it: placed on a calendar date of the configured time zone,
/// with its local start and end, and its indicator (R11).
/// </summary>
/// <param name="Interaction">The interaction, as its source sent it.</param>
/// <param name="Date">The calendar date of its start in the configured time zone.</param>
/// <param name="LocalStart">Its start, in the configured time zone.</param>
/// <param name="LocalEnd">Its end, in the configured time zone, when known.</param>
/// <param name="Indicator">What the agent reads at a glance.</param>
/// <param name="Status">Whether it was going on when the journey was read (R14); <see cref="LiveStatus.Past"/> for most.</param>
public sealed record JourneyItem(Interaction Interaction, DateOnly Date, DateTimeOffset LocalStart, DateTimeOffset? LocalEnd, Indicator Indicator, LiveStatus Status);
