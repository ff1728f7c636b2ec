using CustomerJourney.Access;
using CustomerJourney.Client;
using CustomerJourney.Fixtures;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using Microsoft.Extensions.Time.Testing;

namespace CustomerJourney.Live;

public class JourneyWatchTests
{
    private static readonly DateTimeOffset s_start = JourneyResults.Now;
    private readonly FakeTimeProvider _time = new(s_start);

    private static Interaction Chat(string id, DateTimeOffset lastActivity, params string[] divisions) =>
        Interactions.At(id, "2026-11-15T14:25:00Z", channel: Channel.WebMessaging, source: "Engage") with { LastActivity = lastActivity, Divisions = divisions };

    private JourneyClient Client(params IJourneySource[] sources) =>
        new(sources, new JourneyClientOptions { SourceTimeout = TimeSpan.FromSeconds(3), WatchPollInterval = TimeSpan.FromSeconds(5) }, _time);

    // Advances the fake clock in small steps until the watch reports something: the watch sleeps
    // until its next threshold on this clock, so the step bounds how late a change can be seen.
    private async Task<JourneyUpdate> NextAsync(IAsyncEnumerator<JourneyUpdate> watch, TimeSpan? step = null)
    {
        ValueTask<bool> next = watch.MoveNextAsync();
        for (int i = 0; i < 5_000 && !next.IsCompleted; i++)
        {
            await Task.Delay(2);
            if (!next.IsCompleted)
            {
                _time.Advance(step ?? TimeSpan.FromMilliseconds(100));
            }
        }

        Assert.True(await next.AsTask().WaitAsync(TimeSpan.FromSeconds(10)), "The watch ended.");
        return watch.Current;
    }

    [Fact]
    public async Task R14_Watch_ReportsIdleAt45sInactiveAt60sAndLiveAgainOnANewEvent()
    {
        var engage = new InMemoryJourneySource("Engage").Add(Keys.Dana, Chat("c1", s_start));
        using var cancel = new CancellationTokenSource();
        await using IAsyncEnumerator<JourneyUpdate> watch = Client(engage).WatchAsync(new JourneyQuery(Keys.Dana), cancel.Token).GetAsyncEnumerator();

        JourneyUpdate snapshot = await NextAsync(watch);
        Assert.Equal(JourneyUpdateKind.Snapshot, snapshot.Kind);
        Assert.Equal(LiveStatus.Live, Assert.Single(snapshot.Journey!.Items).Status);

        JourneyUpdate idle = await NextAsync(watch);
        Assert.Equal((JourneyUpdateKind.StatusChanged, LiveStatus.Idle), (idle.Kind, idle.Status));
        // Never early; how late depends only on how this test steps the fake clock.
        Assert.InRange(idle.At - s_start, TimeSpan.FromSeconds(45), TimeSpan.FromSeconds(59.9));

        JourneyUpdate inactive = await NextAsync(watch);
        Assert.Equal((JourneyUpdateKind.StatusChanged, LiveStatus.Inactive), (inactive.Kind, inactive.Status));
        Assert.True(inactive.At - s_start >= TimeSpan.FromSeconds(60), "Inactive before 60 s.");

        _time.Advance(TimeSpan.FromMinutes(5));
        engage.Upsert(Keys.Dana, Chat("c1", _time.GetUtcNow()));
        JourneyUpdate again = await NextAsync(watch);
        Assert.Equal((JourneyUpdateKind.Changed, LiveStatus.Live, "c1"), (again.Kind, again.Status, again.Interaction!.Id));

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await watch.MoveNextAsync());
    }

    [Fact]
    public async Task R14_Watch_PollsASourceThatCannotPush()
    {
        int calls = 0;
        var polled = new ScriptedSource("Polled", (_, _) => Task.FromResult<IReadOnlyList<Interaction>>(
            Interlocked.Increment(ref calls) == 1 ? [] : [Interactions.At("p1", "2026-11-15T14:30:01Z", source: "Polled")]));
        await using IAsyncEnumerator<JourneyUpdate> watch = Client(polled).WatchAsync(new JourneyQuery(Keys.Dana)).GetAsyncEnumerator();

        Assert.Empty((await NextAsync(watch)).Journey!.Items);
        JourneyUpdate added = await NextAsync(watch, TimeSpan.FromSeconds(1));

        Assert.Equal((JourneyUpdateKind.Added, "p1"), (added.Kind, added.Interaction!.Id));
        Assert.True(added.At - s_start >= TimeSpan.FromSeconds(5), "Polled before the interval.");
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task R15_Watch_NeverPushesAnotherDivisionsInteraction()
    {
        var engage = new InMemoryJourneySource("Engage");
        var agentOfA = new JourneyQuery(Keys.Dana) { Access = AccessContext.ForDivisions(JourneyPermissions.None, "A") };
        await using IAsyncEnumerator<JourneyUpdate> watch = Client(engage).WatchAsync(agentOfA).GetAsyncEnumerator();
        Assert.Empty((await NextAsync(watch)).Journey!.Items);

        engage.Upsert(Keys.Dana, Chat("b-only", s_start, "B"));
        engage.Upsert(Keys.Dana, Chat("a-and-b", s_start, "A", "B"));
        JourneyUpdate update = await NextAsync(watch);

        Assert.Equal("a-and-b", update.Interaction!.Id);
    }

    [Fact]
    public async Task Watch_LeftAfterTheSnapshot_StopsListeningToItsSources()
    {
        var pushing = new PushingSource();
        IAsyncEnumerator<JourneyUpdate> watch = Client(pushing).WatchAsync(new JourneyQuery(Keys.Dana)).GetAsyncEnumerator();
        Assert.Equal(JourneyUpdateKind.Snapshot, (await NextAsync(watch)).Kind);

        await watch.DisposeAsync();

        await pushing.Ended.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private sealed class PushingSource : IJourneyUpdateSource
    {
        public TaskCompletionSource Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name => "Pushing";

        public SourceCapabilities Capabilities => SourceCapabilities.PhoneLookup;

        public Task<IReadOnlyList<Interaction>> GetInteractionsAsync(SourceQuery query, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Interaction>>([]);

        public Task<IReadOnlyList<Campaign>> GetListedCampaignsAsync(LookupKey key, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Campaign>>([]);

        public async IAsyncEnumerable<Interaction> WatchAsync(LookupKey key, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
                yield break;
            }
            finally
            {
                Ended.TrySetResult();
            }
        }
    }
}
