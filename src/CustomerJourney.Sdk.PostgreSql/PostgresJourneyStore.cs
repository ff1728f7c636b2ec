using System.Runtime.CompilerServices;
using System.Threading.Channels;
using CustomerJourney.Analytics;
using CustomerJourney.Identity;
using CustomerJourney.Model;
using CustomerJourney.PostgreSql.Analytics;
using CustomerJourney.PostgreSql.Errors;
using CustomerJourney.PostgreSql.Live;
using CustomerJourney.PostgreSql.Schema;
using CustomerJourney.PostgreSql.Writing;
using CustomerJourney.Sources;
using CustomerJourney.Stores;
using Npgsql;

namespace CustomerJourney.PostgreSql;

/// <summary>
/// A journey store on PostgreSQL, shared by every node of a host: the same source, idempotent
/// writer and identity-link store as the embedded SQLite store, with what several nodes need.
/// Interactions are partitioned by month of start, so a lookup reads its period's months only;
/// every write goes through binary COPY into a staging table and one transaction, so a batch is
/// all or nothing and a replay never duplicates; a write on one node reaches
/// <see cref="WatchAsync"/> on every node (LISTEN/NOTIFY carrying customer ids only); lookups may
/// read from replicas (<see cref="PostgresJourneyStoreOptions.Reads"/>). The schema is created and
/// migrated by the store under an advisory lock, so nodes starting at once take turns.
/// Thread-safe; one instance per process and database (it owns a connection pool).
/// </summary>
public sealed class PostgresJourneyStore : IJourneyStore, IJourneyUpdateSource, IJourneyAnalytics, IAsyncDisposable, IDisposable
{
    private const int Attempts = 3;
    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlDataSource _primary;
    private readonly NpgsqlDataSource _reads;
    private readonly StoreNames _names;
    private readonly MonthlyPartitions _partitions;
    private readonly BulkUpsert _upsert;
    private readonly ChangeListener _listener;
    private readonly int _monthsAhead;
    private readonly TimeProvider _time;
    private readonly Lock _readyLock = new();
    private Task? _ready;

    private PostgresJourneyStore(PostgresJourneyStoreOptions options, TimeProvider? timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Name);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new ArgumentException($"CustomerJourney:{options.Name}:ConnectionString is required.", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(options.PartitionMonthsAhead);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.PartitionMonthsAhead, 24);
        Name = options.Name;
        _names = new StoreNames(options.Schema);
        _monthsAhead = options.PartitionMonthsAhead;
        _time = timeProvider ?? TimeProvider.System;
        NpgsqlDataSourceBuilder builder;
        try
        {
            builder = new NpgsqlDataSourceBuilder(options.ConnectionString);
        }
        catch (ArgumentException)
        {
            // Npgsql's message can quote the string: the secret stays out of the error.
            throw new ArgumentException($"CustomerJourney:{options.Name}:ConnectionString is not a valid Npgsql connection string.", nameof(options));
        }

