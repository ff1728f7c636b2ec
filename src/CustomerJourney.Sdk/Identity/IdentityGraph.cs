using CustomerJourney.Model;

namespace CustomerJourney.Identity;

/// <summary>
/// Joins a customer's identifiers into one profile (identity stitching): web visitor ids from
/// several devices become one customer when the customer gives the same e-mail address or phone
/// number on each. Joins are recorded with their reason, never merge data (each source keeps its
/// records, so the whole history of every identifier stays), and can be undone. A lookup by any
/// joined identifier reads the journey of all of them. Thread-safe; register one per process.
/// </summary>
public sealed class IdentityGraph
{
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private List<IdentityLink> _links = [];

    /// <summary>Creates an empty graph.</summary>
    /// <param name="timeProvider">The clock stamping joins; <see langword="null"/> for the system clock.</param>
    public IdentityGraph(TimeProvider? timeProvider = null) => _time = timeProvider ?? TimeProvider.System;

    /// <summary>Every join, oldest first.</summary>
    public IReadOnlyList<IdentityLink> Links
    {
        get
        {
            lock (_lock)
            {
                return [.. _links];
            }
        }
    }

    /// <summary>Records that two identifiers are the same customer.</summary>
    /// <param name="first">One identifier.</param>
    /// <param name="second">The other.</param>
    /// <param name="reason">Why (e.g. "same e-mail given in web messaging"); must not hold personal data.</param>
    /// <returns>The join; the existing one when the two were already joined directly.</returns>
    /// <exception cref="ArgumentException">A key is empty, the keys are the same, or the reason is blank.</exception>
    public IdentityLink Join(LookupKey first, LookupKey second, string reason)
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

        lock (_lock)
        {
            IdentityLink? existing = _links.Find(l => (l.First == first && l.Second == second) || (l.First == second && l.Second == first));
            if (existing is not null)
            {
                return existing;
            }

            var link = new IdentityLink(Guid.NewGuid(), first, second, reason, _time.GetUtcNow());
            _links = [.. _links, link];
            return link;
        }
    }

    /// <summary>Undoes a join; profiles that held only through it split again.</summary>
    /// <param name="linkId">The join's identifier.</param>
    /// <returns>Whether there was such a join.</returns>
    public bool Undo(Guid linkId)
    {
        lock (_lock)
        {
            int before = _links.Count;
            _links = [.. _links.Where(l => l.Id != linkId)];
            return _links.Count != before;
        }
    }

    /// <summary>The profile an identifier belongs to: every identifier reachable through joins.</summary>
    /// <param name="key">The identifier looked up.</param>
    /// <returns>The profile, with <paramref name="key"/> first.</returns>
    public CustomerProfile ProfileOf(LookupKey key)
    {
        List<IdentityLink> links;
        lock (_lock)
        {
            links = _links;
        }

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
