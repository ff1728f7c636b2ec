namespace CustomerJourney.Client;

/// <summary>How one source answered a lookup, so a host can tell "no history" from "source down".</summary>
/// <param name="Name">The source's name.</param>
/// <param name="State">Ok, not supported, failed or timed out.</param>
/// <param name="Message">Why it was not ok; free of personal data. <see langword="null"/> when ok.</param>
/// <param name="InteractionCount">How many of its interactions are in the journey.</param>
/// <param name="Elapsed">How long the lookup waited for the source, as measured: for a source given up on at its deadline, when the lookup really moved on (later than the deadline on a loaded machine).</param>
/// <param name="Warnings">What the SDK corrected or left out of the source's answer (records without id, out-of-period records, duplicates), free of personal data.</param>
public sealed record SourceStatus(string Name, SourceState State, string? Message, int InteractionCount, TimeSpan Elapsed, IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// When the period asked reaches further back than the source keeps history (its
    /// <c>HistoryLimit</c>), the first instant it served; <see langword="null"/> when it served the whole period.
    /// </summary>
    public DateTimeOffset? AvailableFrom { get; init; }

    /// <summary>Whether the source answered.</summary>
    public bool IsOk => State == SourceState.Ok;
}
