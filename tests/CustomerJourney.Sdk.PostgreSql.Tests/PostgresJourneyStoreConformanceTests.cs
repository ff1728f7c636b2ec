using CustomerJourney.Model;
using CustomerJourney.PostgreSql.Fixtures;
using CustomerJourney.Sources;
using CustomerJourney.Stores;
using CustomerJourney.Stores.Conformance;

namespace CustomerJourney.PostgreSql;

/// <summary>The store conformance suite on the test server, in a schema of its own per test.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync.")]
public sealed class PostgresJourneyStoreConformanceTests : JourneyStoreConformanceTests
{
    private readonly TemporarySchema _schema = new();

    protected override JourneyStoreError RefusedError => JourneyStoreError.AccessDenied;

    protected override JourneyStoreError UnreachableError => JourneyStoreError.Unavailable;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _schema.DisposeAsync();
    }

    protected override async Task<IJourneyStore> OpenOnThisStorageAsync() => await PostgresJourneyStore.OpenAsync(_schema.Options());

    protected override async Task OpenRefusedAsync(string secret) =>
        await PostgresJourneyStore.OpenAsync(_schema.Options(b => b.Password = secret));

    protected override Task<IJourneySource> UnreachableAsync() =>
        Task.FromResult<IJourneySource>(PostgresJourneyStore.Create(_schema.Options(b => (b.Port, b.Timeout) = (TestDatabase.ClosedPort(), 2)), null));

    protected override Task DropConnectionsAsync() => _schema.DropConnectionsAsync();

    protected override async Task WriteUnknownEnumValuesAsync(IJourneyStore store, string id, DateTimeOffset start)
    {
        await store.UpsertAsync(ConformanceRecords.Dana, [ConformanceRecords.Minimal(id, start) with { Outcome = new Outcome("X", "Future", OutcomeKind.Success) }]);
        object? updated = await TestDatabase.ScalarAsync(
            $"WITH u AS (UPDATE \"{_schema.Name}\".interactions SET channel = 99, mode = 99, direction = 99, outcome_kind = 99 WHERE id = $1 RETURNING 1) SELECT count(*) FROM u",
            id);
        Assert.Equal(1L, updated);
    }
}
