using CustomerJourney.AspNetCore;
using CustomerJourney.AspNetCore.Lookups;
using CustomerJourney.Client;
using CustomerJourney.Fixtures;
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
        Assert.Same(first, cache.Find(first.Handle));

        OpenedLookup third = Open(cache);

        Assert.Equal(2, cache.Count);
        Assert.Null(cache.Find(second.Handle));
        Assert.True(second.Closed.IsCancellationRequested);
        Assert.Same(first, cache.Find(first.Handle));
        Assert.Same(third, cache.Find(third.Handle));
    }

    [Fact]
    public void ALookupInUse_StillEndsAtItsMaxLifetime()
    {
        var cache = new LookupCache(new JourneyEndpointOptions { IdleTimeout = TimeSpan.FromMinutes(10), MaxLifetime = TimeSpan.FromMinutes(25) }, _clock);
        OpenedLookup lookup = Open(cache);

        for (int i = 0; i < 4; i++)
        {
            _clock.Advance(TimeSpan.FromMinutes(6));
            Assert.Same(lookup, cache.Find(lookup.Handle));
        }

        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(cache.Find(lookup.Handle));
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

    private OpenedLookup Open(LookupCache cache)
    {
        OpenedLookup lookup = Lookup();
        cache.Add(lookup);
        return lookup;
    }

    private OpenedLookup Lookup()
    {
        var query = new JourneyQuery(Journeys.Key);
        JourneyResult journey = JourneyModelFactory.JourneyResult(query, Journeys.All(), asOf: _clock.GetUtcNow());
        return new OpenedLookup(LookupHandle.New(), "agent", query, journey, _clock.GetUtcNow());
    }
}
