using CustomerJourney.Model;
using CustomerJourney.Query;
using Microsoft.Data.Sqlite;

namespace CustomerJourney.Benchmarks;

/// <summary>
/// What a competent engineer would write instead: the customer's interactions in an in-memory
/// SQLite table, with the New York date stored beside each start (the zone is configuration, so
/// it can be computed once, on insert), a covering index led by the query's equalities
/// (customer, campaign, channel), then the date and the start (the period is sought by date and
/// cut exactly by start, and the rows come out in date order, so the grouping needs no sort),
/// then the failure flag it reads; one prepared statement reused, and the grouping done in SQL:
/// the same days, counts and failure dots the SDK's result holds, and nothing more.
/// </summary>
internal static class SqliteBaseline
{
    public const string Customer = "+14155550100";

    public static (SqliteConnection Connection, SqliteCommand Query) Create(Interaction[] data, TimeZoneInfo zone)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (SqliteCommand create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE i (customer TEXT NOT NULL, id TEXT NOT NULL, campaign TEXT, channel INTEGER NOT NULL, start INTEGER NOT NULL, day INTEGER NOT NULL, failure INTEGER NOT NULL)";
            create.ExecuteNonQuery();
        }

        using (SqliteTransaction transaction = connection.BeginTransaction())
        using (SqliteCommand insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO i VALUES ($customer, $id, $campaign, $channel, $start, $day, $failure)";
            SqliteParameter customer = insert.Parameters.Add("$customer", SqliteType.Text);
            SqliteParameter id = insert.Parameters.Add("$id", SqliteType.Text);
            SqliteParameter campaign = insert.Parameters.Add("$campaign", SqliteType.Text);
            SqliteParameter channel = insert.Parameters.Add("$channel", SqliteType.Integer);
            SqliteParameter start = insert.Parameters.Add("$start", SqliteType.Integer);
            SqliteParameter day = insert.Parameters.Add("$day", SqliteType.Integer);
            SqliteParameter failure = insert.Parameters.Add("$failure", SqliteType.Integer);
            customer.Value = Customer;
            foreach (Interaction interaction in data)
            {
                id.Value = interaction.Id;
                campaign.Value = (object?)interaction.Campaign?.Id ?? DBNull.Value;
                channel.Value = (int)interaction.Channel;
                start.Value = interaction.Start.UtcTicks;
                day.Value = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(interaction.Start, zone).DateTime).DayNumber;
                failure.Value = interaction.IsFailure ? 1 : 0;
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        using (SqliteCommand index = connection.CreateCommand())
        {
            index.CommandText = "CREATE INDEX ix ON i (customer, campaign, channel, day, start, failure); ANALYZE;";
            index.ExecuteNonQuery();
        }

        SqliteCommand query = connection.CreateCommand();
        query.CommandText = """
            SELECT day, COUNT(*), MAX(failure) FROM i
            WHERE customer = $customer AND campaign = $campaign AND channel = $channel
              AND day BETWEEN $firstDay AND $lastDay AND start >= $from AND start < $to
            GROUP BY day ORDER BY day
            """;
        query.Parameters.Add("$customer", SqliteType.Text).Value = Customer;
        query.Parameters.Add("$campaign", SqliteType.Text);
        query.Parameters.Add("$channel", SqliteType.Integer);
        query.Parameters.Add("$firstDay", SqliteType.Integer);
        query.Parameters.Add("$lastDay", SqliteType.Integer);
        query.Parameters.Add("$from", SqliteType.Integer);
        query.Parameters.Add("$to", SqliteType.Integer);
        query.Prepare();
        return (connection, query);
    }

    /// <summary>The query's plan: the setup checks that it reads the covering index alone, already in date order.</summary>
    public static string Plan(SqliteConnection connection)
    {
        using SqliteCommand explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN SELECT day, COUNT(*), MAX(failure) FROM i WHERE customer = 'c' AND campaign = 'x' AND channel = 1 AND day BETWEEN 0 AND 1 AND start >= 0 AND start < 1 GROUP BY day ORDER BY day";
        using SqliteDataReader reader = explain.ExecuteReader();
        var plan = new List<string>();
        while (reader.Read())
        {
            plan.Add(reader.GetString(3));
        }

        return string.Join("; ", plan);
    }

    /// <summary>Runs the query and reads every day, as a caller would: the date, its count, its failure dot.</summary>
    public static List<(int DayNumber, int Count, bool HasFailure)> Days(SqliteCommand query, PeriodRange period, JourneyFilter filter)
    {
        query.Parameters[1].Value = filter.CampaignId;
        query.Parameters[2].Value = (int)filter.Channel!.Value;
        query.Parameters[3].Value = DateOnly.FromDateTime(period.From.DateTime).DayNumber;
        query.Parameters[4].Value = DateOnly.FromDateTime(period.To.DateTime).DayNumber;
        query.Parameters[5].Value = period.From.UtcTicks;
        query.Parameters[6].Value = period.To.UtcTicks;
        var days = new List<(int, int, bool)>();
        using SqliteDataReader reader = query.ExecuteReader();
        while (reader.Read())
        {
            days.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetInt64(2) != 0));
        }

        return days;
    }
}
