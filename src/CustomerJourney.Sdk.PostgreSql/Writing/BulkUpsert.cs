using CustomerJourney.Model;
using CustomerJourney.PostgreSql.Schema;
using CustomerJourney.Stores.Rows;
using Npgsql;
using NpgsqlTypes;

namespace CustomerJourney.PostgreSql.Writing;

/// <summary>
/// Every write of interactions, in one transaction: a large batch through binary COPY into a
/// session's staging table, a small one (a single event) as array parameters in the statements
/// themselves, then the same set-based statements. Nothing is visible until the commit, so a node
/// that dies mid-batch leaves nothing half-written, and a replayed batch replaces what it wrote.
/// Each statement runs in its own snapshot (read committed), which is what makes concurrent writers
/// of the same interaction safe: its key row is locked first, in one order, and the statements
/// after that see the other writer's commit.
/// </summary>
internal sealed class BulkUpsert
{
    /// <summary>From this many rows on, COPY into a staging table pays for its extra round trips.</summary>
    public const int CopyFrom = 200;

    private const string Staging = "pg_temp.customer_journey_staging";
    private const string Batch = "pg_temp.customer_journey_batch";

    // Temporary tables live with the pooled session and are emptied at each commit (or rollback).
    private static readonly string s_prepare = $"""
        CREATE TEMP TABLE IF NOT EXISTS customer_journey_staging (seq integer NOT NULL, customer text NOT NULL, {InteractionRows.ColumnTypes}) ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE IF NOT EXISTS customer_journey_batch (customer_id bigint NOT NULL, {InteractionRows.ColumnTypes}) ON COMMIT DELETE ROWS;
        """;

    private static readonly string s_copy = $"COPY {Staging} (seq, customer, {InteractionRows.Columns}) FROM STDIN (FORMAT BINARY)";

    // The rows as parameters: one array per column, unnested in the statement.
    private static readonly string s_parameters = $"""
        (SELECT * FROM unnest($1::integer[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::smallint[], $7::bigint[], $8::smallint[],
            $9::smallint[], $10::smallint[], $11::smallint[], $12::text[], $13::text[], $14::text[], $15::text[], $16::smallint[], $17::text[],
            $18::integer[], $19::integer[], $20::text[], $21::text[], $22::boolean[], $23::bigint[], $24::smallint[], $25::text[], $26::text[], $27::text[],
            $28::smallint[], $29::jsonb[], $30::bytea[])
            AS u (seq, customer, {InteractionRows.Columns}))
        """;

    private readonly StoreNames _names;
    private readonly string _copiedBatch;
    private readonly Statements _copied;
    private readonly Statements _inline;

    public BulkUpsert(StoreNames names)
    {
        _names = names;
        _copiedBatch = $"INSERT INTO {Batch} (customer_id, {InteractionRows.Columns}) {Distinct(Staging)}";
        _copied = new Statements(names, Staging, $"(SELECT * FROM {Batch})");
        _inline = new Statements(names, s_parameters, $"({Distinct(s_parameters)})");
    }

