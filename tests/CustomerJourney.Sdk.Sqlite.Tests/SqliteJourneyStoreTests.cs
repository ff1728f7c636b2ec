using CustomerJourney.Client;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using CustomerJourney.Sqlite.Fixtures;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace CustomerJourney.Sqlite;

public class SqliteJourneyStoreTests
{
    private static readonly DateTimeOffset s_from = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_to = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static Task<IReadOnlyList<Interaction>> Read(SqliteJourneyStore store, LookupKey key, DateTimeOffset? from = null, DateTimeOffset? to = null) =>
        store.GetInteractionsAsync(new SourceQuery(key, from ?? s_from, to ?? s_to), CancellationToken.None);

    [Fact]
    public async Task RoundTrip_KeepsEveryFieldAndTheOffsets()
    {
        using var file = new TemporaryStore();
        SqliteJourneyStore store = await file.OpenAsync();
        Interaction full = Records.Full("DC-1", "2026-10-01T09:15:00+05:30");
        Interaction minimal = Records.Minimal("CM-1", DateTimeOffset.Parse("2026-10-02T09:15:00-04:00", System.Globalization.CultureInfo.InvariantCulture));

        await store.UpsertAsync(Records.Dana, [full, minimal]);
        IReadOnlyList<Interaction> read = await Read(store, Records.Dana);

        Assert.Equal([full, minimal], read.OrderBy(i => i.Start));
        Assert.Equal(TimeSpan.FromHours(5.5), read.Single(i => i.Id == "DC-1").Start.Offset);
        Assert.Equal(TimeSpan.FromHours(5.5), read.Single(i => i.Id == "DC-1").End!.Value.Offset);
    }

    [Theory]
    [InlineData(SqliteDurability.Full)]
    [InlineData(SqliteDurability.Normal)]
    public async Task EveryDurability_KeepsWhatWasCommitted_AcrossReopening(SqliteDurability durability)
    {
        using var file = new TemporaryStore();
        SqliteJourneyStoreOptions options = file.Options();
        options.Durability = durability;
        using (SqliteJourneyStore writer = await SqliteJourneyStore.OpenAsync(options))
        {
            for (int i = 0; i < 20; i++)
            {
                // One event at a time, as a host fed by a stream writes.
                await writer.UpsertAsync(Records.Dana, [Records.Minimal($"E-{i}", s_from.AddDays(i))]);
            }
        }

        SqliteConnection.ClearAllPools();
        SqliteJourneyStore reopened = await file.OpenAsync(create: false);
        Assert.Equal(20, (await Read(reopened, Records.Dana)).Count);
    }

    [Fact]
    public async Task Upsert_IsIdempotentBySourceAndId()
    {
        using var file = new TemporaryStore();
        SqliteJourneyStore store = await file.OpenAsync();
        Interaction first = Records.Full("X-1", "2026-10-01T09:15:00Z");

        await store.UpsertAsync(Records.Dana, [first, Records.Full("X-2", "2026-10-02T09:15:00Z")]);
        await store.UpsertAsync(Records.Dana, [first, Records.Full("X-2", "2026-10-02T09:15:00Z")]);
        await store.UpsertAsync(Records.Dana, [first with { AgentComments = "Corrected later" }, first with { Source = "CampaignManager" }]);
        IReadOnlyList<Interaction> read = await Read(store, Records.Dana);

        Assert.Equal(3, read.Count);
        Assert.Equal("Corrected later", read.Single(i => i.Id == "X-1" && i.Source == "DataCloud").AgentComments);
    }

    [Fact]
    public async Task Period_IsPushedDownAndHalfOpen()
    {
        using var file = new TemporaryStore();
        SqliteJourneyStore store = await file.OpenAsync();
        DateTimeOffset from = new(2026, 6, 1, 4, 0, 0, TimeSpan.Zero);
        DateTimeOffset to = new(2026, 9, 1, 4, 0, 0, TimeSpan.Zero);
        await store.UpsertAsync(Records.Dana, [
            Records.Minimal("before", from.AddTicks(-1)),
            Records.Minimal("first", from),
            Records.Minimal("last", to.AddTicks(-1)),
            Records.Minimal("after", to),
        ]);

        IReadOnlyList<Interaction> read = await Read(store, Records.Dana, from, to);

        Assert.Equal(["first", "last"], read.Select(i => i.Id).Order());
    }

