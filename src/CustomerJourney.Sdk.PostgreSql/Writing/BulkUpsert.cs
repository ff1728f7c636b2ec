using CustomerJourney.Model;
using CustomerJourney.PostgreSql.Schema;
using Npgsql;

namespace CustomerJourney.PostgreSql.Writing;

/// <summary>
/// Every write of interactions, one row or a million: binary COPY into a session's staging table,
/// then a few set-based statements in the same transaction. Nothing is visible until the commit,
/// so a node that dies mid-batch leaves nothing half-written, and a replayed batch replaces what it
/// wrote before. Each statement runs in its own snapshot (read committed), which is what makes
/// concurrent writers of the same interaction safe: the interaction's key row is locked first, in
/// one order, and the statements after it see the other writer's commit.
/// </summary>
internal sealed class BulkUpsert(StoreNames names)
{
    private const string Staging = "pg_temp.customer_journey_staging";
    private const string Batch = "pg_temp.customer_journey_batch";
    private const string Moves = "pg_temp.customer_journey_moves";

    // Temporary tables live with the pooled session and are emptied at each commit (or rollback).
    private readonly string _prepare = $"""
        CREATE TEMP TABLE IF NOT EXISTS customer_journey_staging (seq integer NOT NULL, customer text NOT NULL, {InteractionRows.ColumnTypes}) ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE IF NOT EXISTS customer_journey_batch (customer_id bigint NOT NULL, {InteractionRows.ColumnTypes}) ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE IF NOT EXISTS customer_journey_moves (customer_id bigint NOT NULL, source text NOT NULL, id text NOT NULL, previous_start_ticks bigint NOT NULL) ON COMMIT DELETE ROWS;
        """;

    private readonly string _copy = $"COPY {Staging} (seq, customer, {InteractionRows.Columns}) FROM STDIN (FORMAT BINARY)";

    private readonly string[] _statements =
    [
        // New customers get their id; ordered, so concurrent batches take the key's lock in one order.
        $"INSERT INTO {names.Customers} (key) SELECT DISTINCT customer FROM {Staging} ORDER BY 1 ON CONFLICT (key) DO NOTHING",
        // One row per interaction, the last of the batch winning.
        $"""
        INSERT INTO {Batch} (customer_id, {InteractionRows.Columns})
        SELECT DISTINCT ON (c.id, s.source, s.id) c.id, {InteractionRows.Prefixed("s")}
        FROM {Staging} s JOIN {names.Customers} c ON c.key = s.customer
        ORDER BY c.id, s.source, s.id, s.seq DESC
        """,
        // Locks each interaction's key (waiting for a concurrent writer of it to commit) and records those whose start moved.
        $"""
        WITH k AS (
            INSERT INTO {names.InteractionKeys} AS k (customer_id, source, id, start_ticks)
            SELECT customer_id, source, id, start_ticks FROM {Batch} ORDER BY customer_id, source, id
            ON CONFLICT (customer_id, source, id) DO UPDATE SET start_ticks = excluded.start_ticks, previous_start_ticks = k.start_ticks
            WHERE k.start_ticks <> excluded.start_ticks
            RETURNING k.customer_id, k.source, k.id, k.previous_start_ticks)
        INSERT INTO {Moves} SELECT customer_id, source, id, previous_start_ticks FROM k WHERE previous_start_ticks IS NOT NULL
        """,
        // A moved interaction leaves its old partition.
        $"""
        DELETE FROM {names.Interactions} i USING {Moves} m
        WHERE i.customer_id = m.customer_id AND i.start_ticks = m.previous_start_ticks AND i.source = m.source AND i.id = m.id
        """,
        $"""
        INSERT INTO {names.Interactions} (customer_id, {InteractionRows.Columns}, revision)
        SELECT customer_id, {InteractionRows.Columns}, nextval('{names.Revisions}') FROM {Batch}
        ORDER BY customer_id, start_ticks, source, id
        ON CONFLICT (customer_id, start_ticks, source, id) DO UPDATE SET {InteractionRows.ReplaceAll}
        """,
        // The other nodes' watchers learn which customers changed: ids only, a few hundred per notification (8,000 bytes at most).
        $"""
        SELECT pg_notify('{names.InteractionsChannel}', string_agg(customer_id::text, ',')) FROM (
            SELECT customer_id, (row_number() OVER (ORDER BY customer_id) - 1) / 400 AS chunk
            FROM (SELECT DISTINCT customer_id FROM {Batch}) changed) numbered
        GROUP BY chunk
        """,
    ];

    /// <summary>Writes the rows inside <paramref name="transaction"/>; returns how many distinct interactions were written.</summary>
    public async Task<int> WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<(string Customer, Interaction Interaction)> rows, CancellationToken cancellationToken)
    {
        using (NpgsqlCommand prepare = new(_prepare, connection, transaction))
        {
            await prepare.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        NpgsqlBinaryImporter writer = await connection.BeginBinaryImportAsync(_copy, cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            for (int seq = 0; seq < rows.Count; seq++)
            {
                await InteractionRows.WriteAsync(writer, seq, rows[seq].Customer, rows[seq].Interaction, cancellationToken).ConfigureAwait(false);
            }

            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        using NpgsqlBatch batch = new(connection, transaction);
        foreach (string statement in _statements)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(statement));
        }

        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return batch.BatchCommands[4].RecordsAffected;
    }
}
