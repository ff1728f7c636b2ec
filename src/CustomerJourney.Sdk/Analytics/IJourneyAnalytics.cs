namespace CustomerJourney.Analytics;

/// <summary>
/// Journey analytics across customers, computed where the journeys are kept: both stores
/// (<c>SqliteJourneyStore</c>, <c>PostgresJourneyStore</c>) read their own rows in one pass, in
/// the order of an index, without loading any journey; a custom store feeds its rows to a
/// <see cref="JourneyReportBuilder"/> the same way. Definitions in docs/analytics.md.
/// </summary>
public interface IJourneyAnalytics
{
    /// <summary>The report for a period, under filters and an access context.</summary>
    /// <param name="query">The period, the filters, who is asking and the episode rule.</param>
    /// <param name="cancellationToken">Cancels the report.</param>
    /// <returns>The report.</returns>
    Task<JourneyReport> GetReportAsync(JourneyReportQuery query, CancellationToken cancellationToken = default);
}
