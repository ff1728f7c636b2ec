using CustomerJourney.Identity;
using CustomerJourney.Model;
using Npgsql;

namespace CustomerJourney.PostgreSql.Schema;

/// <summary>The SQL of the identity_links table and the mapping of its rows.</summary>
internal static class IdentityLinkRows
{
    public static string SelectAll(StoreNames names) => $"""
        SELECT id, first_kind, first_value, second_kind, second_value, reason, joined_ticks, joined_offset_minutes
        FROM {names.IdentityLinks} ORDER BY sequence
        """;

    /// <summary>Stores a join (once: replaying it does nothing) and tells the other nodes its id.</summary>
    public static string Insert(StoreNames names) => $"""
        WITH saved AS (
            INSERT INTO {names.IdentityLinks} (id, first_kind, first_value, second_kind, second_value, reason, joined_ticks, joined_offset_minutes)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            ON CONFLICT (id) DO NOTHING
            RETURNING id)
        SELECT pg_notify('{names.IdentityLinksChannel}', id::text) FROM saved
        """;

    public static string Delete(StoreNames names) => $"""
        WITH gone AS (DELETE FROM {names.IdentityLinks} WHERE id = $1 RETURNING id)
        SELECT pg_notify('{names.IdentityLinksChannel}', id::text) FROM gone
        """;

    public static void Bind(NpgsqlCommand command, IdentityLink link)
    {
        command.Parameters.AddWithValue(link.Id);
        command.Parameters.AddWithValue((short)link.First.Kind);
        command.Parameters.AddWithValue(link.First.Value);
        command.Parameters.AddWithValue((short)link.Second.Kind);
        command.Parameters.AddWithValue(link.Second.Value);
        command.Parameters.AddWithValue(link.Reason);
        command.Parameters.AddWithValue(link.JoinedAt.UtcTicks);
        command.Parameters.AddWithValue((short)link.JoinedAt.Offset.TotalMinutes);
    }

    /// <summary>Reads a row of <see cref="SelectAll"/>; a row whose identifiers no longer parse is skipped (<see langword="null"/>).</summary>
    public static IdentityLink? Read(NpgsqlDataReader row)
    {
        if (Key(row.GetInt16(1), row.GetString(2)) is not { } first || Key(row.GetInt16(3), row.GetString(4)) is not { } second)
        {
            return null;
        }

        var offset = TimeSpan.FromMinutes(row.GetInt16(7));
        return new IdentityLink(row.GetGuid(0), first, second, row.GetString(5), new DateTimeOffset(row.GetInt64(6) + offset.Ticks, offset));
    }

    // Values were stored normalised; parsing them again gives the same key.
    private static LookupKey? Key(short kind, string value)
    {
        try
        {
            return (LookupKeyKind)kind switch
            {
                LookupKeyKind.Phone => LookupKey.ForPhone(value, "US"),
                LookupKeyKind.Email => LookupKey.ForEmail(value),
                LookupKeyKind.WebId => LookupKey.ForWebId(value),
                _ => null,
            };
        }
        catch (InvalidLookupKeyException)
        {
            return null;
        }
    }
}
