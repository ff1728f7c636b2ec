using CustomerJourney.Client;
using CustomerJourney.Live;
using CustomerJourney.Query;

namespace CustomerJourney.AspNetCore.Lookups;

/// <summary>
/// One agent's open lookup: the query it was opened with, bound to the agent who opened it, and
/// the journey fetched for it, kept current by the live stream (<see cref="JourneyResult.Advance"/>).
/// </summary>
// CA1001: the token source's only resource is its lifetime timer, which fires (or is cancelled by Close) once; the lookup is never disposed.
#pragma warning disable CA1001
internal sealed class OpenedLookup
#pragma warning restore CA1001
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _closed;
    private JourneyResult _journey;
    private DateTimeOffset? _nextStatusChange;
    private int _streams;

    public OpenedLookup(string handle, string owner, JourneyQuery query, JourneyResult journey, DateTimeOffset openedAt, TimeSpan maxLifetime, TimeProvider time)
    {
        Handle = handle;
        Owner = owner;
        Query = query;
        OpenedAt = openedAt;
        _journey = journey;
        _nextStatusChange = journey.NextStatusChange;
        // The lookup ends at its maximum lifetime even if nothing asks for it: its streams stop watching the sources then.
        _closed = new CancellationTokenSource(maxLifetime, time);
    }

    public string Handle { get; }

    /// <summary>Who opened it: the only user it answers.</summary>
    public string Owner { get; }

    public JourneyQuery Query { get; }

    public DateTimeOffset OpenedAt { get; }

    /// <summary>Cancelled when the lookup is closed, expired or evicted: its streams end.</summary>
    public CancellationToken Closed => _closed.Token;

    /// <summary>The journey as of <paramref name="now"/>: live statuses move on without asking the sources.</summary>
    public JourneyResult JourneyAt(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_nextStatusChange is { } change && change <= now)
            {
                _journey = _journey.Advance(now);
                _nextStatusChange = _journey.NextStatusChange;
            }

            return _journey;
        }
    }

    /// <summary>Whether a live stream of it is open: the agent is looking at it, so it is in use.</summary>
    public bool IsWatched => Volatile.Read(ref _streams) > 0;

    public void StreamOpened() => Interlocked.Increment(ref _streams);

    public void StreamClosed() => Interlocked.Decrement(ref _streams);

    /// <summary>Takes in what the live stream saw: a fresh snapshot, or arrivals and status changes as of <paramref name="now"/>.</summary>
    public JourneyResult Apply(JourneyUpdate update, DateTimeOffset now)
    {
        lock (_gate)
        {
            // A snapshot replaces what was fetched only when every source answered it; a degraded one
            // (a source down, the lookup refused a turn) only adds what it brought, so nothing shown is lost.
            _journey = update.Kind == JourneyUpdateKind.Snapshot && update.Journey is { } snapshot
                ? snapshot.IsComplete ? snapshot : _journey.Advance(now, snapshot.AllItems.Select(i => i.Interaction))
                : _journey.Advance(now, update.Interaction is { } arrived && update.Kind != JourneyUpdateKind.StatusChanged ? [arrived] : null);
            _nextStatusChange = _journey.NextStatusChange;
            return _journey;
        }
    }

    public void Close() => _closed.Cancel();
}
