using System.Collections.Concurrent;
using CustomerJourney.PostgreSql.Fixtures;
using CustomerJourney.Stores;
using CustomerJourney.Stores.Conformance.Analytics;

namespace CustomerJourney.PostgreSql;

/// <summary>The analytics conformance suite on the test server, a schema of its own per store.</summary>
public sealed class PostgresJourneyAnalyticsConformanceTests : JourneyAnalyticsConformanceTests
{
    // Concurrent: CsCheck runs the random data sets on several threads at once.
    private readonly ConcurrentDictionary<IJourneyStore, TemporarySchema> _schemas = [];

    protected override int RandomDataSets => 20;

    protected override async Task<IJourneyStore> OpenEmptyAsync()
    {
        var schema = new TemporarySchema();
        PostgresJourneyStore store = await schema.OpenAsync();
        _schemas[store] = schema;
        return store;
    }

    protected override async Task ReleaseAsync(IJourneyStore store)
    {
        _schemas.TryRemove(store, out TemporarySchema? schema);
        await schema!.DisposeAsync();
    }

    protected override async Task WriteUnknownPartKindsAsync(IJourneyStore store, string id)
    {
        string table = $"\"{_schemas[store].Name}\".interactions";
        object? updated = await TestDatabase.ScalarAsync(
            $$"""
            WITH u AS (
                UPDATE {{table}} SET
                    details = jsonb_set(jsonb_set(jsonb_set(details::jsonb, '{selfService,kind}', '99'), '{selfService,result}', '99'), '{surveys,0,kind}', '99')::text,
                    self_service_result = 99,
                    survey_scores = set_byte(survey_scores, 0, 99)
                WHERE id = $1 RETURNING 1)
            SELECT count(*) FROM u
            """,
            id);
        Assert.Equal(1L, updated);
    }
}
