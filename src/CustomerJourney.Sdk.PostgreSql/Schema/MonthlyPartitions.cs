using System.Collections.Concurrent;
using Npgsql;

namespace CustomerJourney.PostgreSql.Schema;

/// <summary>
/// The interactions table is partitioned by the UTC month of each interaction's start, so a
/// customer's lookup over a period reads the period's months only. Partitions are created before a
/// write needs them (in their own short transaction, under the schema's advisory lock, so two
/// nodes never race), and this process remembers which months exist.
/// </summary>
internal sealed class MonthlyPartitions(StoreNames names)
{
    private const int LockClass = 0x434A5332;
    private readonly ConcurrentDictionary<DateTime, bool> _known = new();

    /// <summary>The first instant (UTC) of the month holding <paramref name="utcTicks"/>.</summary>
    public static DateTime MonthOf(long utcTicks)
    {
        var instant = new DateTime(utcTicks, DateTimeKind.Utc);
        return new DateTime(instant.Year, instant.Month, 1, 0, 0, 0, DateTimeKind.Utc);
    }

    /// <summary>Reads which months exist (on open).</summary>
    public async Task LoadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        using NpgsqlCommand command = new("""
            SELECT c.relname FROM pg_catalog.pg_inherits i
            JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = to_regclass($1)
            """, connection);
        command.Parameters.AddWithValue(names.Interactions);
        using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            string name = reader.GetString(0);
            if (name.Length == "interactions_p".Length + 6
                && DateTime.TryParseExact(name[^6..], "yyyyMM", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out DateTime month))
            {
                _known[DateTime.SpecifyKind(month, DateTimeKind.Utc)] = true;
            }
        }
    }

    /// <summary>The months among <paramref name="months"/> this process has not seen created.</summary>
    public DateTime[] Missing(IEnumerable<DateTime> months) => [.. months.Distinct().Where(m => !_known.ContainsKey(m)).Order()];

    /// <summary>Creates the partitions of <paramref name="months"/> that do not exist yet.</summary>
    public async Task EnsureAsync(NpgsqlConnection connection, IReadOnlyCollection<DateTime> months, CancellationToken cancellationToken)
    {
        if (months.Count == 0)
        {
            return;
        }

        NpgsqlTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var sql = new System.Text.StringBuilder();
            sql.Append(System.Globalization.CultureInfo.InvariantCulture, $"SELECT pg_advisory_xact_lock({LockClass}, hashtext('{names.Schema}'));\n");
            foreach (DateTime month in months)
            {
                sql.Append(System.Globalization.CultureInfo.InvariantCulture, $"CREATE TABLE IF NOT EXISTS {names.Partition(month)} PARTITION OF {names.Interactions} FOR VALUES FROM ({month.Ticks}) TO ({UpperBound(month)});\n");
            }

            using NpgsqlCommand command = new(sql.ToString(), connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (DateTime month in months)
        {
            _known[month] = true;
        }
    }

    // December 9999 has no next month: its partition runs to the end of the range.
    private static string UpperBound(DateTime month) =>
        month.Year == 9999 && month.Month == 12 ? "MAXVALUE" : month.AddMonths(1).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The current month and <paramref name="ahead"/> after it.</summary>
    public static IReadOnlyCollection<DateTime> Upcoming(DateTimeOffset now, int ahead)
    {
        DateTime first = MonthOf(now.UtcTicks);
        return [.. Enumerable.Range(0, ahead + 1).Select(first.AddMonths)];
    }
}
