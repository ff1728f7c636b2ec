using CustomerJourney.Client;
using CustomerJourney.Identity;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using static CustomerJourney.Stores.Conformance.ConformanceRecords;

namespace CustomerJourney.Stores.Conformance;

/// <summary>
/// Every promise of docs/store.md, for any <see cref="IJourneyStore"/>: each store's tests derive
/// from this class and say only how to open their store, how to break it, and how to write a row
/// a newer SDK would write. Each test gets storage of its own.
/// </summary>
public abstract class JourneyStoreConformanceTests : IAsyncLifetime
{
    private readonly List<IJourneyStore> _opened = [];

    /// <summary>What a store that refuses the credentials (PostgreSQL) or the file (SQLite) fails with.</summary>
    protected abstract JourneyStoreError RefusedError { get; }

    /// <summary>What a store whose server is down (PostgreSQL) or whose file is gone (SQLite) fails with.</summary>
    protected abstract JourneyStoreError UnreachableError { get; }

    /// <summary>Opens a store on this test's storage; called again, it opens another instance (another process or node) on the same storage.</summary>
    protected abstract Task<IJourneyStore> OpenOnThisStorageAsync();

    /// <summary>Opens the storage in a way it refuses (the secret as a wrong password; a folder for a file); must throw.</summary>
    protected abstract Task OpenRefusedAsync(string secret);

    /// <summary>A source over storage that cannot be reached (a closed port; a file whose folder is gone).</summary>
    protected abstract Task<IJourneySource> UnreachableAsync();

    /// <summary>Drops every connection the store holds, as a server restart or a failover would.</summary>
    protected abstract Task DropConnectionsAsync();

    /// <summary>Writes, behind the store's back, one interaction of Dana whose channel, mode, direction and outcome kind are values this SDK does not know.</summary>
    protected abstract Task WriteUnknownEnumValuesAsync(IJourneyStore store, string id, DateTimeOffset start);

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (IJourneyStore store in _opened)
        {
            switch (store)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }

    [Fact]
    public async Task Upsert_ReadsBackEveryFieldExactly_OffsetsAndTicksIncluded()
    {
        IJourneyStore store = await OpenAsync();
        Interaction full = Full("DC-1", Start.AddTicks(3));
        Interaction minimal = Minimal("CM-1", Start.AddDays(1).ToOffset(TimeSpan.FromHours(9.5)));

        Assert.Equal(2, await store.UpsertAsync(Dana, [full, minimal]));

        IReadOnlyList<Interaction> read = await ReadAsync(store, Dana);
        Assert.Equal(2, read.Count);
        InteractionAssert.Same(full, read.Single(i => i.Id == "DC-1"));
        InteractionAssert.Same(minimal, read.Single(i => i.Id == "CM-1"));
    }

    [Fact]
    public async Task Upsert_ReplayedNeverDuplicates_AndTheReplayReplacesTheRecord()
    {
        IJourneyStore store = await OpenAsync();
        await store.UpsertAsync(Dana, [Full("DC-1", Start), Minimal("CM-1", Start.AddHours(1))]);

        await store.UpsertAsync(Dana, [Full("DC-1", Start) with { Notes = "second", Outcome = null }, Minimal("CM-1", Start.AddHours(1))]);

        IReadOnlyList<Interaction> read = await ReadAsync(store, Dana);
        Assert.Equal(2, read.Count);
        Interaction replaced = read.Single(i => i.Id == "DC-1");
        Assert.Equal("second", replaced.Notes);
        Assert.Null(replaced.Outcome);
    }

    [Fact]
    public async Task Upsert_ReplayWithAStartInAnotherMonth_MovesTheRecordInsteadOfCopyingIt()
    {
        IJourneyStore store = await OpenAsync();
        await store.UpsertAsync(Dana, [Minimal("CM-1", Start)]);

        await store.UpsertAsync(Dana, [Minimal("CM-1", Start.AddMonths(2))]);

        Interaction only = Assert.Single(await ReadAsync(store, Dana));
        Assert.Equal(Start.AddMonths(2), only.Start);
    }

