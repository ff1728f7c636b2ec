namespace CustomerJourney.Identity;

/// <summary>
/// Where an <see cref="IdentityGraph"/> keeps its joins across restarts (the SQLite journey store
/// is one). The graph writes through: a join or an undo is stored before the graph shows it.
/// A store shared by several processes (PostgreSQL) also says when another process changed the
/// joins, so each process's graph can follow (<see cref="IdentityGraph.FollowAsync"/>).
/// </summary>
public interface IIdentityLinkStore
{
    /// <summary>Reads every stored join.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The joins, oldest first.</returns>
    Task<IReadOnlyList<IdentityLink>> GetIdentityLinksAsync(CancellationToken cancellationToken);

    /// <summary>Stores a join.</summary>
    /// <param name="link">The join.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the join is stored.</returns>
    Task SaveIdentityLinkAsync(IdentityLink link, CancellationToken cancellationToken);

    /// <summary>Deletes a join.</summary>
    /// <param name="linkId">The join's identifier.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether there was such a join.</returns>
    Task<bool> DeleteIdentityLinkAsync(Guid linkId, CancellationToken cancellationToken);

    /// <summary>
    /// Signals, until cancelled, each time the stored joins may have changed outside this process
    /// (a join or an undo made by another node, or a reconnection after which changes may have been
    /// missed). A store that only one process uses never signals: the default ends at once.
    /// </summary>
    /// <param name="cancellationToken">Ends the stream.</param>
    /// <returns>One element per change signalled.</returns>
    IAsyncEnumerable<IdentityLinksChanged> WatchIdentityLinksAsync(CancellationToken cancellationToken) => AsyncEnumerable.Empty<IdentityLinksChanged>();
}
