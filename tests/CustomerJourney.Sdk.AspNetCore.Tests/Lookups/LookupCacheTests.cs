using CustomerJourney.AspNetCore;
using CustomerJourney.AspNetCore.Lookups;
using CustomerJourney.Client;
using CustomerJourney.Fixtures;
using CustomerJourney.Live;
using CustomerJourney.Query;
using Microsoft.Extensions.Time.Testing;

namespace CustomerJourney.Lookups;

/// <summary>The open lookups are bounded in number and in time, documented in docs/widget.md.</summary>
public class LookupCacheTests
{
    private readonly FakeTimeProvider _clock = new(Journeys.Now);

    [Fact]
    public void BeyondMaxOpenLookups_TheLeastRecentlyUsedIsClosed()
    {
        var cache = new LookupCache(new JourneyEndpointOptions { MaxOpenLookups = 2 }, _clock);
        OpenedLookup first = Open(cache);
        OpenedLookup second = Open(cache);
        Assert.Same(first, cache.Find(first.Handle, "agent", out _));

        OpenedLookup third = Open(cache);

        Assert.Equal(2, cache.Count);
        Assert.Null(cache.Find(second.Handle, "agent", out _));
        Assert.True(second.Closed.IsCancellationRequested);
        Assert.Same(first, cache.Find(first.Handle, "agent", out _));
        Assert.Same(third, cache.Find(third.Handle, "agent", out _));
    }

    [Fact]
    public void ALookupInUse_StillEndsAtItsMaxLifetime()
    {
        var cache = new LookupCache(new JourneyEndpointOptions { IdleTimeout = TimeSpan.FromMinutes(10), MaxLifetime = TimeSpan.FromMinutes(25) }, _clock);
        OpenedLookup lookup = Open(cache);

        for (int i = 0; i < 4; i++)
        {
            _clock.Advance(TimeSpan.FromMinutes(6));
            Assert.Same(lookup, cache.Find(lookup.Handle, "agent", out _));
        }

        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(cache.Find(lookup.Handle, "agent", out _));
        Assert.True(lookup.Closed.IsCancellationRequested);
    }

    [Fact]
    public void Add_SaysWhenTheLookupExpiresIfUnused_AndDropsTheExpiredOnes()
    {
        var cache = new LookupCache(new JourneyEndpointOptions { IdleTimeout = TimeSpan.FromMinutes(10) }, _clock);
        OpenedLookup old = Open(cache);
        _clock.Advance(TimeSpan.FromMinutes(11));

        DateTimeOffset expires = cache.Add(Lookup());

        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromMinutes(10), expires);
        Assert.Equal(1, cache.Count);
        Assert.True(old.Closed.IsCancellationRequested);
    }

    [Fact]
    public void Handles_AreRandom_AndWellFormed()
    {
        string[] handles = [.. Enumerable.Range(0, 1000).Select(_ => LookupHandle.New())];

        Assert.Equal(1000, handles.Distinct(StringComparer.Ordinal).Count());
        Assert.All(handles, h => Assert.True(LookupHandle.IsWellFormed(h)));
        Assert.False(LookupHandle.IsWellFormed("short"));
        Assert.False(LookupHandle.IsWellFormed("AAAAAAAAAAAAAAAAAAAA/A"));
    }

    [Fact]
    public void AForeignUser_NeitherGetsTheLookup_NorKeepsItAlive()
    {
        var cache = new LookupCache(new JourneyEndpointOptions { IdleTimeout = TimeSpan.FromMinutes(10) }, _clock);
        OpenedLookup lookup = Open(cache);

        _clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Null(cache.Find(lookup.Handle, "someone else", out bool foreign));
        Assert.True(foreign);
        _clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Null(cache.Find(lookup.Handle, "agent", out bool stillForeign));
        Assert.False(stillForeign);
    }

    [Fact]
    public void BeyondMaxLookupsPerAgent_ThatAgentsOwnOldestIsClosed_NotAnotherAgents()
    {
        var cache = new LookupCache(new JourneyEndpointOptions { MaxLookupsPerAgent = 2 }, _clock);
        OpenedLookup other = Open(cache, "agent-b");
        OpenedLookup first = Open(cache);
        OpenedLookup second = Open(cache);

        OpenedLookup third = Open(cache);

        Assert.Null(cache.Find(first.Handle, "agent", out _));
        Assert.Same(second, cache.Find(second.Handle, "agent", out _));
        Assert.Same(third, cache.Find(third.Handle, "agent", out _));
        Assert.Same(other, cache.Find(other.Handle, "agent-b", out _));
    }

    [Fact]
    public void AWatchedLookup_DoesNotExpireIdle_ButEndsAtItsMaxLifetime_EvenUnasked()
    {
        var cache = new LookupCache(new JourneyEndpointOptions { IdleTimeout = TimeSpan.FromMinutes(10), MaxLifetime = TimeSpan.FromMinutes(30) }, _clock);
        OpenedLookup lookup = Open(cache);
        lookup.StreamOpened();

        _clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Same(lookup, cache.Find(lookup.Handle, "agent", out _));
        _clock.Advance(TimeSpan.FromMinutes(11));

        // Its lifetime timer closed it (its streams stop) before anyone asked again.
        Assert.True(lookup.Closed.IsCancellationRequested);
        Assert.Null(cache.Find(lookup.Handle, "agent", out _));
    }

    [Fact]
    public void ADegradedSnapshot_FromTheStream_NeverLosesWhatWasShown()
    {
        OpenedLookup lookup = Lookup();
        var query = new JourneyQuery(Journeys.Key);
        JourneyResult degraded = JourneyModelFactory.JourneyResult(query, [], [new SourceStatus("Memory", SourceState.TimedOut, "Memory timed out.", 0, TimeSpan.FromSeconds(4), [])], asOf: _clock.GetUtcNow());

        JourneyResult after = lookup.Apply(new JourneyUpdate(JourneyUpdateKind.Snapshot, _clock.GetUtcNow(), degraded, null, LiveStatus.Past), _clock.GetUtcNow());

        Assert.Equal(Journeys.All().Length, after.AllItems.Count);
    }

    private OpenedLookup Open(LookupCache cache, string owner = "agent")
    {
        OpenedLookup lookup = Lookup(owner);
        cache.Add(lookup);
        return lookup;
    }

    private OpenedLookup Lookup(string owner = "agent")
    {
        var query = new JourneyQuery(Journeys.Key);
        JourneyResult journey = JourneyModelFactory.JourneyResult(query, Journeys.All(), asOf: _clock.GetUtcNow());
        return new OpenedLookup(LookupHandle.New(), owner, query, journey, _clock.GetUtcNow(), TimeSpan.FromMinutes(30), _clock);
    }
}
