using CustomerJourney.Stores;
using CustomerJourney.Stores.Rows;
using Microsoft.Data.Sqlite;

namespace CustomerJourney.Sqlite.Schema;

/// <summary>
/// The store's versioned schema. <c>PRAGMA application_id</c> marks the file as a journey store;
/// <c>PRAGMA user_version</c> is the schema version, migrated forward step by step on open.
/// </summary>
internal static class StoreSchema
{
    /// <summary>"CJS1": tells a journey store from any other SQLite file.</summary>
    public const int ApplicationId = 0x434A5331;

    /// <summary>Step N brings the schema from version N to N + 1.</summary>
    private static readonly string[] s_migrations =
    [
        """
        CREATE TABLE interactions (
            customer TEXT NOT NULL,
            source TEXT NOT NULL,
            id TEXT NOT NULL,
            start_ticks INTEGER NOT NULL,
            start_offset_minutes INTEGER NOT NULL,
            end_ticks INTEGER,
            end_offset_minutes INTEGER,
            channel INTEGER NOT NULL,
            mode INTEGER NOT NULL,
            direction INTEGER NOT NULL,
            campaign_id TEXT,
            campaign_name TEXT,
            outcome_code TEXT,
            outcome_name TEXT,
            outcome_kind INTEGER,
            phone_number TEXT,
            previous_score INTEGER,
            current_score INTEGER,
            agent_name TEXT,
            agent_comments TEXT,
            PRIMARY KEY (customer, source, id)
        ) WITHOUT ROWID;
        -- One customer over a period is a range scan of this index.
        CREATE INDEX ix_interactions_customer_start ON interactions (customer, start_ticks);
        CREATE TABLE listings (
            customer TEXT NOT NULL,
            campaign_id TEXT NOT NULL,
            campaign_name TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (customer, campaign_id)
        ) WITHOUT ROWID;
        """,
        // Version 2: the second vendor's fields (R14–R16). Lists travel as one JSON document.
        """
        ALTER TABLE interactions ADD COLUMN agentless INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE interactions ADD COLUMN last_activity_ticks INTEGER;
        ALTER TABLE interactions ADD COLUMN last_activity_offset_minutes INTEGER;
        ALTER TABLE interactions ADD COLUMN wrap_up_code TEXT;
        ALTER TABLE interactions ADD COLUMN notes TEXT;
        ALTER TABLE interactions ADD COLUMN details TEXT;
        """,
        // Version 3: the joins of an identity graph (identity stitching); rowid keeps the order they were made in.
        """
        CREATE TABLE identity_links (
            id TEXT NOT NULL UNIQUE,
            first_kind INTEGER NOT NULL,
            first_value TEXT NOT NULL,
            second_kind INTEGER NOT NULL,
            second_value TEXT NOT NULL,
            reason TEXT NOT NULL,
            joined_ticks INTEGER NOT NULL,
            joined_offset_minutes INTEGER NOT NULL
        );
        """,
        // Version 4: recordings, surveys, self-service and marketing (in the details document), and the
        // analytics index: what the journey report reads of every interaction, in the order it reads
        // it (customer, start, source, id), so a report is one scan of the index: the packed facts
        // (channel, agentless, outcome kind, self-service result, whether it has survey scores), the
        // campaign, the divisions (JSON, for the access filter) and the survey scores. It replaces the
        // (customer, start_ticks) index, which it starts with: one customer's period is still a range of it.
        // Rows of earlier versions have no self-service or surveys: their facts come from their columns.
        $"""
        ALTER TABLE interactions ADD COLUMN facts INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE interactions ADD COLUMN divisions TEXT;
        ALTER TABLE interactions ADD COLUMN survey_scores BLOB;
        UPDATE interactions SET
            facts = {StepFacts.Sql("agentless", selfServiceResult: "NULL", surveyScores: "NULL")},
            divisions = CASE WHEN details IS NOT NULL AND json_valid(details) AND json_type(details, '$.divisions') = 'array'
                THEN json_extract(details, '$.divisions') END;
        DROP INDEX ix_interactions_customer_start;
        CREATE INDEX ix_interactions_journey ON interactions (
            customer, start_ticks, source, id, end_ticks, facts, campaign_id, divisions, survey_scores);
        """,
    ];