    [Fact]
    public async Task Customers_AreKeptApartAndEmailKeysWork()
    {
        using var file = new TemporaryStore();
        SqliteJourneyStore store = await file.OpenAsync();
        await store.UpsertAsync(Records.Dana, [Records.Full("A", "2026-10-01T09:00:00Z")]);
        await store.UpsertAsync(Records.DanaByEmail, [Records.Full("B", "2026-10-01T10:00:00Z")]);
        await store.UpsertAsync(Records.Other, [Records.Full("C", "2026-10-01T11:00:00Z")]);

        Assert.Equal(["A"], (await Read(store, Records.Dana)).Select(i => i.Id));
        Assert.Equal(["B"], (await Read(store, Records.DanaByEmail)).Select(i => i.Id));
        Assert.Empty(await Read(store, LookupKey.Parse("+14155550142", "US")));
    }

    [Fact]
    public async Task QueryPlan_OfOneCustomerOverAPeriod_IsAnIndexRangeScan()
    {
        using var file = new TemporaryStore();
        SqliteJourneyStore store = await file.OpenAsync();

        string plan = await store.ExplainPeriodQueryAsync(CancellationToken.None);

        Assert.Equal("SEARCH interactions USING INDEX ix_interactions_journey (customer=? AND start_ticks>? AND start_ticks<?)", plan);
    }

    [Fact]
    public async Task R2_ListedCampaigns_AreReplacedAndKeepTheirOrder()
    {
        using var file = new TemporaryStore();
        SqliteJourneyStore store = await file.OpenAsync();

        await store.SetListedCampaignsAsync(Records.Dana, [new Campaign("CMP-3", "Spring Offers"), new Campaign("CMP-7", "Winter Renewals")]);
        await store.SetListedCampaignsAsync(Records.Dana, [new Campaign("CMP-9", "Débito Automático"), new Campaign("CMP-3", "Spring Offers")]);

        Assert.Equal(["CMP-9", "CMP-3"], (await store.GetListedCampaignsAsync(Records.Dana, CancellationToken.None)).Select(c => c.Id));
        Assert.Empty(await store.GetListedCampaignsAsync(Records.Other, CancellationToken.None));
    }

    [Fact]
    public async Task R3_Store_ServesInboundCallsThroughTheJourneyClient()
    {
        using var file = new TemporaryStore();
        SqliteJourneyStore store = await file.OpenAsync();
        await store.UpsertAsync(Records.Dana, [Records.Full("DC-1", "2026-10-01T09:00:00Z")]);
        var client = new JourneyClient([store], new JourneyClientOptions { TimeZone = "America/New_York" }, new FakeTimeProvider(new DateTimeOffset(2026, 11, 15, 12, 0, 0, TimeSpan.Zero)));

        JourneyResult result = await client.GetJourneyAsync(new JourneyQuery(Records.Dana) { Direction = CallDirection.Inbound });

        Assert.Equal(SourceState.Ok, result.Sources[0].State);
        Assert.Equal(["DataCloud"], result.Items.Select(i => i.Interaction.Source));
    }

    [Fact]
    public async Task Reopening_KeepsTheDataAndTheSchemaVersion()
    {
        using var file = new TemporaryStore();
        SqliteJourneyStore first = await file.OpenAsync();
        await first.UpsertAsync(Records.Dana, [Records.Full("DC-1", "2026-10-01T09:00:00Z")]);
        first.Dispose();

        SqliteJourneyStore second = await file.OpenAsync(create: false);

        Assert.Single(await Read(second, Records.Dana));
        await using var connection = new SqliteConnection($"Data Source={file.Path}");
        await connection.OpenAsync();
        using SqliteCommand pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await pragma.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Upsert_RecordWithoutSourceOrId_IsRefusedAndNothingIsWritten()
    {
        using var file = new TemporaryStore();
        SqliteJourneyStore store = await file.OpenAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertAsync(Records.Dana, [Records.Full("ok", "2026-10-01T09:00:00Z"), Records.Full("", "2026-10-01T09:00:00Z")]));

        Assert.Empty(await Read(store, Records.Dana));
    }
}
