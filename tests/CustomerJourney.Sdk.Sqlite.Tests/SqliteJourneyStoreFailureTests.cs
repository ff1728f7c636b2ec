using CustomerJourney.Stores;
using CustomerJourney.Client;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using CustomerJourney.Sqlite.Fixtures;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace CustomerJourney.Sqlite;

/// <summary>Missing, foreign, corrupt, locked and too-new files: each a clear, typed error.</summary>
public class SqliteJourneyStoreFailureTests
{
    [Fact]
    public async Task MissingFile_WithoutCreate_IsNotFound()
    {
        using var file = new TemporaryStore();

        var exception = await Assert.ThrowsAsync<JourneyStoreException>(() => file.OpenAsync(create: false));

        Assert.Equal(JourneyStoreError.NotFound, exception.Error);
        Assert.Contains("does not exist", exception.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(file.Path));
    }

    [Fact]
    public async Task FileThatIsNotADatabase_IsRefused()
    {
        using var file = new TemporaryStore();
        await File.WriteAllTextAsync(file.Path, "These are not the bytes you are looking for. " + new string('x', 5000));

        var exception = await Assert.ThrowsAsync<JourneyStoreException>(() => file.OpenAsync(create: false));

        Assert.Equal(JourneyStoreError.NotAJourneyStore, exception.Error);
        Assert.Equal("Sqlite", exception.SourceName);
    }

    [Fact]
    public async Task DatabaseOfSomethingElse_IsRefusedAndLeftUntouched()
    {
        using var file = new TemporaryStore();
        await using (var connection = new SqliteConnection($"Data Source={file.Path}"))
        {
            await connection.OpenAsync();
            using SqliteCommand create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)";
            await create.ExecuteNonQueryAsync();
        }

        var exception = await Assert.ThrowsAsync<JourneyStoreException>(() => file.OpenAsync(create: false));

        Assert.Equal(JourneyStoreError.NotAJourneyStore, exception.Error);
        await using var check = new SqliteConnection($"Data Source={file.Path}");
        await check.OpenAsync();
        using SqliteCommand tables = check.CreateCommand();
        tables.CommandText = "SELECT group_concat(name) FROM sqlite_master";
        Assert.Equal("invoices", (string?)await tables.ExecuteScalarAsync());
    }

    [Fact]
    public async Task CorruptFile_IsReportedAsCorrupt()
    {
        using var file = new TemporaryStore();
        SqliteJourneyStore store = await file.OpenAsync();
        await store.UpsertAsync(Records.Dana, Enumerable.Range(0, 400).Select(i => Records.Full($"DC-{i}", "2026-10-01T09:00:00Z") with { AgentComments = new string('c', 300) }));
        store.Dispose();
        SqliteConnection.ClearAllPools();
        await CheckpointAsync(file.Path);
        // Keep the header (page 1), damage the pages after it.
        await using (FileStream stream = File.Open(file.Path, FileMode.Open, FileAccess.ReadWrite))
        {
            stream.Position = 4096;
            byte[] garbage = new byte[stream.Length - 4096];
            new Random(7).NextBytes(garbage);
            await stream.WriteAsync(garbage);
        }

        var exception = await Assert.ThrowsAsync<JourneyStoreException>(async () =>
        {
            SqliteJourneyStore reopened = await file.OpenAsync(create: false);
            await reopened.GetInteractionsAsync(new SourceQuery(Records.Dana, DateTimeOffset.MinValue, DateTimeOffset.MaxValue), CancellationToken.None);
        });

        Assert.Equal(JourneyStoreError.Corrupt, exception.Error);
        Assert.Contains("damaged", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileLockedByAnotherWriter_IsReportedAsLockedAfterTheBusyTimeout()
    {
        using var file = new TemporaryStore();
        SqliteJourneyStore store = await file.OpenAsync();
        await using var other = new SqliteConnection($"Data Source={file.Path};Pooling=False");
        await other.OpenAsync();
        using SqliteTransaction held = other.BeginTransaction(deferred: false);

        var exception = await Assert.ThrowsAsync<JourneyStoreException>(() => store.UpsertAsync(Records.Dana, [Records.Full("DC-1", "2026-10-01T09:00:00Z")]));

        Assert.Equal(JourneyStoreError.Locked, exception.Error);
        held.Rollback();
        Assert.Equal(1, await store.UpsertAsync(Records.Dana, [Records.Full("DC-1", "2026-10-01T09:00:00Z")]));
    }

    [Fact]
    public async Task StoreFromANewerSdk_IsRefused()
    {
        using var file = new TemporaryStore();
        (await file.OpenAsync()).Dispose();
        SqliteConnection.ClearAllPools();
        await using (var connection = new SqliteConnection($"Data Source={file.Path};Pooling=False"))
        {
            await connection.OpenAsync();
            using SqliteCommand bump = connection.CreateCommand();
            bump.CommandText = "PRAGMA user_version = 99";
            await bump.ExecuteNonQueryAsync();
        }

        var exception = await Assert.ThrowsAsync<JourneyStoreException>(() => file.OpenAsync(create: false));

        Assert.Equal(JourneyStoreError.NewerSchema, exception.Error);
        Assert.Contains("version 99", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrokenStore_FailsItsSourceAndTheOtherSourcesDataComesBack()
    {
        using var file = new TemporaryStore();
        SqliteJourneyStore store = await file.OpenAsync();
        await using var other = new SqliteConnection($"Data Source={file.Path};Pooling=False");
        await other.OpenAsync();
        using (SqliteCommand drop = other.CreateCommand())
        {
            drop.CommandText = "DROP TABLE interactions";
            await drop.ExecuteNonQueryAsync();
        }

        var healthy = new InMemoryJourneySource("Memory").Add(Records.Dana, Records.Full("M-1", "2026-10-01T09:00:00Z", "Memory"));
        var client = new JourneyClient([store, healthy], timeProvider: new FakeTimeProvider(new DateTimeOffset(2026, 11, 15, 12, 0, 0, TimeSpan.Zero)));

        JourneyResult result = await client.GetJourneyAsync(new JourneyQuery(Records.Dana));

        Assert.Equal([SourceState.Failed, SourceState.Ok], result.Sources.Select(s => s.State));
        Assert.StartsWith("Sqlite: SQLite error", result.Sources[0].Message, StringComparison.Ordinal);
        Assert.Single(result.Items);
    }

    private static async Task CheckpointAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        using SqliteCommand checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await checkpoint.ExecuteNonQueryAsync();
    }
}
