using CustomerJourney.Analytics;
using CustomerJourney.Model;
using CustomerJourney.Sqlite.Fixtures;
using CustomerJourney.Stores.Conformance.Analytics;
using Microsoft.Data.Sqlite;

namespace CustomerJourney.Sqlite;

/// <summary>What only the SQLite store's analytics promise: one scan of its index, and files of schema 3 brought forward.</summary>
public class SqliteJourneyStoreAnalyticsTests
{
    [Fact]
    public async Task QueryPlan_OfAReport_IsOneScanOfTheAnalyticsIndex_WithoutASort_WhateverTheAccess()
    {
        using var file = new TemporaryStore();
        SqliteJourneyStore store = await file.OpenAsync();

        string unrestricted = await store.ExplainReportQueryAsync(HandMadeReports.Query() with { CampaignId = "CMP-1", Channel = Channel.Voice }, CancellationToken.None);
        string billing = await store.ExplainReportQueryAsync(HandMadeReports.Query(HandMadeReports.Billing), CancellationToken.None);
        // The half read from the other end, on a second core.
        string downwards = await store.ExplainReportQueryAsync(HandMadeReports.Query(), CancellationToken.None, downwards: true);

        Assert.Equal("SCAN interactions USING COVERING INDEX ix_interactions_journey", unrestricted);
        Assert.Equal("SCAN interactions USING COVERING INDEX ix_interactions_journey", downwards);
        Assert.StartsWith("SCAN interactions USING COVERING INDEX ix_interactions_journey", billing, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", billing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_OfThousandsOfCustomers_ReadFromBothEndsAtOnce_EqualsTheNaiveReport()
    {
        // Enough customers that the two halves of the scan meet somewhere in the middle, at a moment neither controls.
        (LookupKey Customer, IReadOnlyList<Interaction> Journey)[] data = RandomJourneys.Many(customers: 3000, seed: 7);
        using var file = new TemporaryStore();
        SqliteJourneyStore store = await file.OpenAsync();
        await store.UpsertBatchAsync(data.SelectMany(c => c.Journey.Select(i => new Stores.CustomerInteraction(c.Customer, i))));

        foreach (JourneyReportQuery query in new[] { new JourneyReportQuery(RandomJourneys.Period) { Access = Access.AccessContext.Unrestricted }, new JourneyReportQuery(RandomJourneys.Period) { Access = HandMadeReports.Billing } })
        {
            for (int run = 0; run < 5; run++)
            {
                ReportAssert.Same(NaiveJourneyReport.Compute(query, data), await store.GetReportAsync(query));
            }
        }
    }

    [Fact]
    public void Scan_CallsSqlitesColumnFunctionsDirectly_WithTheDefaultProvider() =>
        // The fallback through SQLitePCL's raw API gives the same rows (the conformance suite runs on whichever is used), a third slower.
        Assert.True(Analytics.StatementColumns.IsDirect);

    [Fact]
    public async Task SchemaThreeFile_IsMigrated_ItsDivisionsReadFromTheDetails_AndReportsFilterByThem()
    {
        using var file = new TemporaryStore();
        await using (var connection = new SqliteConnection($"Data Source={file.Path};Pooling=False"))
        {
            await connection.OpenAsync();
            using SqliteCommand create = connection.CreateCommand();
            long start = HandMadeJourneys.At("2026-03-10T10:00:00Z").UtcTicks;
            create.CommandText = $"""
                PRAGMA application_id = 1128944433;
                PRAGMA journal_mode = WAL;
                CREATE TABLE interactions (
                    customer TEXT NOT NULL, source TEXT NOT NULL, id TEXT NOT NULL,
                    start_ticks INTEGER NOT NULL, start_offset_minutes INTEGER NOT NULL, end_ticks INTEGER, end_offset_minutes INTEGER,
                    channel INTEGER NOT NULL, mode INTEGER NOT NULL, direction INTEGER NOT NULL,
                    campaign_id TEXT, campaign_name TEXT, outcome_code TEXT, outcome_name TEXT, outcome_kind INTEGER,
                    phone_number TEXT, previous_score INTEGER, current_score INTEGER, agent_name TEXT, agent_comments TEXT,
                    agentless INTEGER NOT NULL DEFAULT 0, last_activity_ticks INTEGER, last_activity_offset_minutes INTEGER,
                    wrap_up_code TEXT, notes TEXT, details TEXT,
                    PRIMARY KEY (customer, source, id)) WITHOUT ROWID;
                CREATE INDEX ix_interactions_customer_start ON interactions (customer, start_ticks);
                CREATE TABLE listings (customer TEXT NOT NULL, campaign_id TEXT NOT NULL, campaign_name TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (customer, campaign_id)) WITHOUT ROWID;
                CREATE TABLE identity_links (id TEXT NOT NULL UNIQUE, first_kind INTEGER NOT NULL, first_value TEXT NOT NULL, second_kind INTEGER NOT NULL,
                    second_value TEXT NOT NULL, reason TEXT NOT NULL, joined_ticks INTEGER NOT NULL, joined_offset_minutes INTEGER NOT NULL);
                INSERT INTO interactions (customer, source, id, start_ticks, start_offset_minutes, channel, mode, direction, outcome_name, outcome_kind, details)
                VALUES ('alex@example.com', 'Hand', 'retail', {start}, 0, 1, 0, 0, 'Sale', 1, '{"{"}"divisions":["Retail"]{"}"}'),
                       ('alex@example.com', 'Hand', 'open', {start + TimeSpan.TicksPerHour}, 0, 1, 0, 0, 'Sale', 1, NULL);
                PRAGMA user_version = 3;
                """;
            await create.ExecuteNonQueryAsync();
        }

        SqliteJourneyStore store = await file.OpenAsync(create: false);

        JourneyReport billing = await store.GetReportAsync(HandMadeReports.Query(HandMadeReports.Billing));
        JourneyReport retail = await store.GetReportAsync(HandMadeReports.Query(HandMadeReports.RetailOnly));
        Assert.Equal(1, billing.Contacts);
        Assert.Equal(1, retail.Contacts);
        Assert.Equal(2, (await store.GetReportAsync(HandMadeReports.Query())).Contacts);
        Interaction old = Assert.Single(await store.GetInteractionsAsync(new Sources.SourceQuery(HandMadeJourneys.Alex, HandMadeJourneys.March.From, HandMadeJourneys.March.To), CancellationToken.None), i => i.Id == "retail");
        Assert.Equal(["Retail"], old.Divisions);
        Assert.Null(old.Surveys);
    }
}
