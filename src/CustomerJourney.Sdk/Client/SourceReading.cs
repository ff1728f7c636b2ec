using CustomerJourney.Model;

namespace CustomerJourney.Client;

/// <summary>What the fan-out got from one source: its status and, when ok, its records as sent (the merge checks them).</summary>
internal sealed record SourceReading(SourceStatus Status, IReadOnlyList<Interaction?> Interactions, IReadOnlyList<Campaign> Campaigns);
