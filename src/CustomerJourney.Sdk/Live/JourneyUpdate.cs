using CustomerJourney.Client;
using CustomerJourney.Model;

namespace CustomerJourney.Live;

/// <summary>One update of a watched journey (R14).</summary>
/// <param name="Kind">What happened.</param>
/// <param name="At">When the watch saw it.</param>
/// <param name="Journey">The journey, for a <see cref="JourneyUpdateKind.Snapshot"/>; otherwise <see langword="null"/>.</param>
/// <param name="Interaction">The interaction added or changed, as the agent may see it; <see langword="null"/> for a snapshot.</param>
/// <param name="Status">The interaction's live status at <paramref name="At"/>.</param>
public sealed record JourneyUpdate(JourneyUpdateKind Kind, DateTimeOffset At, JourneyResult? Journey, Interaction? Interaction, LiveStatus Status);
