using CustomerJourney.Model;
using CustomerJourney.Sources;

namespace CustomerJourney.Fixtures;

/// <summary>A source that counts how often it is asked, in front of a real in-memory one (and passes its pushes on).</summary>
internal sealed class CountingSource(InMemoryJourneySource inner) : IJourneySource, IJourneyUpdateSource
{
    private int _asked;

    public string Name => inner.Name;

    public SourceCapabilities Capabilities => inner.Capabilities;

    public TimeSpan? HistoryLimit => null;

    public int Asked => Volatile.Read(ref _asked);

    public Task<IReadOnlyList<Interaction>> GetInteractionsAsync(SourceQuery query, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _asked);
        return inner.GetInteractionsAsync(query, cancellationToken);
    }

    public Task<IReadOnlyList<Campaign>> GetListedCampaignsAsync(LookupKey key, CancellationToken cancellationToken) => inner.GetListedCampaignsAsync(key, cancellationToken);

    public IAsyncEnumerable<Interaction> WatchAsync(LookupKey key, CancellationToken cancellationToken) => inner.WatchAsync(key, cancellationToken);
}
