using CustomerJourney.Stores;
using Npgsql;

namespace CustomerJourney.PostgreSql.Schema;

/// <summary>
/// The store's versioned schema, created and migrated forward step by step under a transaction-level
/// advisory lock, so several nodes starting at once migrate one after the other and the rest find
/// it current. DDL is transactional in PostgreSQL: a step that fails leaves the previous version whole.
/// </summary>
internal static class StoreSchema
{
    /// <summary>Marks the version table as a journey store's.</summary>
    public const string StoreMark = "CustomerJourney.Sdk";

    /// <summary>The advisory lock class of schema changes ("CJS1"); the schema name's hash is the other half.</summary>
    private const int LockClass = 0x434A5331;

    /// <summary>Step N brings the schema from version N to N + 1.</summary>
    private static readonly Func<StoreNames, string>[] s_migrations =
    [
        n => $"""
            CREATE TABLE {n.Version} (store text NOT NULL, version integer NOT NULL);
            INSERT INTO {n.Version} (store, version) VALUES ('{StoreMark}', 0);
            -- A customer's key (phone, e-mail, web:id) lives here only: interactions, listings and notifications carry the id.
            CREATE TABLE {n.Customers} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, key text NOT NULL UNIQUE);
            CREATE SEQUENCE {n.Revisions};
            -- Where each interaction lives (its start picks the partition), so a replay that moves its start replaces it.
            CREATE TABLE {n.InteractionKeys} (
                customer_id bigint NOT NULL, source text NOT NULL, id text NOT NULL,
                start_ticks bigint NOT NULL, previous_start_ticks bigint,
                PRIMARY KEY (customer_id, source, id));
            CREATE TABLE {n.Interactions} (
                customer_id bigint NOT NULL,
                source text NOT NULL,
                id text NOT NULL,
                start_ticks bigint NOT NULL,
                start_offset_minutes smallint NOT NULL,
                end_ticks bigint,
                end_offset_minutes smallint,
                channel smallint NOT NULL,
                mode smallint NOT NULL,
                direction smallint NOT NULL,
                campaign_id text,
                campaign_name text,
                outcome_code text,
                outcome_name text,
                outcome_kind smallint,
                phone_number text,
                previous_score integer,
                current_score integer,
                agent_name text,
                agent_comments text,
                agentless boolean NOT NULL,
                last_activity_ticks bigint,
                last_activity_offset_minutes smallint,
                wrap_up_code text,
                notes text,
                details text,
                revision bigint NOT NULL,
                -- One customer over a period is a range scan of this key in the period's partitions only.
                PRIMARY KEY (customer_id, start_ticks, source, id)
            ) PARTITION BY RANGE (start_ticks);
            CREATE TABLE {n.Listings} (
                customer_id bigint NOT NULL, campaign_id text NOT NULL, campaign_name text NOT NULL, position integer NOT NULL,
                PRIMARY KEY (customer_id, campaign_id));
            CREATE TABLE {n.IdentityLinks} (
                sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                id uuid NOT NULL UNIQUE,
                first_kind smallint NOT NULL, first_value text NOT NULL,
                second_kind smallint NOT NULL, second_value text NOT NULL,
                reason text NOT NULL,
                joined_ticks bigint NOT NULL, joined_offset_minutes smallint NOT NULL);
            """,
        // Version 2: recordings, surveys, self-service and marketing (in the details document), and what the
        // journey report reads and filters on in columns of their own: the self-service result, the
        // divisions (jsonb, for the access filter) and the survey scores.
        n => $"""
            ALTER TABLE {n.Interactions} ADD COLUMN self_service_result smallint, ADD COLUMN divisions jsonb, ADD COLUMN survey_scores bytea;
            UPDATE {n.Interactions} SET divisions = details::jsonb -> 'divisions'
                WHERE details LIKE '%"divisions"%' AND jsonb_typeof(details::jsonb -> 'divisions') = 'array';
            """,
    ];

    /// <summary>The version this SDK writes.</summary>
    public static int CurrentVersion => s_migrations.Length;

    /// <summary>
    /// Brings the schema to <see cref="CurrentVersion"/>. A current schema is found with one read
    /// and no lock; otherwise the advisory lock is taken and the version read again under it.
    /// </summary>
    public static async Task MigrateAsync(NpgsqlConnection connection, StoreNames names, string sourceName, CancellationToken cancellationToken)
    {
        if (await ReadVersionAsync(connection, null, names, sourceName, cancellationToken).ConfigureAwait(false) == CurrentVersion)
        {
            return;
        }

        NpgsqlTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({LockClass}, hashtext('{names.Schema}'))", cancellationToken).ConfigureAwait(false);
            int version = await ReadVersionAsync(connection, transaction, names, sourceName, cancellationToken).ConfigureAwait(false);
            if (version == 0)
            {
                await ExecuteAsync(connection, transaction, $"CREATE SCHEMA IF NOT EXISTS {names.QuotedSchema}", cancellationToken).ConfigureAwait(false);
            }

            for (int step = version; step < CurrentVersion; step++)
            {
                await ExecuteAsync(connection, transaction, s_migrations[step](names), cancellationToken).ConfigureAwait(false);
            }

            if (version < CurrentVersion)
            {
                await ExecuteAsync(connection, transaction, $"UPDATE {names.Version} SET version = {CurrentVersion}", cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The schema's version: 0 when there is no schema yet; throws for a schema of something else or a newer SDK's.</summary>
    private static async Task<int> ReadVersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, StoreNames names, string sourceName, CancellationToken cancellationToken)
    {
        using NpgsqlCommand probe = new("SELECT to_regclass($1) IS NOT NULL, (SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = $2)", connection, transaction);
        probe.Parameters.AddWithValue(names.Version);
        probe.Parameters.AddWithValue(names.Schema);
        bool hasVersion;
        long tables;
        using (NpgsqlDataReader reader = await probe.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            (hasVersion, tables) = (reader.GetBoolean(0), reader.GetInt64(1));
        }

        if (!hasVersion)
        {
            return tables == 0 ? 0 : throw NotAJourneyStore(sourceName);
        }

        using NpgsqlCommand read = new($"SELECT store, version FROM {names.Version}", connection, transaction);
        using NpgsqlDataReader row = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await row.ReadAsync(cancellationToken).ConfigureAwait(false) || row.GetString(0) != StoreMark)
        {
            throw NotAJourneyStore(sourceName);
        }

        int version = row.GetInt32(1);
        return version > CurrentVersion
            ? throw new JourneyStoreException(sourceName, JourneyStoreError.NewerSchema, $"{sourceName}: the store has schema version {version}, newer than the {CurrentVersion} this SDK knows; upgrade the SDK.")
            : version;
    }

    private static JourneyStoreException NotAJourneyStore(string sourceName) =>
        new(sourceName, JourneyStoreError.NotAJourneyStore, $"{sourceName}: the database schema holds tables of something else, not a journey store; choose another CustomerJourney:{sourceName}:Schema.");

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        using NpgsqlCommand command = new(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