    /// <summary>The version this SDK writes.</summary>
    public static int CurrentVersion => s_migrations.Length;

    /// <summary>
    /// Whether the file is a journey store of the current schema in WAL mode, read without taking
    /// the write lock, so that opening a current store writes nothing and never waits for a writer.
    /// Throws <see cref="JourneyStoreException"/> for a file that is another database or too new.
    /// </summary>
    public static async Task<bool> IsCurrentAsync(SqliteConnection connection, string sourceName, CancellationToken cancellationToken)
    {
        string journalMode = Convert.ToString(await ValueAsync(connection, null, "PRAGMA journal_mode;", cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        long applicationId = await ScalarAsync(connection, null, "PRAGMA application_id;", cancellationToken).ConfigureAwait(false);
        long version = await ScalarAsync(connection, null, "PRAGMA user_version;", cancellationToken).ConfigureAwait(false);
        if (applicationId != 0 && applicationId != ApplicationId)
        {
            throw NotAJourneyStore(sourceName);
        }

        if (version > CurrentVersion)
        {
            throw NewerSchema(sourceName, version);
        }

        return applicationId == ApplicationId && version == CurrentVersion && string.Equals(journalMode, "wal", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Creates or migrates the schema; throws <see cref="JourneyStoreException"/> for a file that is not a journey store or is too new.</summary>
    public static async Task MigrateAsync(SqliteConnection connection, string sourceName, CancellationToken cancellationToken)
    {
        // WAL lets readers go on while a writer writes; it is a property of the file, set outside a transaction.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);

        // IMMEDIATE: two processes opening a new file at once migrate one after the other.
        using SqliteTransaction transaction = connection.BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: false);
        long applicationId = await ScalarAsync(connection, transaction, "PRAGMA application_id;", cancellationToken).ConfigureAwait(false);
        long version = await ScalarAsync(connection, transaction, "PRAGMA user_version;", cancellationToken).ConfigureAwait(false);
        if (applicationId == 0 && version == 0)
        {
            long objects = await ScalarAsync(connection, transaction, "SELECT count(*) FROM sqlite_master;", cancellationToken).ConfigureAwait(false);
            if (objects > 0)
            {
                throw NotAJourneyStore(sourceName);
            }

            await ExecuteAsync(connection, transaction, $"PRAGMA application_id = {ApplicationId};", cancellationToken).ConfigureAwait(false);
        }
        else if (applicationId != ApplicationId)
        {
            throw NotAJourneyStore(sourceName);
        }

        if (version > CurrentVersion)
        {
            throw NewerSchema(sourceName, version);
        }

        for (long step = version; step < CurrentVersion; step++)
        {
            await ExecuteAsync(connection, transaction, s_migrations[step], cancellationToken).ConfigureAwait(false);
        }

        if (version < CurrentVersion)
        {
            await ExecuteAsync(connection, transaction, $"PRAGMA user_version = {CurrentVersion};", cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static JourneyStoreException NotAJourneyStore(string sourceName) =>
        new(sourceName, JourneyStoreError.NotAJourneyStore, $"{sourceName}: the file is a SQLite database of something else, not a journey store.");

    private static JourneyStoreException NewerSchema(string sourceName, long version) =>
        new(sourceName, JourneyStoreError.NewerSchema, $"{sourceName}: the store has schema version {version}, newer than the {CurrentVersion} this SDK knows; upgrade the SDK.");

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken) =>
        Convert.ToInt64(await ValueAsync(connection, transaction, sql, cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<object?> ValueAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
