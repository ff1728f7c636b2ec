using CustomerJourney.Stores;
using Npgsql;

namespace CustomerJourney.PostgreSql.Errors;

/// <summary>
/// Turns Npgsql's and the server's errors into <see cref="JourneyStoreException"/>s whose messages
/// hold the SQLSTATE and what to do, never the server's message text (it can quote a customer's
/// key from a constraint) nor the connection string.
/// </summary>
internal static class StoreFailures
{
    /// <summary>Whether the whole call may be run again: the server aborted it (deadlock, serialization) or the connection broke. Writes are idempotent, so a repeat is safe.</summary>
    public static bool IsRetryable(Exception exception) => exception switch
    {
        PostgresException pg => pg.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure
            or PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown,
        NpgsqlException npgsql => npgsql.IsTransient,
        _ => false,
    };

    public static JourneyStoreException Translate(string sourceName, Exception exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } pg =>
            new(sourceName, JourneyStoreError.AccessDenied, $"{sourceName}: the PostgreSQL server refused the credentials (SQLSTATE {pg.SqlState}); check CustomerJourney:{sourceName}:ConnectionString.", exception),
        PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } pg =>
            new(sourceName, JourneyStoreError.AccessDenied, $"{sourceName}: the configured PostgreSQL user lacks a permission the store needs (SQLSTATE {pg.SqlState}): CREATE on the database for the first start, then SELECT, INSERT, UPDATE, DELETE on the schema's tables.", exception),
        PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } pg =>
            new(sourceName, JourneyStoreError.NotFound, $"{sourceName}: the database named in the connection string does not exist (SQLSTATE {pg.SqlState}).", exception),
        PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.LockNotAvailable } pg =>
            new(sourceName, JourneyStoreError.Locked, $"{sourceName}: the write kept meeting concurrent writers of the same interactions (SQLSTATE {pg.SqlState}); nothing was written.", exception),
        PostgresException { SqlState: PostgresErrorCodes.DataCorrupted or PostgresErrorCodes.IndexCorrupted } pg =>
            new(sourceName, JourneyStoreError.Corrupt, $"{sourceName}: the PostgreSQL server reports damaged data (SQLSTATE {pg.SqlState}).", exception),
        PostgresException { SqlState: var state } pg when state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal) || state == PostgresErrorCodes.TooManyConnections =>
            new(sourceName, JourneyStoreError.Unavailable, $"{sourceName}: the PostgreSQL server is shutting down, starting up or refusing connections (SQLSTATE {pg.SqlState}); nothing was lost.", exception),
        PostgresException pg =>
            new(sourceName, JourneyStoreError.CannotOpen, $"{sourceName}: the PostgreSQL server refused the statement (SQLSTATE {pg.SqlState}).", exception),
        // Every client-side failure (a refused or dropped socket, a timeout, no host that answers) is the server out of reach.
        NpgsqlException =>
            new(sourceName, JourneyStoreError.Unavailable, $"{sourceName}: the PostgreSQL server cannot be reached or dropped the connection; nothing was lost, and the next call tries again.", exception),
        _ => new(sourceName, JourneyStoreError.CannotOpen, $"{sourceName}: the PostgreSQL store failed ({exception.GetType().Name}).", exception),
    };
}
