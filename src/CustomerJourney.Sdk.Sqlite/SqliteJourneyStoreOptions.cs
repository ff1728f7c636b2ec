namespace CustomerJourney.Sqlite;

/// <summary>Settings of the embedded SQLite journey store (configuration section <c>CustomerJourney:Sqlite</c>).</summary>
public sealed class SqliteJourneyStoreOptions
{
    /// <summary>The store's file.</summary>
    /// <value>The default value is <c>customer-journey.db</c>: with <c>AddSqlite</c> in a host, under the host's content root; with <see cref="SqliteJourneyStore.OpenAsync"/>, in the current directory.</value>
    public string Path { get; set; } = "customer-journey.db";

    /// <summary>Whether opening creates the file when it does not exist; otherwise a missing file is an error.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool CreateIfMissing { get; set; }

    /// <summary>
    /// How long a statement waits for a lock held by another process before failing as locked
    /// (rounded up to whole seconds). Writers of this process never wait on the lock: they take
    /// turns in the store first.
    /// </summary>
    /// <value>The default value is 2 seconds.</value>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// When writes reach the disk: <see cref="SqliteDurability.Full"/> syncs every commit (survives a
    /// power loss); <see cref="SqliteDurability.Normal"/> syncs at checkpoints (a power loss may lose the
    /// last commits, a host crash loses nothing), for a host that writes one event at a time.
    /// </summary>
    /// <value>The default value is <see cref="SqliteDurability.Full"/>.</value>
    public SqliteDurability Durability { get; set; }

    /// <summary>The store's source name, as <c>CustomerJourney:Sources</c> lists it and statuses show it.</summary>
    /// <value>The default value is <c>Sqlite</c>.</value>
    public string Name { get; set; } = "Sqlite";
}