        builder.ConnectionStringBuilder.ApplicationName ??= "CustomerJourney.Sdk";
        builder.ConnectionStringBuilder.CommandTimeout = (int)Math.Clamp(Math.Ceiling(options.CommandTimeout.TotalSeconds), 1, 600);
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            // Lookups and writes repeat a handful of statements: prepared once per connection, planned once.
            builder.ConnectionStringBuilder.MaxAutoPrepare = 32;
        }

        // A generic plan prunes partitions when it runs (a custom plan would plan every partition on every lookup).
        builder.ConnectionStringBuilder.Options = $"{builder.ConnectionStringBuilder.Options} -c plan_cache_mode=force_generic_plan".Trim();
        if (builder.ConnectionStringBuilder.KeepAlive == 0)
        {
            // The listening connection sits idle between notifications: a keepalive finds a dead one.
            builder.ConnectionStringBuilder.KeepAlive = 30;
        }

        builder.Name = options.Name;
        if (builder.ConnectionStringBuilder.Host?.Contains(',', StringComparison.Ordinal) == true)
        {
            // A primary and its replicas: Npgsql finds which is which, and sets a host that failed aside for Host Recheck Seconds.
            NpgsqlMultiHostDataSource hosts = builder.BuildMultiHost();
            _dataSource = hosts;
            _primary = hosts.WithTargetSession(TargetSessionAttributes.Primary);
            _reads = options.Reads == PostgresReadTarget.PreferStandby ? hosts.WithTargetSession(TargetSessionAttributes.PreferStandby) : _primary;
        }
        else
        {
            // One server: nothing to choose, and a server back after a restart is used at once.
            _dataSource = builder.Build();
            _primary = _dataSource;
            _reads = _dataSource;
        }
        _partitions = new MonthlyPartitions(_names);
        _upsert = new BulkUpsert(_names);
        _listener = new ChangeListener(_primary, _names);
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public SourceCapabilities Capabilities =>
        SourceCapabilities.PhoneLookup | SourceCapabilities.EmailLookup | SourceCapabilities.InboundCalls | SourceCapabilities.CampaignListings | SourceCapabilities.WebIdLookup | SourceCapabilities.Divisions;

    /// <summary>Connects, creates or migrates the schema, and creates the coming months' partitions.</summary>
    /// <param name="options">The server and the layout.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentException">The options are incomplete or the connection string is malformed (the message never quotes it).</exception>
    /// <exception cref="JourneyStoreException">The server cannot be reached, refuses the credentials, or holds something else or a newer schema.</exception>
    public static async Task<PostgresJourneyStore> OpenAsync(PostgresJourneyStoreOptions options, CancellationToken cancellationToken = default)
    {
        PostgresJourneyStore store = Create(options, null);
        try
        {
            await store.EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A store that connects on its first call (for registration, where a server that is down must not stop the host).</summary>
    internal static PostgresJourneyStore Create(PostgresJourneyStoreOptions options, TimeProvider? timeProvider) => new(options, timeProvider);

    /// <inheritdoc/>
    public Task<int> UpsertAsync(LookupKey key, IEnumerable<Interaction> interactions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        RequireKey(key, nameof(key));
        string customer = InteractionRows.Customer(key);
        (string, Interaction)[] rows = [.. interactions.Select(i => (customer, RequireIdentified(i, nameof(interactions))))];
        return WriteAsync(rows, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<int> UpsertBatchAsync(IEnumerable<CustomerInteraction> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        (string, Interaction)[] rows =
        [
            .. batch.Select(r =>
            {
                RequireKey(r.Customer, nameof(batch));
                return (InteractionRows.Customer(r.Customer), RequireIdentified(r.Interaction, nameof(batch)));
            }),
        ];
        return WriteAsync(rows, cancellationToken);
    }

    /// <inheritdoc/>
    public Task SetListedCampaignsAsync(LookupKey key, IEnumerable<Campaign> campaigns, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        RequireKey(key, nameof(key));
        Campaign[] list = [.. campaigns.DistinctBy(c => c.Id, StringComparer.Ordinal)];
        string customer = InteractionRows.Customer(key);
        return RunAsync(
            _primary,
            async connection =>
            {
                NpgsqlTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    using NpgsqlBatch batch = new(connection, transaction)
                    {
                        BatchCommands =
                        {
                            Command($"INSERT INTO {_names.Customers} (key) VALUES ($1) ON CONFLICT (key) DO NOTHING", customer),
                            // The customer's row is the lock: two lists set at once are written one after the other.
                            Command($"SELECT id FROM {_names.Customers} WHERE key = $1 FOR UPDATE", customer),
                            Command($"DELETE FROM {_names.Listings} WHERE customer_id = (SELECT id FROM {_names.Customers} WHERE key = $1)", customer),
                            Command(
                                $"""
                                INSERT INTO {_names.Listings} (customer_id, campaign_id, campaign_name, position)
                                SELECT (SELECT id FROM {_names.Customers} WHERE key = $1), t.campaign_id, t.campaign_name, t.position - 1
                                FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS t (campaign_id, campaign_name, position)
                                """,
                                customer,
                                list.Select(c => c.Id).ToArray(),
                                list.Select(c => c.Name).ToArray()),
                        },
                    };
                    await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return true;
                }
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Interaction>> GetInteractionsAsync(SourceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return RunAsync<IReadOnlyList<Interaction>>(
            _reads,
            async connection =>
            {
                using NpgsqlCommand command = PeriodCommand(connection, InteractionRows.Customer(query.Key), query.From.UtcTicks, query.To.UtcTicks);
                var interactions = new List<Interaction>();
                using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    interactions.Add(InteractionRows.Read(reader));
                }

                return interactions;
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Campaign>> GetListedCampaignsAsync(LookupKey key, CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<Campaign>>(
            _reads,
            async connection =>
            {
                using NpgsqlCommand command = Command(
                    connection,
                    $"SELECT l.campaign_id, l.campaign_name FROM {_names.Listings} l JOIN {_names.Customers} c ON c.id = l.customer_id WHERE c.key = $1 ORDER BY l.position",
                    InteractionRows.Customer(key));
                var campaigns = new List<Campaign>();
                using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    campaigns.Add(new Campaign(reader.GetString(0), reader.GetString(1)));
                }

                return campaigns;
            },
            cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<IdentityLink>> GetIdentityLinksAsync(CancellationToken cancellationToken) =>
        // From the primary: a graph refreshed after another node's join must see it.
        RunAsync<IReadOnlyList<IdentityLink>>(
            _primary,
            async connection =>
            {
                using NpgsqlCommand command = new(IdentityLinkRows.SelectAll(_names), connection);
                var links = new List<IdentityLink>();
                using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (IdentityLinkRows.Read(reader) is { } link)
                    {
                        links.Add(link);
                    }
                }

                return links;
            },
            cancellationToken);

    /// <inheritdoc/>
    public Task SaveIdentityLinkAsync(IdentityLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        return RunAsync(
            _primary,
            async connection =>
            {
                using NpgsqlCommand command = new(IdentityLinkRows.Insert(_names), connection);
                IdentityLinkRows.Bind(command, link);
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<bool> DeleteIdentityLinkAsync(Guid linkId, CancellationToken cancellationToken) =>
        RunAsync(
            _primary,
            async connection =>
            {
                using NpgsqlCommand command = new(IdentityLinkRows.Delete(_names), connection);
                command.Parameters.AddWithValue(linkId);
                using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                return await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);

    /// <summary>
    /// Streams the customer's interactions as they are written on any node, whole, in the order
    /// they were written, until cancelled. The first change after the watch starts (or after the
    /// listening connection comes back) also brings the customer's earlier interactions again, so
    /// nothing written while the watch was starting or away is missed; a journey watch ignores repeats.
    /// </summary>
    /// <param name="key">The customer.</param>
    /// <param name="cancellationToken">Ends the stream.</param>
    /// <returns>Each new or changed interaction.</returns>
    public async IAsyncEnumerable<Interaction> WatchAsync(LookupKey key, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        RequireKey(key, nameof(key));
        await EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
        ChangeSubscription subscription = _listener.Subscribe(InteractionRows.Customer(key));
        try
        {
            while (true)
            {
                await subscription.WaitAsync(cancellationToken).ConfigureAwait(false);
                subscription.Consume();
                IReadOnlyList<Interaction> changes;
                try
                {
                    changes = await ReadChangesAsync(subscription, cancellationToken).ConfigureAwait(false);
                }
                catch (JourneyStoreException)
                {
                    // The server is away: look again shortly (the listener also wakes everyone once it is back).
                    await Task.Delay(TimeSpan.FromSeconds(1), _time, cancellationToken).ConfigureAwait(false);
                    subscription.Wake();
                    continue;
                }

                foreach (Interaction interaction in changes)
                {
                    yield return interaction;
                }
            }
        }
        finally
        {
            _listener.Unsubscribe(subscription);
        }
    }

    /// <summary>Signals each join or undo made through any node (and each reconnection of the listener), until cancelled.</summary>
    /// <param name="cancellationToken">Ends the stream.</param>
    /// <returns>One element per change.</returns>
    public async IAsyncEnumerable<IdentityLinksChanged> WatchIdentityLinksAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
        Channel<IdentityLinksChanged> changes = _listener.SubscribeToLinks();
        try
        {
            await foreach (IdentityLinksChanged change in changes.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return change;
            }
        }
        finally
        {
            _listener.Unsubscribe(changes);
        }
    }

    /// <summary>
    /// Journey analytics across customers (docs/analytics.md), computed in the database's order: one
    /// read of the period's partitions in (customer, start) order, the filters and what the access
    /// context may see applied in SQL, one customer's steps in memory at a time. Read from a replica
    /// when <see cref="PostgresJourneyStoreOptions.Reads"/> allows; not bound by the command timeout.
    /// </summary>
    /// <param name="query">The period, filters, access context and episode rule.</param>
    /// <param name="cancellationToken">Cancels the report.</param>
    /// <returns>The report.</returns>
    /// <exception cref="JourneyStoreException">The store cannot be read.</exception>
    public async Task<JourneyReport> GetReportAsync(JourneyReportQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
        return await RunAsync(_reads, connection => AnalyticsScan.RunAsync(connection, _names, query, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The plan PostgreSQL chooses for a journey report (for docs and tests).</summary>
    internal Task<string> ExplainReportQueryAsync(JourneyReportQuery query, CancellationToken cancellationToken) =>
        ExplainAsync(connection => AnalyticsScan.Command(connection, _names, query), "EXPLAIN (COSTS OFF) ", cancellationToken);

    /// <summary>The plan PostgreSQL chooses for one customer's period (for docs and tests: which partitions it reads).</summary>
    internal Task<string> ExplainPeriodQueryAsync(LookupKey key, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        ExplainAsync(connection => PeriodCommand(connection, InteractionRows.Customer(key), from.UtcTicks, to.UtcTicks), "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ", cancellationToken);

    private Task<string> ExplainAsync(Func<NpgsqlConnection, NpgsqlCommand> statement, string explain, CancellationToken cancellationToken) =>
        RunAsync(
            _reads,
            async connection =>
            {
                using NpgsqlCommand command = statement(connection);
                command.CommandText = explain + command.CommandText;
                var plan = new List<string>();
                using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    plan.Add(reader.GetString(0));
                }

                return string.Join('\n', plan);
            },
            cancellationToken);

    /// <summary>Stops the listener and closes the store's connections.</summary>
    /// <returns>A task that completes when they are closed.</returns>
    public async ValueTask DisposeAsync()
    {
        await _listener.DisposeAsync().ConfigureAwait(false);
        await _dataSource.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Stops the listener and closes the store's connections.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static void RequireKey(LookupKey key, string parameter)
    {
        if (key.IsEmpty)
        {
            throw new ArgumentException("The lookup key is empty; parse it with LookupKey.Parse.", parameter);
        }
    }

    private static Interaction RequireIdentified(Interaction? interaction, string parameter) =>
        interaction is null || string.IsNullOrWhiteSpace(interaction.Source) || string.IsNullOrWhiteSpace(interaction.Id)
            ? throw new ArgumentException("Every interaction needs a source and an id.", parameter)
            : interaction;

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (object value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params object[] values)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (object value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }

    // The customer's id is looked up inside the statement, so the planner keeps the period's partitions only.
    private NpgsqlCommand PeriodCommand(NpgsqlConnection connection, string customer, long fromTicks, long toTicks) =>
        Command(
            connection,
            $"""
            SELECT {InteractionRows.Columns} FROM {_names.Interactions}
            WHERE customer_id = (SELECT id FROM {_names.Customers} WHERE key = $1) AND start_ticks >= $2 AND start_ticks < $3
            """,
            customer,
            fromTicks,
            toTicks);

    private async Task<int> WriteAsync((string Customer, Interaction Interaction)[] rows, CancellationToken cancellationToken)
    {
        if (rows.Length == 0)
        {
            return 0;
        }

        await EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
        DateTime[] missing = _partitions.Missing(rows.Select(r => MonthlyPartitions.MonthOf(r.Interaction.Start.UtcTicks)));
        return await RunAsync(
            _primary,
            async connection =>
            {
                await _partitions.EnsureAsync(connection, missing, cancellationToken).ConfigureAwait(false);
                NpgsqlTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    int written = await _upsert.WriteAsync(connection, transaction, rows, cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return written;
                }
            },
            cancellationToken).ConfigureAwait(false);
    }

    private Task<IReadOnlyList<Interaction>> ReadChangesAsync(ChangeSubscription subscription, CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<Interaction>>(
            _primary,
            async connection =>
            {
                // The customer's id comes back even with no change, so the listener can wake this watcher for its own customer only.
                using NpgsqlCommand command = Command(
                    connection,
                    $"""
                    SELECT c.id, i.revision, {InteractionRows.Prefixed("i")}
                    FROM {_names.Customers} c
                    LEFT JOIN LATERAL (SELECT * FROM {_names.Interactions} WHERE customer_id = c.id AND revision > $2) i ON true
                    WHERE c.key = $1
                    ORDER BY i.revision
                    """,
                    subscription.Customer,
                    subscription.Revision);
                var changes = new List<Interaction>();
                using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    subscription.CustomerId = reader.GetInt64(0);
                    if (!reader.IsDBNull(1))
                    {
                        subscription.Revision = Math.Max(subscription.Revision, reader.GetInt64(1));
                        changes.Add(InteractionRows.Read(reader, first: 2));
                    }
                }

                return changes;
            },
            cancellationToken);

    private Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        Task ready;
        lock (_readyLock)
        {
            if (_ready is null || _ready.IsFaulted || _ready.IsCanceled)
            {
                _ready = PrepareAsync();
            }

            ready = _ready;
        }

        return ready.IsCompletedSuccessfully ? Task.CompletedTask : ready.WaitAsync(cancellationToken);
    }

    private async Task PrepareAsync()
    {
        try
        {
            NpgsqlConnection connection = await _primary.OpenConnectionAsync().ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                await StoreSchema.MigrateAsync(connection, _names, Name, CancellationToken.None).ConfigureAwait(false);
                await _partitions.LoadAsync(connection, CancellationToken.None).ConfigureAwait(false);
                await _partitions.EnsureAsync(connection, _partitions.Missing(MonthlyPartitions.Upcoming(_time.GetUtcNow(), _monthsAhead)), CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (NpgsqlException exception)
        {
            throw StoreFailures.Translate(Name, exception);
        }
    }

    /// <summary>Runs work on a pooled connection: again (up to three times) when the server aborted it or the connection broke, else as a typed error.</summary>
    private async Task<T> RunAsync<T>(NpgsqlDataSource source, Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                NpgsqlConnection connection = await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                await using (connection.ConfigureAwait(false))
                {
                    return await work(connection).ConfigureAwait(false);
                }
            }
            catch (NpgsqlException exception) when (!cancellationToken.IsCancellationRequested)
            {
                if (!StoreFailures.IsRetryable(exception) || attempt == Attempts)
                {
                    throw StoreFailures.Translate(Name, exception);
                }

                // A server restart or failover breaks every idle connection of the pool at once.
                if (exception is not PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure })
                {
                    _dataSource.Clear();
                }
            }
        }
    }
}
