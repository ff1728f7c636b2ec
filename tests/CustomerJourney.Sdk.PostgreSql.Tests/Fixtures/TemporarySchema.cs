namespace CustomerJourney.PostgreSql.Fixtures;

/// <summary>A schema of its own for one test (stores with different schemas never see each other), dropped afterwards.</summary>
internal sealed class TemporarySchema : IAsyncDisposable
{
    private readonly List<PostgresJourneyStore> _opened = [];

    public string Name { get; } = "t_" + Guid.NewGuid().ToString("N")[..20];

    /// <summary>The application name the store's connections carry, so a test can find and drop them.</summary>
    public string ApplicationName => "cj-test-" + Name;

    public PostgresJourneyStoreOptions Options(Action<Npgsql.NpgsqlConnectionStringBuilder>? change = null) => new()
    {
        ConnectionString = TestDatabase.With(b =>
        {
            b.ApplicationName = ApplicationName;
            change?.Invoke(b);
        }),
        Schema = Name,
    };

    public async Task<PostgresJourneyStore> OpenAsync()
    {
        PostgresJourneyStore store = await PostgresJourneyStore.OpenAsync(Options());
        _opened.Add(store);
        return store;
    }

    /// <summary>Terminates every server connection of this test's stores, as a restart or failover would.</summary>
    public Task DropConnectionsAsync() =>
        TestDatabase.ScalarAsync("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1", ApplicationName);

    public async ValueTask DisposeAsync()
    {
        foreach (PostgresJourneyStore store in _opened)
        {
            await store.DisposeAsync();
        }

        await TestDatabase.ScalarAsync($"DROP SCHEMA IF EXISTS \"{Name}\" CASCADE");
    }
}
