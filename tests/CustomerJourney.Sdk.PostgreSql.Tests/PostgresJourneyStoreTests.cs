using System.Text.RegularExpressions;
using CustomerJourney.Model;
using CustomerJourney.PostgreSql.Fixtures;
using CustomerJourney.Sources;
using CustomerJourney.Stores;
using Npgsql;
using static CustomerJourney.Stores.Conformance.ConformanceRecords;

namespace CustomerJourney.PostgreSql;

/// <summary>What only the shared store promises: partitions, migrations under a lock, bulk ingest, notifications, secrets.</summary>
public sealed partial class PostgresJourneyStoreTests
{
    [Fact]
    public async Task Lookup_OverAPeriod_ReadsOnlyThePartitionsOfItsMonths()
    {
        await using var schema = new TemporarySchema();
        PostgresJourneyStore store = await schema.OpenAsync();
        var first = new DateTimeOffset(2025, 1, 15, 12, 0, 0, TimeSpan.Zero);
        await store.UpsertAsync(Dana, Enumerable.Range(0, 24).Select(m => Minimal($"M{m}", first.AddMonths(m))));

        // Three months, from mid-March 2026 to mid-June 2026: March, April, May and June are touched.
        string plan = await store.ExplainPeriodQueryAsync(Dana, new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 6, 10, 0, 0, 0, TimeSpan.Zero), CancellationToken.None);

        string[] partitions = [.. PartitionName().Matches(plan).Select(m => m.Value).Distinct().Order()];
        Assert.Equal(["interactions_p202603", "interactions_p202604", "interactions_p202605", "interactions_p202606"], partitions);
        Assert.Equal(4, (await store.GetInteractionsAsync(new SourceQuery(Dana, new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero)), CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Open_EightNodesAtOnceOnANewSchema_MigrateOnceAndEveryOneOpens()
    {
        await using var schema = new TemporarySchema();

        PostgresJourneyStore[] stores = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => PostgresJourneyStore.OpenAsync(schema.Options()))));

