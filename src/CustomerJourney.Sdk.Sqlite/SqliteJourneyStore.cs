using CustomerJourney.Analytics;
using CustomerJourney.Identity;
using CustomerJourney.Model;
using CustomerJourney.Sources;
using CustomerJourney.Sqlite.Analytics;
using CustomerJourney.Sqlite.Schema;
using CustomerJourney.Sqlite.Writing;
using CustomerJourney.Stores;
using Microsoft.Data.Sqlite;

namespace CustomerJourney.Sqlite;

/// <summary>
/// A journey store in one SQLite file: a source that serves inbound and outbound lookups by phone
/// or e-mail, and a writer that appends interactions idempotently, so a host can feed it from
/// its own events. The schema is versioned and migrated on open; the file runs in WAL mode, so
/// readers go on while a writer writes. Thread-safe: every call takes a pooled connection, and
/// writers of one process take turns on the file (a queue, not SQLite's lock), so only another
/// process can make a writer wait, for at most <see cref="SqliteJourneyStoreOptions.BusyTimeout"/>.
/// Opening a store whose schema is current writes nothing. Journey analytics across customers
/// (<see cref="GetReportAsync"/>) are one scan of an index, computed inside the store.
/// (Microsoft.Data.Sqlite runs statements synchronously under its async API; the store keeps the
/// async signatures of <see cref="IJourneySource"/> and honours cancellation between rows.)
/// </summary>
public sealed class SqliteJourneyStore : IJourneyStore, IJourneyAnalytics, IDisposable
{
    private static readonly string[] s_reportParameters = ["$from", "$until", "$campaign", "$channel", "$granted"];
    private readonly string _connectionString;
    private readonly string _path;
    private readonly TimeSpan _busyTimeout;
    private readonly SemaphoreSlim _writerGate;
    private readonly SqliteDurability _durability;

    private SqliteJourneyStore(string name, string connectionString, string fullPath, SqliteDurability durability, TimeSpan busyTimeout)
    {
        _path = fullPath;
        _busyTimeout = busyTimeout;
        Name = name;
        _connectionString = connectionString;
        _writerGate = WriterGate.For(fullPath);
        _durability = durability;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public SourceCapabilities Capabilities =>
        SourceCapabilities.PhoneLookup | SourceCapabilities.EmailLookup | SourceCapabilities.InboundCalls | SourceCapabilities.CampaignListings | SourceCapabilities.WebIdLookup | SourceCapabilities.Divisions;

    /// <summary>Opens a store, creating it when allowed, and brings its schema up to date.</summary>
    /// <param name="options">The file and how to open it.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The store.</returns>
    /// <exception cref="JourneyStoreException">The file is missing, not a journey store, corrupt, locked or too new.</exception>
    public static async Task<SqliteJourneyStore> OpenAsync(SqliteJourneyStoreOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Name);
        string path = System.IO.Path.GetFullPath(options.Path);
        if (!File.Exists(path) && !options.CreateIfMissing)
        {
            throw new JourneyStoreException(options.Name, JourneyStoreError.NotFound, $"{options.Name}: the journey store '{path}' does not exist (set CreateIfMissing to create it).");
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = options.CreateIfMissing ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            // Microsoft.Data.Sqlite retries a busy database until the command timeout; that is the busy timeout.
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        };
        var store = new SqliteJourneyStore(options.Name, builder.ToString(), path, options.Durability, options.BusyTimeout);
        bool current = await store.RunAsync(
            connection => StoreSchema.IsCurrentAsync(connection, options.Name, cancellationToken),
            cancellationToken).ConfigureAwait(false);
        if (!current)
        {
            await store.RunWriteAsync(
                async connection =>
                {
                    await StoreSchema.MigrateAsync(connection, options.Name, cancellationToken).ConfigureAwait(false);
                    return true;
                },
                cancellationToken).ConfigureAwait(false);
        }

        return store;
    }

