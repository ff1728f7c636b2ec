namespace CustomerJourney.PostgreSql;

/// <summary>How to reach and lay out a PostgreSQL journey store (configuration: <c>CustomerJourney:PostgreSql</c>).</summary>
public sealed class PostgresJourneyStoreOptions
{
    /// <summary>
    /// The Npgsql connection string (<c>Host=db1,db2;Database=journeys;Username=…;Password=…</c>);
    /// several hosts for a primary and its read replicas. A secret: the store never logs it nor puts
    /// it in an error; keep it in a secret store or an environment variable
    /// (<c>CustomerJourney__PostgreSql__ConnectionString</c>), not in appsettings.json.
    /// </summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>The source's name (default <c>PostgreSql</c>), shown on statuses and in <c>CustomerJourney:Sources</c>.</summary>
    public string Name { get; set; } = "PostgreSql";

    /// <summary>
    /// The database schema holding the store's tables (default <c>customer_journey</c>): lowercase
    /// letters, digits and underscores, starting with a letter or an underscore, at most 40 characters.
    /// Two stores with different schemas share a database without seeing each other.
    /// </summary>
    public string Schema { get; set; } = "customer_journey";

    /// <summary>Which servers serve lookups (default <see cref="PostgresReadTarget.Primary"/>).</summary>
    public PostgresReadTarget Reads { get; set; } = PostgresReadTarget.Primary;

    /// <summary>
    /// How many months of partitions past the current one are kept created (default 3, 0 to 24):
    /// a write into a month without a partition creates it first, so this only spares the first
    /// write of each month that step.
    /// </summary>
    public int PartitionMonthsAhead { get; set; } = 3;

    /// <summary>How long one statement may run before the server cancels it (default 30 seconds, 1 second to 10 minutes).</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
