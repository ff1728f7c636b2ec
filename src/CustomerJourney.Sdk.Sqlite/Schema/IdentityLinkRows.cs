using CustomerJourney.Identity;
using CustomerJourney.Model;
using Microsoft.Data.Sqlite;

namespace CustomerJourney.Sqlite.Schema;

/// <summary>The SQL of the identity_links table and the mapping of its rows.</summary>
internal static class IdentityLinkRows
{
    public const string SelectAll = """
        SELECT id, first_kind, first_value, second_kind, second_value, reason, joined_ticks, joined_offset_minutes
        FROM identity_links ORDER BY rowid
        """;

    public const string Insert = """
        INSERT OR IGNORE INTO identity_links (id, first_kind, first_value, second_kind, second_value, reason, joined_ticks, joined_offset_minutes)
        VALUES ($id, $first_kind, $first_value, $second_kind, $second_value, $reason, $joined_ticks, $joined_offset_minutes)
        """;

    public const string Delete = "DELETE FROM identity_links WHERE id = $id";

    public static void Bind(SqliteCommand command, IdentityLink link)
    {
        command.Parameters.AddWithValue("$id", link.Id.ToString("D"));
        command.Parameters.AddWithValue("$first_kind", (long)link.First.Kind);
        command.Parameters.AddWithValue("$first_value", link.First.Value);
        command.Parameters.AddWithValue("$second_kind", (long)link.Second.Kind);
        command.Parameters.AddWithValue("$second_value", link.Second.Value);
        command.Parameters.AddWithValue("$reason", link.Reason);
        command.Parameters.AddWithValue("$joined_ticks", link.JoinedAt.UtcTicks);
        command.Parameters.AddWithValue("$joined_offset_minutes", (long)link.JoinedAt.Offset.TotalMinutes);
    }

    /// <summary>Reads a row of <see cref="SelectAll"/>; a row whose identifiers no longer parse is skipped (<see langword="null"/>).</summary>
    public static IdentityLink? Read(SqliteDataReader row)
    {
        if (!Guid.TryParse(row.GetString(0), out Guid id)
            || Key(row.GetInt64(1), row.GetString(2)) is not { } first
            || Key(row.GetInt64(3), row.GetString(4)) is not { } second)
        {
            return null;
        }

        var offset = TimeSpan.FromMinutes(row.GetInt64(7));
        return new IdentityLink(id, first, second, row.GetString(5), new DateTimeOffset(row.GetInt64(6) + offset.Ticks, offset));
    }

    // Values were stored normalised; parsing them again gives the same key.
    private static LookupKey? Key(long kind, string value)
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
