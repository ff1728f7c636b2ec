using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CustomerJourney.PostgreSql.Fixtures;

/// <summary>
/// The PostgreSQL server the tests run against: the one CUSTOMERJOURNEY_TEST_POSTGRES names
/// (eng/test.sh starts a throwaway one and sets it). Without it every test here fails and says how
/// to run them: they are never skipped silently.
/// </summary>
internal static class TestDatabase
{
    public const string Variable = "CUSTOMERJOURNEY_TEST_POSTGRES";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"The PostgreSQL tests need a server: run them with `bash eng/test.sh` (it installs and starts a throwaway PostgreSQL), "
                + $"or set {Variable} to an Npgsql connection string of a database the tests may create schemas in.");

    /// <summary>The connection string with some settings changed (an application name to find a test's connections by, a wrong password).</summary>
    public static string With(Action<NpgsqlConnectionStringBuilder> change)
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        change(builder);
        return builder.ConnectionString;
    }

    /// <summary>A loopback port nothing listens on: a server that is down.</summary>
    public static int ClosedPort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    /// <summary>Runs SQL as the test user, outside any store.</summary>
    public static async Task<object?> ScalarAsync(string sql, params object[] values)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (object value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return await command.ExecuteScalarAsync();
    }
}
