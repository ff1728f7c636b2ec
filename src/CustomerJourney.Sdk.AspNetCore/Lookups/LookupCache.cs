namespace CustomerJourney.AspNetCore.Lookups;

/// <summary>
/// The open lookups, bounded: each expires after <see cref="JourneyEndpointOptions.IdleTimeout"/>
/// unused (a lookup whose live stream is open is in use) or <see cref="JourneyEndpointOptions.MaxLifetime"/>
/// in all; beyond <see cref="JourneyEndpointOptions.MaxLookupsPerAgent"/> an agent's own oldest is
/// closed, and beyond <see cref="JourneyEndpointOptions.MaxOpenLookups"/> the least recently used. Lookups
/// are found by handle only, and a handle answers only the user who opened it: nothing held for
/// one agent is served to another.
/// </summary>
internal sealed class LookupCache
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _byHandle = new(StringComparer.Ordinal);
    // Least recently used first.
    private readonly LinkedList<Entry> _recency = new();
    private readonly JourneyEndpointOptions _options;
    private readonly TimeProvider _time;

    public LookupCache(JourneyEndpointOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byHandle.Count;
            }
        }
    }

    /// <summary>Holds a lookup; returns when it expires if unused.</summary>
    public DateTimeOffset Add(OpenedLookup lookup)
    {
        DateTimeOffset now = _time.GetUtcNow();
        List<OpenedLookup> closed = [];
        DateTimeOffset expiresAt;
        lock (_gate)
        {
            RemoveExpired(now, closed);
            // One agent's lookups beyond their own bound close their own oldest, not everyone's.
            if (OldestOf(lookup.Owner, out int held) is { } own && held >= _options.MaxLookupsPerAgent)
            {
                Remove(own, closed);
            }

            while (_byHandle.Count >= _options.MaxOpenLookups && _recency.First is { } oldest)
            {
                Remove(oldest, closed);
            }

            var entry = new Entry(lookup) { LastUsed = now };
            _byHandle[lookup.Handle] = _recency.AddLast(entry);
            expiresAt = ExpiryOf(entry);
        }

        CloseAll(closed);
        return expiresAt;
    }

    /// <summary>
    /// The lookup with this handle, if it is open; marks it used only when <paramref name="owner"/>
    /// opened it (another user neither keeps it alive nor learns more than that it is not theirs).
    /// </summary>
    public OpenedLookup? Find(string handle, string owner, out bool foreign)
    {
        foreign = false;
        DateTimeOffset now = _time.GetUtcNow();
        OpenedLookup? expired = null;
        OpenedLookup? found = null;
        lock (_gate)
        {
            if (_byHandle.TryGetValue(handle, out LinkedListNode<Entry>? node))
            {
                if (ExpiryOf(node.Value) <= now)
                {
                    expired = node.Value.Lookup;
                    _byHandle.Remove(handle);
                    _recency.Remove(node);
                }
                else if (!string.Equals(node.Value.Lookup.Owner, owner, StringComparison.Ordinal))
                {
                    foreign = true;
                }
                else
                {
                    node.Value.LastUsed = now;
                    _recency.Remove(node);
                    _recency.AddLast(node);
                    found = node.Value.Lookup;
                }
            }
        }

        expired?.Close();
        return found;
    }

    /// <summary>Closes a lookup (its streams end).</summary>
    public bool Remove(string handle)
    {
        OpenedLookup? removed = null;
        lock (_gate)
        {
            if (_byHandle.Remove(handle, out LinkedListNode<Entry>? node))
            {
                _recency.Remove(node);
                removed = node.Value.Lookup;
            }
        }

        removed?.Close();
        return removed is not null;
    }

    private DateTimeOffset ExpiryOf(Entry entry)
    {
        DateTimeOffset end = entry.Lookup.OpenedAt + _options.MaxLifetime;
        if (entry.Lookup.IsWatched || entry.Lookup.Closed.IsCancellationRequested)
        {
            // Watched: in use until its lifetime ends. Closed by its lifetime timer: gone now.
            return entry.Lookup.Closed.IsCancellationRequested ? DateTimeOffset.MinValue : end;
        }

        DateTimeOffset idle = entry.LastUsed + _options.IdleTimeout;
        return idle < end ? idle : end;
    }

    private LinkedListNode<Entry>? OldestOf(string owner, out int held)
    {
        held = 0;
        LinkedListNode<Entry>? oldest = null;
        for (LinkedListNode<Entry>? node = _recency.First; node is not null; node = node.Next)
        {
            if (string.Equals(node.Value.Lookup.Owner, owner, StringComparison.Ordinal))
            {
                oldest ??= node;
                held++;
            }
        }

        return oldest;
    }

    private void RemoveExpired(DateTimeOffset now, List<OpenedLookup> closed)
    {
        // Least recently used first: the idle ones are at the front; one past its whole lifetime may sit anywhere, so look at all.
        for (LinkedListNode<Entry>? node = _recency.First; node is not null;)
        {
            LinkedListNode<Entry>? next = node.Next;
            if (ExpiryOf(node.Value) <= now)
            {
                Remove(node, closed);
            }

            node = next;
        }
    }

    private void Remove(LinkedListNode<Entry> node, List<OpenedLookup> closed)
    {
        _byHandle.Remove(node.Value.Lookup.Handle);
        _recency.Remove(node);
        closed.Add(node.Value.Lookup);
    }

    private static void CloseAll(List<OpenedLookup> closed)
    {
        foreach (OpenedLookup lookup in closed)
        {
            lookup.Close();
        }
    }

    private sealed class Entry(OpenedLookup lookup)
    {
        public OpenedLookup Lookup { get; } = lookup;

        public DateTimeOffset LastUsed { get; set; }
    }
}
