using CustomerJourney.Model;

namespace CustomerJourney.Sources;

/// <summary>
/// A source that can push a customer's new and changed interactions as they happen. A watch
/// listens to such sources and polls the others (<c>JourneyClientOptions.WatchPollInterval</c>).
/// </summary>
public interface IJourneyUpdateSource : IJourneySource
{
    /// <summary>Streams the customer's interactions as they are added or change, until cancelled.</summary>
    /// <param name="key">The customer (an identifier the source can look up).</param>
    /// <param name="cancellationToken">Ends the stream.</param>
    /// <returns>Each new or changed interaction, whole.</returns>
    IAsyncEnumerable<Interaction> WatchAsync(LookupKey key, CancellationToken cancellationToken);
}