    [Fact]
    public async Task UpsertBatch_ManyCustomersInOneCall_TheLastDuplicateWinsAndCountsOnce()
    {
        IJourneyStore store = await OpenAsync();
        CustomerInteraction[] batch =
        [
            new(Dana, Minimal("A", Start)),
            new(Other, Minimal("A", Start)),
            new(Dana, Minimal("B", Start.AddDays(40))),
            new(Dana, Minimal("A", Start) with { Notes = "last" }),
        ];

        Assert.Equal(3, await store.UpsertBatchAsync(batch));

        IReadOnlyList<Interaction> dana = await ReadAsync(store, Dana);
        Assert.Equal(["A", "B"], dana.Select(i => i.Id).Order());
        Assert.Equal("last", dana.Single(i => i.Id == "A").Notes);
        Assert.Single(await ReadAsync(store, Other));
    }

    [Fact]
    public async Task UpsertBatch_WithOneInvalidInteraction_IsRefusedWhole()
    {
        IJourneyStore store = await OpenAsync();
        CustomerInteraction[] batch = [new(Dana, Minimal("A", Start)), new(Dana, Minimal(" ", Start))];

        await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertBatchAsync(batch));
        await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertBatchAsync([new(default, Minimal("A", Start))]));

        Assert.Empty(await ReadAsync(store, Dana));
    }

    [Fact]
    public async Task Lookup_ThePeriodIsHalfOpen_FromIncludedToExcluded()
    {
        IJourneyStore store = await OpenAsync();
        DateTimeOffset from = Start;
        DateTimeOffset to = Start.AddMonths(1);
        await store.UpsertAsync(Dana, [Minimal("before", from.AddTicks(-1)), Minimal("first", from), Minimal("last", to.AddTicks(-1)), Minimal("after", to)]);

        IReadOnlyList<Interaction> read = await store.GetInteractionsAsync(new SourceQuery(Dana, from, to), CancellationToken.None);

        Assert.Equal(["first", "last"], read.Select(i => i.Id).Order());
    }

    [Fact]
    public async Task Lookup_CustomersAreKeptApart_AWebIdThatReadsLikeAPhoneNumberFindsNothing()
    {
        IJourneyStore store = await OpenAsync();
        await store.UpsertAsync(Dana, [Minimal("dana", Start)]);
        await store.UpsertAsync(DanaByEmail, [Minimal("dana-mail", Start)]);

        Assert.Equal("dana", Assert.Single(await ReadAsync(store, Dana)).Id);
        Assert.Equal("dana-mail", Assert.Single(await ReadAsync(store, DanaByEmail)).Id);
        Assert.Empty(await ReadAsync(store, Lookalike));
        Assert.Empty(await ReadAsync(store, Other));
    }

    [Fact]
    public async Task Listings_ReplaceThePreviousListAndKeepItsOrder()
    {
        IJourneyStore store = await OpenAsync();
        await store.SetListedCampaignsAsync(Dana, [new Campaign("C-1", "One"), new Campaign("C-2", "Two")]);

        await store.SetListedCampaignsAsync(Dana, [new Campaign("C-3", "Three"), new Campaign("C-1", "One, renamed"), new Campaign("C-3", "Three again")]);

        IReadOnlyList<Campaign> listed = await store.GetListedCampaignsAsync(Dana, CancellationToken.None);
        Assert.Equal([new Campaign("C-3", "Three"), new Campaign("C-1", "One, renamed")], listed);
        Assert.Empty(await store.GetListedCampaignsAsync(Other, CancellationToken.None));
    }

    [Fact]
    public async Task IdentityJoinAndUndo_AreStored_AndASecondInstanceSeesBothAfterRefreshing()
    {
        IJourneyStore first = await OpenAsync();
        IJourneyStore second = await OpenAsync();
        IdentityGraph here = await IdentityGraph.LoadAsync(first);
        IdentityGraph there = await IdentityGraph.LoadAsync(second);

        IdentityLink link = await here.JoinAsync(Dana, DanaByEmail, "same e-mail given in chat");
        await there.RefreshAsync();
        Assert.Equal([Dana, DanaByEmail], there.ProfileOf(Dana).Keys);
        IdentityLink stored = Assert.Single(await second.GetIdentityLinksAsync(CancellationToken.None));
        Assert.Equal((link.Id, link.Reason, link.JoinedAt, link.JoinedAt.Offset), (stored.Id, stored.Reason, stored.JoinedAt, stored.JoinedAt.Offset));

        Assert.True(await here.UndoAsync(link.Id));
        await there.RefreshAsync();
        Assert.Equal([Dana], there.ProfileOf(Dana).Keys);
        Assert.False(await second.DeleteIdentityLinkAsync(link.Id, CancellationToken.None));
    }

    [Fact]
    public async Task UnknownEnumValues_WrittenByANewerSdk_ReadAsUnknown()
    {
        IJourneyStore store = await OpenAsync();
        await WriteUnknownEnumValuesAsync(store, "future", Start);

        Interaction read = Assert.Single(await ReadAsync(store, Dana));

        Assert.Equal((Channel.Unknown, ContactMode.Unknown, InteractionDirection.Unknown, OutcomeKind.Unknown), (read.Channel, read.Mode, read.Direction, read.Outcome?.Kind ?? OutcomeKind.Unknown));
    }

    [Fact]
    public async Task ConcurrentReadersAgainstAWriter_NeverSeeHalfABatchNorTheCountGoBack()
    {
        IJourneyStore writerStore = await OpenAsync();
        IJourneyStore readerStore = await OpenAsync();
        const int Batches = 30;
        const int BatchSize = 25;
        var query = new SourceQuery(Dana, Start, Start.AddYears(1));
        int reads = 0;
        using var writing = new CancellationTokenSource();
        // Readers on threads of their own: a store may run synchronously under its async API.
        Task<List<int>>[] readers =
        [
            .. Enumerable.Range(0, 4).Select(_ => Task.Factory.StartNew(
                () =>
                {
                    var counts = new List<int>();
                    while (!writing.IsCancellationRequested)
                    {
                        counts.Add(readerStore.GetInteractionsAsync(query, CancellationToken.None).GetAwaiter().GetResult().Count);
                        Interlocked.Increment(ref reads);
                    }

                    return counts;
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default)),
        ];

        for (int batch = 0; batch < Batches; batch++)
        {
            int readsBefore = Volatile.Read(ref reads);
            await writerStore.UpsertAsync(Dana, Enumerable.Range(0, BatchSize).Select(i => Minimal($"B{batch}-{i}", Start.AddHours((batch * BatchSize) + i))));
            while (Volatile.Read(ref reads) == readsBefore)
            {
                await Task.Delay(1);
            }
        }

        await writing.CancelAsync();
        List<int>[] seen = await Task.WhenAll(readers);
        Assert.Equal(Batches * BatchSize, (await readerStore.GetInteractionsAsync(query, CancellationToken.None)).Count);
        Assert.All(seen, counts =>
        {
            Assert.All(counts, count => Assert.Equal(0, count % BatchSize));
            Assert.Equal(counts.Order(), counts);
        });
        Assert.Contains(seen.SelectMany(c => c), count => count > 0 && count < Batches * BatchSize);
    }

    [Fact]
    public async Task OverlappingBatchesFromTwoInstancesAtOnce_LoseAndDuplicateNothing()
    {
        IJourneyStore[] stores = [await OpenAsync(), await OpenAsync()];
        const int Writers = 8;
        const int Batches = 10;
        const int Ids = 300;
        // Each writer writes every id of its window, overlapping its neighbours' windows, in its own order.
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            var random = new Random(writer);
            for (int batch = 0; batch < Batches; batch++)
            {
                int[] window = [.. Enumerable.Range(writer * 25, 100).Select(i => i % Ids).OrderBy(_ => random.Next())];
                await stores[writer % 2].UpsertBatchAsync(window.Select(i => new CustomerInteraction(i % 2 == 0 ? Dana : Other, Minimal($"I{i}", Start.AddMinutes(i)) with { Notes = $"w{writer}b{batch}" })));
            }
        })));

        IReadOnlyList<Interaction> dana = await ReadAsync(stores[0], Dana);
        IReadOnlyList<Interaction> other = await ReadAsync(stores[1], Other);
        int written = Enumerable.Range(0, Writers).SelectMany(w => Enumerable.Range(w * 25, 100).Select(i => i % Ids)).Distinct().Count();
        Assert.Equal(written, dana.Count + other.Count);
        Assert.Equal(dana.Count, dana.Select(i => i.Id).Distinct().Count());
        Assert.All(dana.Concat(other), i => Assert.Matches("^w[0-7]b[0-9]$", i.Notes));
    }

    [Fact]
    public async Task RefusedStorage_IsATypedErrorWhoseMessageHoldsNoSecret()
    {
        string secret = "s3cret-" + Guid.NewGuid().ToString("N");
        JourneyStoreException refused = await Assert.ThrowsAsync<JourneyStoreException>(() => OpenRefusedAsync(secret));

        Assert.Equal(RefusedError, refused.Error);
        AssertFreeOfSecrets(refused, secret);
    }

    [Fact]
    public async Task UnreachableStorage_IsAFailedStatusWithATypedError_AndTheOtherSourcesStillAnswer()
    {
        var memory = new InMemoryJourneySource("Memory");
        memory.Add(Dana, [Minimal("M-1", DateTimeOffset.UtcNow.AddDays(-1), source: "Memory")]);
        IJourneySource unreachable = await UnreachableAsync();
        var client = new JourneyClient([memory, unreachable]);

        JourneyResult journey = await client.GetJourneyAsync(new JourneyQuery(Dana));

        SourceStatus failed = journey.Sources.Single(s => s.Name == unreachable.Name);
        Assert.Equal(SourceState.Failed, failed.State);
        Assert.DoesNotContain(Dana.Value, failed.Message ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal("M-1", Assert.Single(journey.AllItems).Interaction.Id);
        JourneyStoreException direct = await Assert.ThrowsAsync<JourneyStoreException>(() => unreachable.GetInteractionsAsync(new SourceQuery(Dana, Start, Start.AddDays(1)), CancellationToken.None));
        Assert.Equal(UnreachableError, direct.Error);
        AssertFreeOfSecrets(direct, null);
    }

    [Fact]
    public async Task DroppedConnections_LoseNothing_AndTheNextCallsSucceed()
    {
        IJourneyStore store = await OpenAsync();
        await store.UpsertAsync(Dana, [Minimal("before", Start)]);

        await DropConnectionsAsync();
        IReadOnlyList<Interaction> afterDrop = await ReadAsync(store, Dana);
        await store.UpsertAsync(Dana, [Minimal("after", Start.AddHours(1))]);

        Assert.Equal(["before"], afterDrop.Select(i => i.Id));
        Assert.Equal(["after", "before"], (await ReadAsync(store, Dana)).Select(i => i.Id).Order());
    }

    [Fact]
    public async Task JourneyThroughTheClient_IsTheSameAsFromMemory()
    {
        IJourneyStore store = await OpenAsync();
        DateTimeOffset now = DateTimeOffset.UtcNow;
        Interaction[] interactions = [.. Enumerable.Range(0, 40).Select(i => Full($"F-{i}", now.AddHours(-7 * i)) with { Channel = (Channel)(1 + (i % 3)) })];
        await store.UpsertAsync(Dana, interactions);
        var memory = new InMemoryJourneySource(store.Name);
        memory.Add(Dana, interactions);

        JourneyResult stored = await new JourneyClient([store]).GetJourneyAsync(new JourneyQuery(Dana));
        JourneyResult expected = await new JourneyClient([memory]).GetJourneyAsync(new JourneyQuery(Dana));

        Assert.True(stored.IsComplete);
        Assert.Equal(expected.AllItems.Select(i => (i.Interaction.Id, i.Date)), stored.AllItems.Select(i => (i.Interaction.Id, i.Date)));
        Assert.Equal(expected.TotalCount, stored.TotalCount);
    }

    /// <summary>Opens a store on this test's storage and disposes it after the test.</summary>
    protected async Task<IJourneyStore> OpenAsync()
    {
        IJourneyStore store = await OpenOnThisStorageAsync();
        _opened.Add(store);
        return store;
    }

    protected static Task<IReadOnlyList<Interaction>> ReadAsync(IJourneyStore store, LookupKey key) =>
        store.GetInteractionsAsync(new SourceQuery(key, DateTimeOffset.MinValue, DateTimeOffset.MaxValue), CancellationToken.None);

    private static void AssertFreeOfSecrets(Exception exception, string? secret)
    {
        for (Exception? current = exception; current is JourneyStoreException; current = current.InnerException)
        {
            Assert.DoesNotContain(Dana.Value, current.Message, StringComparison.Ordinal);
            if (secret is not null)
            {
                Assert.DoesNotContain(secret, current.Message, StringComparison.Ordinal);
            }
        }

        if (secret is not null)
        {
            Assert.DoesNotContain(secret, exception.ToString(), StringComparison.Ordinal);
        }
    }
}
