using CustomerJourney.Analytics;
using CustomerJourney.Model;
using CustomerJourney.Sources;

namespace CustomerJourney.Sqlite.DependencyInjection;

/// <summary>
/// The store as a registered source: opened (and migrated) on the first lookup, not at
/// registration, so a missing or locked file shows as that source's failure with a clear
/// message; a failed opening is tried again on the next lookup. It is also the store's journey
/// analytics (<see cref="IJourneyAnalytics"/>), opened the same way.
/// </summary>
internal sealed class LazySqliteSource(SqliteJourneyStoreOptions options) : IJourneySource, IJourneyAnalytics
{
    private readonly Lock _lock = new();
    private Task<SqliteJourneyStore>? _opening;

    public string Name => options.Name;

    public SourceCapabilities Capabilities =>
        SourceCapabilities.PhoneLookup | SourceCapabilities.EmailLookup | SourceCapabilities.InboundCalls | SourceCapabilities.CampaignListings | SourceCapabilities.WebIdLookup | SourceCapabilities.Divisions;

    public async Task<IReadOnlyList<Interaction>> GetInteractionsAsync(SourceQuery query, CancellationToken cancellationToken) =>
        await (await OpenAsync().ConfigureAwait(false)).GetInteractionsAsync(query, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<Campaign>> GetListedCampaignsAsync(LookupKey key, CancellationToken cancellationToken) =>
        await (await OpenAsync().ConfigureAwait(false)).GetListedCampaignsAsync(key, cancellationToken).ConfigureAwait(false);

    public async Task<JourneyReport> GetReportAsync(JourneyReportQuery query, CancellationToken cancellationToken = default) =>
        await (await OpenAsync().ConfigureAwait(false)).GetReportAsync(query, cancellationToken).ConfigureAwait(false);

    private Task<SqliteJourneyStore> OpenAsync()
    {
        lock (_lock)
        {
            if (_opening is null || _opening.IsFaulted || _opening.IsCanceled)
            {
                _opening = SqliteJourneyStore.OpenAsync(options, CancellationToken.None);
            }

            return _opening;
        }
    }
}
