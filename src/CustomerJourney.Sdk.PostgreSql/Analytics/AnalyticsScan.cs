using CustomerJourney.Access;
using CustomerJourney.Analytics;
using CustomerJourney.PostgreSql.Schema;
using CustomerJourney.Stores.Rows;
using Npgsql;

namespace CustomerJourney.PostgreSql.Analytics;

/// <summary>
/// A journey report as one ordered read of the interactions: SQL selects the period's partitions,
/// the filters and what the access context may see, and packs each row's small facts into one
/// integer; the rows stream in (customer, start, source, id) order, byte order for the text, into a
/// <see cref="JourneyReportBuilder"/>, one customer at a time, so the result is the SQLite store's
/// for the same rows. The sort on byte order runs in the server with 64 MB of memory (the
/// transaction's own <c>work_mem</c>). Not bound by the store's command timeout: a report of
/// millions of rows is cancelled by its token.
/// </summary>
internal static class AnalyticsScan
{
    /// <summary>Server memory for the report's sort: in memory rather than on disk for millions of rows (the server's default is 4 MB).</summary>
    private const string SortMemory = "64MB";

    public static async Task<JourneyReport> RunAsync(NpgsqlConnection connection, StoreNames names, JourneyReportQuery query, CancellationToken cancellationToken)
    {
        var builder = new JourneyReportBuilder(query);
        NpgsqlTransaction transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            using (var memory = new NpgsqlCommand($"SET LOCAL work_mem = '{SortMemory}'", connection, transaction))
            {
                await memory.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await ReadAsync(connection, transaction, names, query, builder, cancellationToken).ConfigureAwait(false);
        }

        return builder.Build();
    }

    private static async Task ReadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, StoreNames names, JourneyReportQuery query, JourneyReportBuilder builder, CancellationToken cancellationToken)
    {
        using NpgsqlCommand command = Command(connection, names, query);
        command.Transaction = transaction;
        command.CommandTimeout = 0;
        using NpgsqlDataReader reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken).ConfigureAwait(false);
        long customer = long.MinValue;
        // Text and scores read as bytes into buffers kept for the whole scan: nothing allocated per row.
        var campaigns = new CampaignNames();
        var scores = new SurveyScoreList();
        byte[] campaignBytes = new byte[256];
        byte[] scoreBytes = new byte[256];
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            long id = reader.GetInt64(0);
            if (id != customer)
            {
                builder.EndCustomer();
                customer = id;
            }

            long start = reader.GetInt64(1);
            long end = reader.GetInt64(2);
            long facts = reader.GetInt32(3);
            string? campaign = reader.IsDBNull(4) ? null : campaigns.Read(Bytes(reader, 4, ref campaignBytes));
            IReadOnlyList<SurveyScore>? surveys = StepFacts.HasSurveys(facts) ? SurveyScores.Read(Bytes(reader, 5, ref scoreBytes), scores) : null;
            builder.Add(StepFacts.Read(facts, start, end, campaign, surveys));
        }
    }

    /// <summary>A bytea column's bytes, read into <paramref name="buffer"/> (grown when the value is longer).</summary>
    private static ReadOnlySpan<byte> Bytes(NpgsqlDataReader reader, int column, ref byte[] buffer)
    {
        int length = 0;
        while (true)
        {
            length += (int)reader.GetBytes(column, length, buffer, length, buffer.Length - length);
            if (length < buffer.Length)
            {
                return buffer.AsSpan(0, length);
            }

            Array.Resize(ref buffer, buffer.Length * 2);
        }
    }

    /// <summary>The read, with the period, the filters and the access context (R15) as parameters.</summary>
    internal static NpgsqlCommand Command(NpgsqlConnection connection, StoreNames names, JourneyReportQuery query)
    {
        var command = new NpgsqlCommand { Connection = connection };
        string Parameter(object value)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
            return "$" + command.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var where = new List<string> { $"start_ticks >= {Parameter(query.Period.From.UtcTicks)}", $"start_ticks < {Parameter(query.ReadUntil.UtcTicks)}" };
        if (query.CampaignId is { } campaign)
        {
            where.Add($"campaign_id = {Parameter(campaign)}");
        }

        if (query.Channel is { } channel)
        {
            where.Add($"channel = {Parameter((short)channel)}");
        }

        AccessContext access = query.Access;
        if (!access.AllDivisions || !access.SeesUndivided)
        {
            // An interaction shows when any of its divisions is granted, or, with none, when undivided ones are shown (R15).
            string undivided = access.SeesUndivided ? "divisions IS NULL" : "false";
            string divided = access.AllDivisions
                ? "divisions IS NOT NULL"
                : access.Divisions.Count == 0 ? "false" : $"divisions ?| {Parameter(access.Divisions.ToArray())}";
            where.Add($"({undivided} OR {divided})");
        }

        command.CommandText = $"""
            SELECT customer_id, start_ticks, COALESCE(end_ticks, start_ticks), {StepFacts.Sql("agentless::int")}, convert_to(campaign_id, 'UTF8'), survey_scores
            FROM {names.Interactions}
            WHERE {string.Join(" AND ", where)}
            ORDER BY customer_id, start_ticks, source COLLATE "C", id COLLATE "C"
            """;
        return command;
    }
}
