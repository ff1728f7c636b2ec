using CustomerJourney.Model;
using CustomerJourney.Sources;
using CustomerJourney.Stores;
using CustomerJourney.Stores.Conformance;
using Microsoft.Data.Sqlite;

namespace CustomerJourney.Sqlite;

/// <summary>The store conformance suite on a real SQLite file of its own per test.</summary>
public sealed class SqliteJourneyStoreConformanceTests : JourneyStoreConformanceTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cj-sqlite-conformance-").FullName;

    private string Path => System.IO.Path.Combine(_folder, "journeys.db");

    protected override JourneyStoreError RefusedError => JourneyStoreError.CannotOpen;

    protected override JourneyStoreError UnreachableError => JourneyStoreError.CannotOpen;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    protected override async Task<IJourneyStore> OpenOnThisStorageAsync() =>
        await SqliteJourneyStore.OpenAsync(new SqliteJourneyStoreOptions { Path = Path, CreateIfMissing = true });

    // A folder where the file should be: SQLite cannot open it (the suite's secret has no place in a file store).
    protected override async Task OpenRefusedAsync(string secret) =>
        await SqliteJourneyStore.OpenAsync(new SqliteJourneyStoreOptions { Path = _folder, CreateIfMissing = true });

    protected override async Task<IJourneySource> UnreachableAsync()
    {
        string folder = Directory.CreateTempSubdirectory("cj-sqlite-gone-").FullName;
        string path = System.IO.Path.Combine(folder, "journeys.db");
        (await SqliteJourneyStore.OpenAsync(new SqliteJourneyStoreOptions { Path = path, CreateIfMissing = true })).Dispose();
        SqliteJourneyStore store = await SqliteJourneyStore.OpenAsync(new SqliteJourneyStoreOptions { Path = path, CreateIfMissing = false });
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return store;
    }

    protected override Task DropConnectionsAsync()
    {
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }

    protected override async Task WriteUnknownEnumValuesAsync(IJourneyStore store, string id, DateTimeOffset start)
    {
        await store.UpsertAsync(ConformanceRecords.Dana, [ConformanceRecords.Minimal(id, start) with { Outcome = new Outcome("X", "Future", OutcomeKind.Success) }]);
        using var connection = new SqliteConnection($"Data Source={Path}");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "UPDATE interactions SET channel = 99, mode = 99, direction = 99, outcome_kind = 99 WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        Assert.Equal(1, command.ExecuteNonQuery());
    }
}
