using CustomerJourney.Model;
using CustomerJourney.Sources;

namespace CustomerJourney.Fixtures;

/// <summary>
/// A source that counts how often it is asked, in front of a real in-memory one (and passes its
/// pushes on); it also keeps a web visit's events to be read on demand, as Genesys Cloud does.
/// </summary>
internal sealed class CountingSource(InMemoryJourneySource inner) : IJourneySource, IJourneyUpdateSource, IInteractionDetailsSource
{
    /// <summary>The events of a visit, read only when its details are opened.</summary>
    public static readonly WebEvent CheckoutViewed = new(WebEventKind.PageView, "shop.example.com/checkout", Journeys.Now.AddMinutes(-1));

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

    public Task<Interaction> GetDetailsAsync(Interaction interaction, CancellationToken cancellationToken) =>
        Task.FromResult(interaction.Channel == Channel.WebVisit ? interaction with { WebEvents = [CheckoutViewed] } : interaction);

    public IAsyncEnumerable<Interaction> WatchAsync(LookupKey key, CancellationToken cancellationToken) => inner.WatchAsync(key, cancellationToken);
}
