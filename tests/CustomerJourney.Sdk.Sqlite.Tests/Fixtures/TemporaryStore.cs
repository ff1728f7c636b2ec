namespace CustomerJourney.Sqlite.Fixtures;

/// <summary>A real SQLite file in a fresh temporary folder, deleted afterwards.</summary>
internal sealed class TemporaryStore : IDisposable
{
    private readonly List<SqliteJourneyStore> _opened = [];

    public TemporaryStore()
    {
        Folder = Directory.CreateTempSubdirectory("cj-sqlite-").FullName;
        Path = System.IO.Path.Combine(Folder, "journeys.db");
    }

    public string Folder { get; }

    public string Path { get; }

    public SqliteJourneyStoreOptions Options(bool create = true, TimeSpan? busyTimeout = null) =>
        new() { Path = Path, CreateIfMissing = create, BusyTimeout = busyTimeout ?? TimeSpan.FromSeconds(1) };

    public async Task<SqliteJourneyStore> OpenAsync(bool create = true)
    {
        SqliteJourneyStore store = await SqliteJourneyStore.OpenAsync(Options(create));
        _opened.Add(store);
        return store;
    }

    public void Dispose()
    {
        foreach (SqliteJourneyStore store in _opened)
        {
            store.Dispose();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
