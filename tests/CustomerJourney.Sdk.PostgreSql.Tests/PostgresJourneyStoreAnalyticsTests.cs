using CustomerJourney.Analytics;
using CustomerJourney.Model;
using CustomerJourney.PostgreSql.Fixtures;
using CustomerJourney.Stores.Conformance.Analytics;

namespace CustomerJourney.PostgreSql;

/// <summary>What only the PostgreSQL store's analytics promise: the period's partitions alone, and stores of schema 1 brought forward.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync.")]
public sealed class PostgresJourneyStoreAnalyticsTests : IAsyncLifetime
{
    private readonly TemporarySchema _schema = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _schema.DisposeAsync().AsTask();

    [Fact]
    public async Task QueryPlan_OfAReport_ReadsOnlyThePartitionsOfThePeriodAndItsFollowUp()
    {
        PostgresJourneyStore store = await _schema.OpenAsync();
        // Partitions from January to June: March's report reads March, April and the first days of May (its 30-day follow-up).
        await store.UpsertAsync(HandMadeJourneys.Alex, [.. Enumerable.Range(1, 6).Select(m => HandMadeJourneys.Step($"m{m}", $"2026-{m:D2}-10T10:00:00Z", Channel.Voice))]);

        string plan = await store.ExplainReportQueryAsync(HandMadeReports.Query(), CancellationToken.None);

        Assert.Contains("interactions_p202603", plan, StringComparison.Ordinal);
        Assert.Contains("interactions_p202604", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("interactions_p202602", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("interactions_p202606", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SchemaOneStore_IsMigrated_ItsDivisionsReadFromTheDetails_AndReportsFilterByThem()
    {
        PostgresJourneyStore first = await _schema.OpenAsync();
        await first.UpsertAsync(HandMadeJourneys.Alex,
        [
            HandMadeJourneys.Step("retail", "2026-03-10T10:00:00Z", Channel.Voice) with { Divisions = ["Retail"] },
            HandMadeJourneys.Step("open", "2026-03-10T11:00:00Z", Channel.Voice),
        ]);
        // Back to what schema 1 had: no columns for the analytics, version 1.
        await TestDatabase.ScalarAsync($"""
            ALTER TABLE "{_schema.Name}".interactions DROP COLUMN self_service_result, DROP COLUMN divisions, DROP COLUMN survey_scores;
            UPDATE "{_schema.Name}".schema_version SET version = 1;
            """);
        await first.DisposeAsync();
        Npgsql.NpgsqlConnection.ClearAllPools();

        PostgresJourneyStore store = await _schema.OpenAsync();

        Assert.Equal(2, await TestDatabase.ScalarAsync($"SELECT version FROM \"{_schema.Name}\".schema_version"));
        JourneyReport billing = await store.GetReportAsync(HandMadeReports.Query(HandMadeReports.Billing));
        JourneyReport retail = await store.GetReportAsync(HandMadeReports.Query(HandMadeReports.RetailOnly));
        Assert.Equal((1, 1), (billing.Contacts, retail.Contacts));
        Assert.Equal(2, (await store.GetReportAsync(HandMadeReports.Query())).Contacts);
    }
}
