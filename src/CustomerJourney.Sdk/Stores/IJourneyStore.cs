using CustomerJourney.Identity;
using CustomerJourney.Model;
using CustomerJourney.Sources;

namespace CustomerJourney.Stores;

/// <summary>
/// A journey store the host writes to and the journey client reads from: the embedded SQLite
/// store (<c>CustomerJourney.Sdk.Sqlite</c>) and the shared PostgreSQL one
/// (<c>CustomerJourney.Sdk.PostgreSql</c>) keep the same promises, checked by one conformance suite.
/// Writes are idempotent (an interaction is known by its customer, source and id: writing it again
/// replaces it) and all or nothing; readers never see half a write. Failures are
/// <see cref="JourneyStoreException"/>s.
/// </summary>
public interface IJourneyStore : IJourneySource, IIdentityLinkStore
{
    /// <summary>Writes interactions into one customer's journey, replacing any stored under the same source and id. All or nothing.</summary>
    /// <param name="key">The customer.</param>
    /// <param name="interactions">The interactions; each needs a source and an id.</param>
    /// <param name="cancellationToken">Cancels the write (nothing is written).</param>
    /// <returns>How many interactions were written.</returns>
    /// <exception cref="ArgumentException">The key is empty, or an interaction has no source or id.</exception>
    Task<int> UpsertAsync(LookupKey key, IEnumerable<Interaction> interactions, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes interactions of many customers in one go, the bulk path for an import or a replayed
    /// feed: one transaction, all or nothing, idempotent. When the batch holds the same customer,
    /// source and id more than once, the last one wins.
    /// </summary>
    /// <param name="batch">The interactions with their customers.</param>
    /// <param name="cancellationToken">Cancels the write (nothing is written).</param>
    /// <returns>How many distinct interactions were written.</returns>
    /// <exception cref="ArgumentException">A key is empty, or an interaction has no source or id.</exception>
    Task<int> UpsertBatchAsync(IEnumerable<CustomerInteraction> batch, CancellationToken cancellationToken = default);

    /// <summary>Sets the campaigns a customer is listed in (R2), replacing the previous list.</summary>
    /// <param name="key">The customer.</param>
    /// <param name="campaigns">The campaigns, in the order to show them.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the list is written.</returns>
    Task SetListedCampaignsAsync(LookupKey key, IEnumerable<Campaign> campaigns, CancellationToken cancellationToken = default);
}
