using System.Collections.Immutable;
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
    private volatile GraphState _state = GraphState.Empty;

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
        foreach (IdentityLink link in await store.GetIdentityLinksAsync(cancellationToken).ConfigureAwait(false))
        {
            graph._state = graph._state.With(link);
        }

        return graph;
    }

    /// <summary>
    /// Reads the store's joins again, taking in the joins and undos other processes sharing the
    /// store made. Without a store, does nothing.
    /// </summary>
    /// <param name="cancellationToken">Cancels the read (the graph stays as it was).</param>
    /// <returns>A task that completes when the graph shows the store's joins.</returns>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        if (_store is null)
        {
            return;
        }

        await _writes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            GraphState state = GraphState.Empty;
            foreach (IdentityLink link in await _store.GetIdentityLinksAsync(cancellationToken).ConfigureAwait(false))
            {
                state = state.With(link);
            }

            _state = state;
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>
    /// Keeps the graph in step with joins and undos other processes make in the shared store, until
    /// cancelled: reads the joins again on each change the store signals
    /// (<see cref="IIdentityLinkStore.WatchIdentityLinksAsync"/>). Run it from a hosted service on
    /// every node of a host that shares a store. Returns at once for a graph without a store, or a
    /// store only this process uses.
    /// </summary>
    /// <param name="cancellationToken">Stops following.</param>
    /// <returns>A task that ends when the store's stream ends or <paramref name="cancellationToken"/> is cancelled (it does not throw for that).</returns>
    public async Task FollowAsync(CancellationToken cancellationToken)
    {
        if (_store is null)
        {
            return;
        }

        try
        {
            await foreach (IdentityLinksChanged _ in _store.WatchIdentityLinksAsync(cancellationToken).ConfigureAwait(false))
            {
                await RefreshAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped by the host: the graph keeps what it last read.
        }
    }

    /// <summary>Every join, oldest first.</summary>
    public IReadOnlyList<IdentityLink> Links => _state.Links;

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
            IdentityLink? existing = _state.Of(first).Select(e => e.Link).FirstOrDefault(l => l.First == second || l.Second == second);
            if (existing is not null)
            {
                return existing;
            }

            var link = new IdentityLink(Guid.NewGuid(), first, second, reason, _time.GetUtcNow());
            if (_store is not null)
            {
                await _store.SaveIdentityLinkAsync(link, cancellationToken).ConfigureAwait(false);
            }

            // Readers take the state as a whole: it is replaced, never changed.
            _state = _state.With(link);
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
            if (!_state.ById.TryGetValue(linkId, out IdentityLink? link))
            {
                return false;
            }

            if (_store is not null)
            {
                await _store.DeleteIdentityLinkAsync(linkId, cancellationToken).ConfigureAwait(false);
            }

            _state = _state.Without(link);
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
        // A walk over the joins of each identifier reached: the cost is the profile's size, not the graph's.
        GraphState state = _state;
        var keys = new List<LookupKey> { key };
        var seen = new HashSet<LookupKey> { key };
        var used = new Dictionary<Guid, Entry>();
        for (int next = 0; next < keys.Count; next++)
        {
            LookupKey current = keys[next];
            foreach (Entry entry in state.Of(current))
            {
                used.TryAdd(entry.Link.Id, entry);
                LookupKey other = entry.Link.First == current ? entry.Link.Second : entry.Link.First;
                if (seen.Add(other))
                {
                    keys.Add(other);
                }
            }
        }

        return new CustomerProfile(keys, [.. used.Values.OrderBy(e => e.Sequence).Select(e => e.Link)]);
    }

    private readonly record struct Entry(IdentityLink Link, long Sequence);

    // Immutable, swapped whole on each write: joins by identifier for the walk, by id for undo, in order for Links.
    private sealed record GraphState(
        ImmutableList<IdentityLink> Links,
        ImmutableDictionary<LookupKey, ImmutableList<Entry>> ByKey,
        ImmutableDictionary<Guid, IdentityLink> ById,
        long NextSequence)
    {
        public static GraphState Empty { get; } = new([], ImmutableDictionary<LookupKey, ImmutableList<Entry>>.Empty, ImmutableDictionary<Guid, IdentityLink>.Empty, 0);

        public ImmutableList<Entry> Of(LookupKey key) => ByKey.GetValueOrDefault(key, []);

        public GraphState With(IdentityLink link)
        {
            if (ById.ContainsKey(link.Id))
            {
                return this;
            }

            var entry = new Entry(link, NextSequence);
            ImmutableDictionary<LookupKey, ImmutableList<Entry>> byKey = ByKey.SetItem(link.First, Of(link.First).Add(entry));
            byKey = byKey.SetItem(link.Second, byKey.GetValueOrDefault(link.Second, []).Add(entry));
            return new GraphState(Links.Add(link), byKey, ById.Add(link.Id, link), NextSequence + 1);
        }

        public GraphState Without(IdentityLink link)
        {
            ImmutableDictionary<LookupKey, ImmutableList<Entry>> byKey = ByKey;
            foreach (LookupKey key in new[] { link.First, link.Second })
            {
                ImmutableList<Entry> left = byKey.GetValueOrDefault(key, []).RemoveAll(e => e.Link.Id == link.Id);
                byKey = left.IsEmpty ? byKey.Remove(key) : byKey.SetItem(key, left);
            }

            return this with { Links = Links.Remove(link), ByKey = byKey, ById = ById.Remove(link.Id) };
        }
    }
}