    /// <summary>
    /// Appends interactions to a customer's journey, idempotently: one already stored under the same
    /// customer, source and id is replaced, so replaying a feed never duplicates. All or nothing.
    /// </summary>
    /// <param name="key">The customer.</param>
    /// <param name="interactions">The interactions; each needs a source and an id.</param>
    /// <param name="cancellationToken">Cancels the write (nothing is written).</param>
    /// <returns>How many interactions were written.</returns>
    public async Task<int> UpsertAsync(LookupKey key, IEnumerable<Interaction> interactions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        RequireKey(key);
        Interaction[] batch = [.. interactions];
        if (batch.Any(i => i is null || string.IsNullOrWhiteSpace(i.Source) || string.IsNullOrWhiteSpace(i.Id)))
        {
            throw new ArgumentException("Every interaction needs a source and an id.", nameof(interactions));
        }

        string customer = InteractionRows.Customer(key);
        return await WriteInteractionsAsync(batch.Select(i => (customer, i)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes interactions of many customers in one transaction (the bulk path: one commit, one
    /// sync, a statement prepared once), idempotently; the last of several with the same customer,
    /// source and id wins. All or nothing.
    /// </summary>
    /// <param name="batch">The interactions with their customers.</param>
    /// <param name="cancellationToken">Cancels the write (nothing is written).</param>
    /// <returns>How many distinct interactions were written.</returns>
    public async Task<int> UpsertBatchAsync(IEnumerable<CustomerInteraction> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        CustomerInteraction[] rows = [.. batch];
        foreach (CustomerInteraction row in rows)
        {
            RequireKey(row.Customer, nameof(batch));
            if (row.Interaction is null || string.IsNullOrWhiteSpace(row.Interaction.Source) || string.IsNullOrWhiteSpace(row.Interaction.Id))
            {
                throw new ArgumentException("Every interaction needs a source and an id.", nameof(batch));
            }
        }

        await WriteInteractionsAsync(rows.Select(r => (InteractionRows.Customer(r.Customer), r.Interaction)), cancellationToken).ConfigureAwait(false);
        return rows.Select(r => (InteractionRows.Customer(r.Customer), r.Interaction.Source, r.Interaction.Id)).Distinct().Count();
    }

    private Task<int> WriteInteractionsAsync(IEnumerable<(string Customer, Interaction Interaction)> rows, CancellationToken cancellationToken) =>
        RunWriteAsync(
            async connection =>
            {
                using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
                using SqliteCommand command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = InteractionRows.Upsert;
                InteractionRows.AddUpsertParameters(command);
                int written = 0;
                foreach ((string customer, Interaction interaction) in rows)
                {
                    InteractionRows.Bind(command, customer, interaction);
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    written++;
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return written;
            },
            cancellationToken);

    /// <summary>Sets the campaigns a customer is listed in (R2), replacing the previous list.</summary>
    /// <param name="key">The customer.</param>
    /// <param name="campaigns">The campaigns, in the order to show them.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the list is written.</returns>
    public Task SetListedCampaignsAsync(LookupKey key, IEnumerable<Campaign> campaigns, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        RequireKey(key);
        Campaign[] list = [.. campaigns.DistinctBy(c => c.Id, StringComparer.Ordinal)];
        return RunWriteAsync(
            async connection =>
            {
                using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
                using SqliteCommand delete = connection.CreateCommand();
                delete.Transaction = transaction;
                delete.CommandText = "DELETE FROM listings WHERE customer = $customer";
                delete.Parameters.AddWithValue("$customer", InteractionRows.Customer(key));
                await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                using SqliteCommand insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO listings (customer, campaign_id, campaign_name, position) VALUES ($customer, $id, $name, $position)";
                SqliteParameter customer = insert.Parameters.AddWithValue("$customer", InteractionRows.Customer(key));
                SqliteParameter id = insert.Parameters.Add("$id", SqliteType.Text);
                SqliteParameter name = insert.Parameters.Add("$name", SqliteType.Text);
                SqliteParameter position = insert.Parameters.Add("$position", SqliteType.Integer);
                for (int i = 0; i < list.Length; i++)
                {
                    (id.Value, name.Value, position.Value) = (list[i].Id, list[i].Name, i);
                    await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Interaction>> GetInteractionsAsync(SourceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return RunAsync<IReadOnlyList<Interaction>>(
            async connection =>
            {
                using SqliteCommand command = connection.CreateCommand();
                command.CommandText = InteractionRows.SelectPeriod;
                command.Parameters.AddWithValue("$customer", InteractionRows.Customer(query.Key));
                command.Parameters.AddWithValue("$from", query.From.UtcTicks);
                command.Parameters.AddWithValue("$to", query.To.UtcTicks);
                var interactions = new List<Interaction>();
                using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
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
            async connection =>
            {
                using SqliteCommand command = connection.CreateCommand();
                command.CommandText = "SELECT campaign_id, campaign_name FROM listings WHERE customer = $customer ORDER BY position";
                command.Parameters.AddWithValue("$customer", InteractionRows.Customer(key));
                var campaigns = new List<Campaign>();
                using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    campaigns.Add(new Campaign(reader.GetString(0), reader.GetString(1)));
                }

                return campaigns;
            },
            cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<IdentityLink>> GetIdentityLinksAsync(CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<IdentityLink>>(
            async connection =>
            {
                using SqliteCommand command = connection.CreateCommand();
                command.CommandText = IdentityLinkRows.SelectAll;
                var links = new List<IdentityLink>();
                using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
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
        return RunWriteAsync(
            async connection =>
            {
                using SqliteCommand command = connection.CreateCommand();
                command.CommandText = IdentityLinkRows.Insert;
                IdentityLinkRows.Bind(command, link);
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<bool> DeleteIdentityLinkAsync(Guid linkId, CancellationToken cancellationToken) =>
        RunWriteAsync(
            async connection =>
            {
                using SqliteCommand command = connection.CreateCommand();
                command.CommandText = IdentityLinkRows.Delete;
                command.Parameters.AddWithValue("$id", linkId.ToString("D"));
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
            },
            cancellationToken);

    /// <summary>
    /// Journey analytics across customers (docs/analytics.md), computed in the store: one scan of the
    /// analytics index in (customer, start) order, selecting the period, the filters and what the
    /// access context may see in SQL, one customer's steps in memory at a time. Runs on the calling
    /// thread (Microsoft.Data.Sqlite is synchronous); cancellation is honoured between rows.
    /// </summary>
    /// <param name="query">The period, filters, access context and episode rule.</param>
    /// <param name="cancellationToken">Cancels the report.</param>
    /// <returns>The report.</returns>
    /// <exception cref="JourneyStoreException">The store cannot be read.</exception>
    public Task<JourneyReport> GetReportAsync(JourneyReportQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        try
        {
            return Task.FromResult(AnalyticsScan.Run(_path, _busyTimeout, query, cancellationToken));
        }
        catch (SqliteException exception)
        {
            throw Translate(exception);
        }
    }

    /// <summary>The query plan SQLite chooses for a journey report (for docs and tests).</summary>
    internal Task<string> ExplainReportQueryAsync(JourneyReportQuery query, CancellationToken cancellationToken, bool downwards = false) =>
        ExplainAsync(AnalyticsScan.Sql(query, downwards), [.. s_reportParameters.Select(name => (name, (object)0L))], cancellationToken);

    /// <summary>The query plan SQLite chooses for one customer's period (for docs and tests).</summary>
    internal Task<string> ExplainPeriodQueryAsync(CancellationToken cancellationToken) =>
        ExplainAsync(InteractionRows.SelectPeriod, [("$customer", "+10000000000"), ("$from", 0L), ("$to", 1L)], cancellationToken);

    private Task<string> ExplainAsync(string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken) =>
        RunAsync(
            async connection =>
            {
                using SqliteCommand command = connection.CreateCommand();
                command.CommandText = "EXPLAIN QUERY PLAN " + sql;
                foreach ((string name, object value) in parameters)
                {
                    command.Parameters.AddWithValue(name, value);
                }

                var plan = new List<string>();
                using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    plan.Add(reader.GetString(3));
                }

                return string.Join('\n', plan);
            },
            cancellationToken);

    /// <summary>Closes the store's pooled connections, releasing the file.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private static void RequireKey(LookupKey key, string parameter = "key")
    {
        if (key.IsEmpty)
        {
            throw new ArgumentException("The lookup key is empty; parse it with LookupKey.Parse.", parameter);
        }
    }

    /// <summary>Runs work on a pooled connection, turning SQLite's errors into typed, clear ones.</summary>
    private async Task<T> RunAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            var connection = new SqliteConnection(_connectionString);
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                return await work(connection).ConfigureAwait(false);
            }
        }
        catch (SqliteException exception)
        {
            throw Translate(exception);
        }
    }

    /// <summary>Runs a write once this process's earlier writers of the file are done.</summary>
    private async Task<T> RunWriteAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await _writerGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The setting is the connection's own, and pooled connections are shared by every store of
            // the file: each write says it again (microseconds, against the milliseconds of a sync).
            return await RunAsync(
                async connection =>
                {
                    SqliteCommand durability = connection.CreateCommand();
                    await using (durability.ConfigureAwait(false))
                    {
                        durability.CommandText = _durability == SqliteDurability.Normal ? "PRAGMA synchronous = NORMAL;" : "PRAGMA synchronous = FULL;";
                        await durability.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }

                    return await work(connection).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writerGate.Release();
        }
    }

    private JourneyStoreException Translate(SqliteException exception) => exception.SqliteErrorCode switch
    {
        // SQLITE_NOTADB
        26 => new JourneyStoreException(Name, JourneyStoreError.NotAJourneyStore, $"{Name}: the file is not a SQLite database.", exception),
        // SQLITE_CORRUPT
        11 => new JourneyStoreException(Name, JourneyStoreError.Corrupt, $"{Name}: the journey store is damaged; restore it from a backup.", exception),
        // SQLITE_BUSY, SQLITE_LOCKED
        5 or 6 => new JourneyStoreException(Name, JourneyStoreError.Locked, $"{Name}: the journey store stayed locked by another connection or process beyond the busy timeout.", exception),
        // SQLITE_CANTOPEN, SQLITE_READONLY, SQLITE_PERM
        14 or 8 or 3 => new JourneyStoreException(Name, JourneyStoreError.CannotOpen, $"{Name}: the journey store cannot be opened for reading and writing (SQLite error {exception.SqliteErrorCode}).", exception),
        _ => new JourneyStoreException(Name, JourneyStoreError.CannotOpen, $"{Name}: SQLite error {exception.SqliteErrorCode}.", exception),
    };
}