    /// <summary>Writes the rows inside <paramref name="transaction"/>; returns how many distinct interactions were written.</summary>
    public async Task<int> WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<(string Customer, Interaction Interaction)> rows, CancellationToken cancellationToken)
    {
        bool copy = rows.Count >= CopyFrom;
        Statements statements = copy ? _copied : _inline;
        object[] parameters = copy ? [] : Columns(rows);
        if (copy)
        {
            using (NpgsqlCommand prepare = new(s_prepare, connection, transaction))
            {
                await prepare.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            NpgsqlBinaryImporter writer = await connection.BeginBinaryImportAsync(s_copy, cancellationToken).ConfigureAwait(false);
            await using (writer.ConfigureAwait(false))
            {
                for (int seq = 0; seq < rows.Count; seq++)
                {
                    await InteractionRows.WriteAsync(writer, seq, rows[seq].Customer, rows[seq].Interaction, cancellationToken).ConfigureAwait(false);
                }

                await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        // Round trip 1: new customers get their id, then every interaction's key is locked (and its move, if any, returned).
        var moves = new List<(long CustomerId, string Source, string Id, long PreviousStart)>();
        using (NpgsqlBatch keys = Batched(connection, transaction, parameters, copy ? [statements.Customers, _copiedBatch, statements.Keys] : [statements.Customers, statements.Keys]))
        {
            using NpgsqlDataReader reader = await keys.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            do
            {
                while (reader.FieldCount == 4 && await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    moves.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
                }
            }
            while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false));
        }

        // Rare: a replay whose start moved leaves its old place (planned over every partition, so only when needed).
        if (moves.Count > 0)
        {
            using NpgsqlCommand delete = new(
                $"""
                DELETE FROM {_names.Interactions} i USING unnest($1::bigint[], $2::text[], $3::text[], $4::bigint[]) AS m (customer_id, source, id, previous_start_ticks)
                WHERE i.customer_id = m.customer_id AND i.start_ticks = m.previous_start_ticks AND i.source = m.source AND i.id = m.id
                """,
                connection,
                transaction);
            delete.Parameters.Add(new NpgsqlParameter { Value = moves.Select(m => m.CustomerId).ToArray() });
            delete.Parameters.Add(new NpgsqlParameter { Value = moves.Select(m => m.Source).ToArray() });
            delete.Parameters.Add(new NpgsqlParameter { Value = moves.Select(m => m.Id).ToArray() });
            delete.Parameters.Add(new NpgsqlParameter { Value = moves.Select(m => m.PreviousStart).ToArray() });
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // Round trip 2: the interactions themselves, and the notification of which customers changed.
        using NpgsqlBatch write = Batched(connection, transaction, parameters, [statements.Interactions, statements.Notify]);
        await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return write.BatchCommands[0].RecordsAffected;
    }

    // One row per interaction, the last of the batch winning, with the customer's id.
    private string Distinct(string source) => $"""
        SELECT DISTINCT ON (c.id, s.source, s.id) c.id AS customer_id, {InteractionRows.Prefixed("s")}
        FROM {source} s JOIN {_names.Customers} c ON c.key = s.customer
        ORDER BY c.id, s.source, s.id, s.seq DESC
        """;

    private static NpgsqlBatch Batched(NpgsqlConnection connection, NpgsqlTransaction transaction, object[] parameters, string[] statements)
    {
        var batch = new NpgsqlBatch(connection, transaction);
        foreach (string statement in statements)
        {
            var command = new NpgsqlBatchCommand(statement);
            if (statement.Contains("$1", StringComparison.Ordinal))
            {
                foreach (object value in parameters)
                {
                    // A typed parameter is a template: each statement of the batch gets its own copy.
                    command.Parameters.Add(value is NpgsqlParameter typed ? typed.Clone() : new NpgsqlParameter { Value = value });
                }
            }

            batch.BatchCommands.Add(command);
        }

        return batch;
    }

    private static object[] Columns(IReadOnlyList<(string Customer, Interaction Interaction)> rows)
    {
        T[] Column<T>(Func<Interaction, T> value) => [.. rows.Select(r => value(r.Interaction))];
        return
        [
            Enumerable.Range(0, rows.Count).ToArray(),
            rows.Select(r => r.Customer).ToArray(),
            Column(i => i.Source),
            Column(i => i.Id),
            Column(i => i.Start.UtcTicks),
            Column(i => (short)i.Start.Offset.TotalMinutes),
            Column(i => i.End?.UtcTicks),
            Column(i => i.End is { } end ? (short?)end.Offset.TotalMinutes : null),
            Column(i => (short)i.Channel),
            Column(i => (short)i.Mode),
            Column(i => (short)i.Direction),
            Column(i => i.Campaign?.Id),
            Column(i => i.Campaign?.Name),
            Column(i => i.Outcome?.Code),
            Column(i => i.Outcome?.Name),
            Column(i => i.Outcome is { } outcome ? (short?)outcome.Kind : null),
            Column(i => i.PhoneNumber),
            Column(i => i.PreviousScore),
            Column(i => i.CurrentScore),
            Column(i => i.AgentName),
            Column(i => i.AgentComments),
            Column(i => i.IsAgentless),
            Column(i => i.LastActivity?.UtcTicks),
            Column(i => i.LastActivity is { } last ? (short?)last.Offset.TotalMinutes : null),
            Column(i => i.WrapUpCode),
            Column(i => i.Notes),
            Column(InteractionDetails.Write),
            Column(i => i.SelfService is { } selfService ? (short?)selfService.Result : null),
            new NpgsqlParameter { Value = Column(InteractionDetails.DivisionsColumn), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb },
            Column(i => SurveyScores.Write(i.Surveys)),
        ];
    }

    /// <summary>The statements of one path: <c>source</c> is where the staged rows are, <c>batch</c> the distinct rows with their customer ids.</summary>
    private sealed class Statements(StoreNames names, string source, string batch)
    {
        // Ordered, so concurrent batches take each new customer's lock in one order.
        public string Customers { get; } = $"INSERT INTO {names.Customers} (key) SELECT DISTINCT customer FROM {source} s ORDER BY 1 ON CONFLICT (key) DO NOTHING";

        // Locks each interaction's key (waiting for a concurrent writer of it to commit) and returns those whose start moved.
        public string Keys { get; } = $"""
            WITH k AS (
                INSERT INTO {names.InteractionKeys} AS k (customer_id, source, id, start_ticks)
                SELECT customer_id, source, id, start_ticks FROM {batch} b ORDER BY customer_id, source, id
                ON CONFLICT (customer_id, source, id) DO UPDATE SET start_ticks = excluded.start_ticks, previous_start_ticks = k.start_ticks
                WHERE k.start_ticks <> excluded.start_ticks
                RETURNING k.customer_id, k.source, k.id, k.previous_start_ticks)
            SELECT customer_id, source, id, previous_start_ticks FROM k WHERE previous_start_ticks IS NOT NULL
            """;

        public string Interactions { get; } = $"""
            INSERT INTO {names.Interactions} (customer_id, {InteractionRows.Columns}, revision)
            SELECT customer_id, {InteractionRows.Columns}, nextval('{names.Revisions}') FROM {batch} b
            ORDER BY customer_id, start_ticks, source, id
            ON CONFLICT (customer_id, start_ticks, source, id) DO UPDATE SET {InteractionRows.ReplaceAll}
            """;

        // The other nodes' watchers learn which customers changed: ids only, a few hundred per notification (8,000 bytes at most).
        public string Notify { get; } = $"""
            SELECT pg_notify('{names.InteractionsChannel}', string_agg(customer_id::text, ',')) FROM (
                SELECT customer_id, (row_number() OVER (ORDER BY customer_id) - 1) / 400 AS chunk
                FROM (SELECT DISTINCT customer_id FROM {batch} b) changed) numbered
            GROUP BY chunk
            """;
    }
}
