using CustomerJourney.Model;
using CustomerJourney.Query;
using Microsoft.Data.Sqlite;

namespace CustomerJourney.Benchmarks;

/// <summary>What a user would pick instead: an in-memory SQLite table with an index on (campaign, channel, start).</summary>
internal static class SqliteBaseline
{
    public static (SqliteConnection Connection, SqliteCommand Query) Create(Interaction[] data)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (SqliteCommand create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE i (id TEXT, campaign TEXT, channel INTEGER, start INTEGER, failure INTEGER)";
            create.ExecuteNonQuery();
        }

        using (SqliteTransaction transaction = connection.BeginTransaction())
        using (SqliteCommand insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO i VALUES ($id, $campaign, $channel, $start, $failure)";
            SqliteParameter id = insert.Parameters.Add("$id", SqliteType.Text);
            SqliteParameter campaign = insert.Parameters.Add("$campaign", SqliteType.Text);
            SqliteParameter channel = insert.Parameters.Add("$channel", SqliteType.Integer);
            SqliteParameter start = insert.Parameters.Add("$start", SqliteType.Integer);
            SqliteParameter failure = insert.Parameters.Add("$failure", SqliteType.Integer);
            foreach (Interaction interaction in data)
            {
                id.Value = interaction.Id;
                campaign.Value = (object?)interaction.Campaign?.Id ?? DBNull.Value;
                channel.Value = (int)interaction.Channel;
                start.Value = interaction.Start.UtcTicks;
                failure.Value = interaction.IsFailure ? 1 : 0;
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        using (SqliteCommand index = connection.CreateCommand())
        {
            index.CommandText = "CREATE INDEX ix ON i (campaign, channel, start); ANALYZE;";
            index.ExecuteNonQuery();
        }

        SqliteCommand query = connection.CreateCommand();
        query.CommandText = "SELECT id, start, failure FROM i WHERE campaign = $campaign AND channel = $channel AND start >= $from AND start < $to ORDER BY start";
        query.Parameters.Add("$campaign", SqliteType.Text);
        query.Parameters.Add("$channel", SqliteType.Integer);
        query.Parameters.Add("$from", SqliteType.Integer);
        query.Parameters.Add("$to", SqliteType.Integer);
        query.Prepare();
        return (connection, query);
    }

    /// <summary>Runs the query and reads every row, as a caller would.</summary>
    public static int Count(SqliteCommand query, PeriodRange period, JourneyFilter filter)
    {
        query.Parameters[0].Value = filter.CampaignId;
        query.Parameters[1].Value = (int)filter.Channel!.Value;
        query.Parameters[2].Value = period.From.UtcTicks;
        query.Parameters[3].Value = period.To.UtcTicks;
        int rows = 0;
        using SqliteDataReader reader = query.ExecuteReader();
        while (reader.Read())
        {
            _ = reader.GetString(0);
            _ = reader.GetInt64(1);
            rows++;
        }

        return rows;
    }
}