        try
        {
            Assert.Equal(2, await TestDatabase.ScalarAsync($"SELECT version FROM \"{schema.Name}\".schema_version"));
            Assert.Equal(1L, await TestDatabase.ScalarAsync($"SELECT count(*) FROM \"{schema.Name}\".schema_version"));
            await stores[3].UpsertAsync(Dana, [Minimal("A", Start)]);
            Assert.Single(await stores[6].GetInteractionsAsync(new SourceQuery(Dana, Start, Start.AddDays(1)), CancellationToken.None));
        }
        finally
        {
            foreach (PostgresJourneyStore store in stores)
            {
                await store.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Open_ASchemaHoldingSomethingElse_IsRefusedAndLeftUntouched()
    {
        await using var schema = new TemporarySchema();
        await TestDatabase.ScalarAsync($"CREATE SCHEMA \"{schema.Name}\"; CREATE TABLE \"{schema.Name}\".orders (id int)");

        JourneyStoreException refused = await Assert.ThrowsAsync<JourneyStoreException>(() => PostgresJourneyStore.OpenAsync(schema.Options()));

        Assert.Equal(JourneyStoreError.NotAJourneyStore, refused.Error);
        Assert.Equal(1L, await TestDatabase.ScalarAsync("SELECT count(*) FROM pg_tables WHERE schemaname = $1", schema.Name));
    }

    [Fact]
    public async Task Open_ASchemaOfANewerSdk_IsRefusedWithTheVersions()
    {
        await using var schema = new TemporarySchema();
        (await schema.OpenAsync()).Dispose();
        await TestDatabase.ScalarAsync($"UPDATE \"{schema.Name}\".schema_version SET version = 7");

        JourneyStoreException refused = await Assert.ThrowsAsync<JourneyStoreException>(() => PostgresJourneyStore.OpenAsync(schema.Options()));

        Assert.Equal(JourneyStoreError.NewerSchema, refused.Error);
        Assert.Contains("version 7", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_IntoMonthsWithoutAPartition_CreatesThem_AndOpeningCreatesTheComingMonths()
    {
        await using var schema = new TemporarySchema();
        PostgresJourneyStore store = await schema.OpenAsync();
        DateTime now = DateTime.UtcNow;
        string[] expectedAhead = [.. Enumerable.Range(0, 4).Select(m => $"interactions_p{new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(m):yyyyMM}")];
        Assert.Equal(expectedAhead, await PartitionsAsync(schema));

        await store.UpsertBatchAsync([new(Dana, Minimal("old", new DateTimeOffset(2019, 2, 28, 23, 59, 0, TimeSpan.FromHours(-5)))), new(Other, Minimal("far", new DateTimeOffset(2031, 7, 1, 0, 0, 0, TimeSpan.Zero)))]);

        string[] partitions = await PartitionsAsync(schema);
        Assert.Contains("interactions_p201903", partitions); // 23:59 at -05:00 on 28 February is March in UTC
        Assert.Contains("interactions_p203107", partitions);
        Assert.Equal(2L, await TestDatabase.ScalarAsync($"SELECT count(*) FROM \"{schema.Name}\".interactions"));
    }

    [Fact]
    public async Task BulkIngest_ConnectionKilledMidCopy_ReadersSeeAllOrNothing_AndTheRetryWritesEachInteractionOnce()
    {
        await using var schema = new TemporarySchema();
        PostgresJourneyStore store = await schema.OpenAsync();
        const int Count = 60_000;
        CustomerInteraction[] batch = [.. Enumerable.Range(0, Count).Select(i => new CustomerInteraction(LookupKey.ForEmail($"c{i % 3000}@example.com"), Minimal($"I{i}", Start.AddMinutes(i))))];
        using var stop = new CancellationTokenSource();
        int kills = 0;
        var counts = new List<long>();
        Task watcher = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                counts.Add((long)(await TestDatabase.ScalarAsync($"SELECT count(*) FROM \"{schema.Name}\".interactions"))!);
                if (kills == 0 && (long)(await TestDatabase.ScalarAsync("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1 AND query LIKE 'COPY%'", schema.ApplicationName))! > 0)
                {
                    kills++;
                }
            }
        });

        int written = await store.UpsertBatchAsync(batch);
        await stop.CancelAsync();
        await watcher;

        Assert.Equal(Count, written);
        Assert.Equal(1, kills);
        Assert.All(counts, c => Assert.True(c is 0 or Count, $"a reader saw {c} rows"));
        Assert.Equal((long)Count, await TestDatabase.ScalarAsync($"SELECT count(*) FROM \"{schema.Name}\".interactions"));
        Assert.Equal(Count, await store.UpsertBatchAsync(batch)); // replayed whole
        Assert.Equal((long)Count, await TestDatabase.ScalarAsync($"SELECT count(*) FROM \"{schema.Name}\".interactions"));
    }

    [Fact]
    public async Task BulkReplay_ThroughCopy_WithStartsMovedToOtherMonths_ReplacesInsteadOfCopying()
    {
        await using var schema = new TemporarySchema();
        PostgresJourneyStore store = await schema.OpenAsync();
        CustomerInteraction[] batch = [.. Enumerable.Range(0, 500).Select(i => new CustomerInteraction(i % 2 == 0 ? Dana : Other, Minimal($"I{i}", Start.AddHours(i))))];
        await store.UpsertBatchAsync(batch);

        // Large enough for the COPY path; every tenth start moves three months on.
        await store.UpsertBatchAsync(batch.Select((r, i) => i % 10 == 0 ? r with { Interaction = r.Interaction with { Start = r.Interaction.Start.AddMonths(3) } } : r));

        Assert.Equal(500L, await TestDatabase.ScalarAsync($"SELECT count(*) FROM \"{schema.Name}\".interactions"));
        Assert.Equal(Start.AddMonths(3), (await store.GetInteractionsAsync(new SourceQuery(Dana, DateTimeOffset.MinValue, DateTimeOffset.MaxValue), CancellationToken.None)).Single(i => i.Id == "I0").Start);
    }

    [Fact]
    public async Task Notifications_CarryCustomerIdsOnly_NeverAKey()
    {
        await using var schema = new TemporarySchema();
        PostgresJourneyStore store = await schema.OpenAsync();
        await using var listener = new NpgsqlConnection(TestDatabase.ConnectionString);
        await listener.OpenAsync();
        var payloads = new List<string>();
        listener.Notification += (_, e) => payloads.Add($"{e.Channel}|{e.Payload}");
        await using (var listen = new NpgsqlCommand($"LISTEN \"{schema.Name}_interactions\"; LISTEN \"{schema.Name}_identity_links\"", listener))
        {
            await listen.ExecuteNonQueryAsync();
        }

        await store.UpsertBatchAsync([new(Dana, Minimal("A", Start)), new(DanaByEmail, Minimal("B", Start))]);
        var link = new Identity.IdentityLink(Guid.NewGuid(), Dana, DanaByEmail, "same person", Start);
        await store.SaveIdentityLinkAsync(link, CancellationToken.None);
        while (payloads.Count < 2)
        {
            await listener.WaitAsync(TimeSpan.FromSeconds(10));
        }

        Assert.Matches("^" + schema.Name + "_interactions\\|[0-9]+,[0-9]+$", payloads[0]);
        Assert.Equal($"{schema.Name}_identity_links|{link.Id}", payloads[1]);
        Assert.All(payloads, p => Assert.DoesNotContain("example.com", p, StringComparison.Ordinal));
        Assert.All(payloads, p => Assert.DoesNotContain("4155550100", p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMalformedConnectionString_IsRefusedWithoutQuotingIt()
    {
        var options = new PostgresJourneyStoreOptions { ConnectionString = "Host=db;Password=hunter2-secret;Nonsense Keyword=1" };

        ArgumentException refused = await Assert.ThrowsAsync<ArgumentException>(() => PostgresJourneyStore.OpenAsync(options));

        Assert.DoesNotContain("hunter2", refused.ToString(), StringComparison.Ordinal);
        Assert.Contains("CustomerJourney:PostgreSql:ConnectionString", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadsPreferringAStandby_WithOnlyThePrimaryUp_AreServedByThePrimary()
    {
        await using var schema = new TemporarySchema();
        PostgresJourneyStore writer = await schema.OpenAsync();
        await writer.UpsertAsync(Dana, [Minimal("A", Start)]);
        PostgresJourneyStoreOptions options = schema.Options(b => b.Host = $"{b.Host},{b.Host}");
        options.Reads = PostgresReadTarget.PreferStandby;
        await using PostgresJourneyStore reader = await PostgresJourneyStore.OpenAsync(options);

        Assert.Equal("A", Assert.Single(await reader.GetInteractionsAsync(new SourceQuery(Dana, Start, Start.AddDays(1)), CancellationToken.None)).Id);
    }

    private static async Task<string[]> PartitionsAsync(TemporarySchema schema)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = to_regclass($1) ORDER BY 1", connection);
        command.Parameters.AddWithValue($"\"{schema.Name}\".interactions");
        var names = new List<string>();
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return [.. names];
    }

    [GeneratedRegex("interactions_p[0-9]{6}")]
    private static partial Regex PartitionName();
}
