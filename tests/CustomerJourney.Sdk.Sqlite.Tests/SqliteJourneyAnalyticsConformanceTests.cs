using System.Collections.Concurrent;
using CustomerJourney.Stores;
using CustomerJourney.Stores.Conformance.Analytics;
using Microsoft.Data.Sqlite;

namespace CustomerJourney.Sqlite;

/// <summary>The analytics conformance suite on real SQLite files, a new one per store.</summary>
public sealed class SqliteJourneyAnalyticsConformanceTests : JourneyAnalyticsConformanceTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cj-sqlite-analytics-").FullName;
    // Concurrent: CsCheck runs the random data sets on several threads at once.
    private readonly ConcurrentDictionary<IJourneyStore, string> _paths = [];

    protected override int RandomDataSets => 60;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    protected override async Task<IJourneyStore> OpenEmptyAsync()
    {
        string path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");
        SqliteJourneyStore store = await SqliteJourneyStore.OpenAsync(new SqliteJourneyStoreOptions { Path = path, CreateIfMissing = true });
        _paths[store] = path;
        return store;
    }

    protected override Task ReleaseAsync(IJourneyStore store)
    {
        ((SqliteJourneyStore)store).Dispose();
        _paths.TryRemove(store, out string? path);
        foreach (string file in Directory.GetFiles(_folder, Path.GetFileName(path!) + "*"))
        {
            File.Delete(file);
        }

        return Task.CompletedTask;
    }

    protected override async Task WriteUnknownPartKindsAsync(IJourneyStore store, string id)
    {
        await using var connection = new SqliteConnection($"Data Source={_paths[store]};Pooling=False");
        await connection.OpenAsync();
        byte[] scores;
        using (SqliteCommand read = connection.CreateCommand())
        {
            read.CommandText = "SELECT survey_scores FROM interactions WHERE id = $id";
            read.Parameters.AddWithValue("$id", id);
            scores = (byte[])(await read.ExecuteScalarAsync())!;
        }

        scores[0] = 99;
        using SqliteCommand update = connection.CreateCommand();
        update.CommandText = """
            -- The facts' self-service bits (10–13) say 10: a result value 9, which this SDK does not know.
            UPDATE interactions SET details = json_set(details, '$.selfService.kind', 99, '$.selfService.result', 99, '$.surveys[0].kind', 99),
                facts = (facts & ~15360) | 10240, survey_scores = $scores
            WHERE id = $id
            """;
        update.Parameters.AddWithValue("$id", id);
        update.Parameters.AddWithValue("$scores", scores);
        Assert.Equal(1, await update.ExecuteNonQueryAsync());
    }
}
