namespace CustomerJourney.PostgreSql;

/// <summary>Which servers of a multi-host connection string serve lookups. Writes and live updates always go to the primary.</summary>
public enum PostgresReadTarget
{
    /// <summary>Lookups read from the primary, like writes: every lookup sees every committed write.</summary>
    Primary,

    /// <summary>
    /// Lookups read from a standby (read replica) when one is up, else from the primary (Npgsql's
    /// <c>Target Session Attributes=prefer-standby</c>). A standby may lag: a lookup right after a
    /// write on another node may not see it yet; live updates (<c>WatchAsync</c>) read the primary.
    /// </summary>
    PreferStandby,
}
