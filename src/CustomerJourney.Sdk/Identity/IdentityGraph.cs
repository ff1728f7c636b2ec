using CustomerJourney.Model;

namespace CustomerJourney.Identity;

/// <summary>
/// Joins a customer's identifiers into one profile (identity stitching): web visitor ids from
/// several devices become one customer when the customer gives the same e-mail address or phone
/// number on each. Joins are recorded with their reason, never merge data (each source keeps its
/// records, so the whole history of every identifier stays), and can be undone. A lookup by any
/// joined identifier reads the journey of all of them. Thread-safe; register one per process.
/// With an <see cref="IIdentityLinkStore"/> (<see cref="LoadAsync"/>) the joins survive restarts.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A SemaphoreSlim holds unmanaged resources only once its AvailableWaitHandle is read, which this type never does.")]
public sealed class IdentityGraph
{
    private readonly SemaphoreSlim _writes = new(1, 1);
    private readonly TimeProvider _time;
    private readonly IIdentityLinkStore? _store;
    private volatile List<IdentityLink> _links = [];

    /// <summary>Creates an empty graph kept in memory.</summary>
    /// <param name="timeProvider">The clock stamping joins; <see langword="null"/> for the system clock.</param>
    public IdentityGraph(TimeProvider? timeProvider = null)
        : this(null, timeProvider)
    {
    }

    private IdentityGraph(IIdentityLinkStore? store, TimeProvider? timeProvider)
    {
        _store = store;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Creates a graph over a store: its joins are read now, and every join and undo is written through.</summary>
    /// <param name="store">Where the joins are kept.</param>
    /// <param name="timeProvider">The clock stamping joins; <see langword="null"/> for the system clock.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The graph.</returns>
    public static async Task<IdentityGraph> LoadAsync(IIdentityLinkStore store, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var graph = new IdentityGraph(store, timeProvider);
        graph._links = [.. await store.GetIdentityLinksAsync(cancellationToken).ConfigureAwait(false)];
        return graph;
    }

    /// <summary>Every join, oldest first.</summary>
    public IReadOnlyList<IdentityLink> Links => _links;

    /// <summary>Records that two identifiers are the same customer (stored first, when the graph has a store).</summary>
    /// <param name="first">One identifier.</param>
    /// <param name="second">The other.</param>
    /// <param name="reason">Why (e.g. "same e-mail given in web messaging"); must not hold personal data.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The join; the existing one when the two were already joined directly.</returns>
    /// <exception cref="ArgumentException">A key is empty, the keys are the same, or the reason is blank.</exception>
    public async Task<IdentityLink> JoinAsync(LookupKey first, LookupKey second, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (first.IsEmpty || second.IsEmpty)
        {
            throw new ArgumentException("Both identifiers must be set.", first.IsEmpty ? nameof(first) : nameof(second));
        }

        if (first == second)
        {
            throw new ArgumentException("An identifier cannot be joined to itself.", nameof(second));
        }

        await _writes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            IdentityLink? existing = _links.Find(l => (l.First == first && l.Second == second) || (l.First == second && l.Second == first));
            if (existing is not null)
            {
                return existing;
            }

            var link = new IdentityLink(Guid.NewGuid(), first, second, reason, _time.GetUtcNow());
            if (_store is not null)
            {
                await _store.SaveIdentityLinkAsync(link, cancellationToken).ConfigureAwait(false);
            }

            // Readers take the list as a whole: it is replaced, never changed.
            _links = [.. _links, link];
            return link;
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>Undoes a join; profiles that held only through it split again.</summary>
    /// <param name="linkId">The join's identifier.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether there was such a join.</returns>
    public async Task<bool> UndoAsync(Guid linkId, CancellationToken cancellationToken = default)
    {
        await _writes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_links.Exists(l => l.Id == linkId))
            {
                return false;
            }

            if (_store is not null)
            {
                await _store.DeleteIdentityLinkAsync(linkId, cancellationToken).ConfigureAwait(false);
            }

            _links = [.. _links.Where(l => l.Id != linkId)];
            return true;
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>The profile an identifier belongs to: every identifier reachable through joins.</summary>
    /// <param name="key">The identifier looked up.</param>
    /// <returns>The profile, with <paramref name="key"/> first.</returns>
    public CustomerProfile ProfileOf(LookupKey key)
    {
        List<IdentityLink> links = _links;

        var keys = new List<LookupKey> { key };
        var seen = new HashSet<LookupKey> { key };
        var used = new HashSet<Guid>();
        for (int next = 0; next < keys.Count; next++)
        {
            LookupKey current = keys[next];
            foreach (IdentityLink link in links)
            {
                LookupKey? other = link.First == current ? link.Second : link.Second == current ? link.First : null;
                if (other is { } found)
                {
                    used.Add(link.Id);
                    if (seen.Add(found))
                    {
                        keys.Add(found);
                    }
                }
            }
        }

        return new CustomerProfile(keys, [.. links.Where(l => used.Contains(l.Id))]);
    }
}
