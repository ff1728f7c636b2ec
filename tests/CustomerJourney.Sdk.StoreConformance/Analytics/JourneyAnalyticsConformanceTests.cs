using CsCheck;
using CustomerJourney.Analytics;
using CustomerJourney.Model;
using CustomerJourney.Sources;

namespace CustomerJourney.Stores.Conformance.Analytics;

/// <summary>
/// Journey analytics computed inside a store (docs/analytics.md): the hand-made journeys give the
/// answers worked out by hand, random data sets give the naive report's, access contexts leave no
/// trace of what they may not see. Each store's tests derive from this class and say how to open
/// an empty store and how to write parts of kinds this SDK does not know.
/// </summary>
public abstract class JourneyAnalyticsConformanceTests
{
    /// <summary>An empty store on storage of its own (a new file, a new schema).</summary>
    protected abstract Task<IJourneyStore> OpenEmptyAsync();

    /// <summary>Closes a store opened by <see cref="OpenEmptyAsync"/> and removes its storage.</summary>
    protected abstract Task ReleaseAsync(IJourneyStore store);

    /// <summary>Writes, behind the store's back, kinds this SDK does not know into the self-service and survey parts of the interaction <paramref name="id"/> (details document and analytics columns).</summary>
    protected abstract Task WriteUnknownPartKindsAsync(IJourneyStore store, string id);

    /// <summary>How many random data sets the property test writes and reports on.</summary>
    protected virtual int RandomDataSets => 25;

    [Fact]
    public Task HandMadeMarch_EveryMeasureIsTheOneComputedByHand() => HandMadeAsync(HandMadeReports.Query(), HandMadeReports.AssertMarch);

    [Fact]
    public Task HandMadeMarch_ForAnAgentOfBilling_TheStoreReadsNothingOfRetail() => HandMadeAsync(HandMadeReports.Query(HandMadeReports.Billing), HandMadeReports.AssertMarchForBilling);

    [Fact]
    public Task HandMadeMarch_ForRetailOnlyWithoutSurveyPermission_HasNoSurveyFigures() => HandMadeAsync(HandMadeReports.Query(HandMadeReports.RetailOnly), HandMadeReports.AssertMarchForRetailOnly);

    [Fact]
    public Task HandMadeMarch_EpisodesByCustomer_JoinStepsOfDifferentCampaigns() => HandMadeAsync(HandMadeReports.ByCustomer(), HandMadeReports.AssertMarchByCustomer);

    [Fact]
    public Task HandMadeMarch_CampaignFilter_ReadsThatCampaignOnly() => HandMadeAsync(HandMadeReports.Cmp1(), HandMadeReports.AssertMarchForCmp1);

    [Fact]
    public Task HandMadeMarch_ChannelFilter_ReadsThatChannelOnly() => HandMadeAsync(HandMadeReports.Chats(), HandMadeReports.AssertMarchForChats);

    [Fact]
    public async Task Report_EqualsTheNaiveReport_OnRandomDataSets()
    {
        await Gen.Select(RandomJourneys.DataSets, RandomJourneys.Queries).SampleAsync(
            async t =>
            {
                IJourneyStore store = await OpenEmptyAsync();
                try
                {
                    await store.UpsertBatchAsync(t.Item1.SelectMany(c => c.Journey.Select(i => new CustomerInteraction(c.Customer, i))));
                    ReportAssert.Same(NaiveJourneyReport.Compute(t.Item2, t.Item1), await ((IJourneyAnalytics)store).GetReportAsync(t.Item2));
                }
                finally
                {
                    await ReleaseAsync(store);
                }
            },
            iter: RandomDataSets);
    }

    [Fact]
    public async Task Report_OfAnEmptyStore_CountsNothing_AndHasNothingToDivide()
    {
        IJourneyStore store = await OpenEmptyAsync();
        try
        {
            JourneyReport report = await ((IJourneyAnalytics)store).GetReportAsync(HandMadeReports.Query());

            Assert.Equal((0, 0), (report.Contacts, report.Episodes));
            Assert.Null(report.FirstContactResolutionRate);
            Assert.Null(report.RepeatContactRate7d);
            Assert.Null(report.MedianTimeToResolution);
            Assert.Empty(report.ChannelPaths);
            Assert.Null(report.SelfService.ContainmentRate);
            Assert.Null(report.Surveys!.Overall.AverageScore);
        }
        finally
        {
            await ReleaseAsync(store);
        }
    }

    [Fact]
    public async Task Report_Cancelled_StopsWithACancellation_AndTheStoreServesTheNextOne()
    {
        IJourneyStore store = await WriteHandMadeAsync();
        try
        {
            using var cancelled = new CancellationTokenSource();
            await cancelled.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ((IJourneyAnalytics)store).GetReportAsync(HandMadeReports.Query(), cancelled.Token));
            HandMadeReports.AssertMarch(await ((IJourneyAnalytics)store).GetReportAsync(HandMadeReports.Query()));
        }
        finally
        {
            await ReleaseAsync(store);
        }
    }

    [Fact]
    public async Task PartsOfKindsThisSdkDoesNotKnow_ReadAsUnknown_InTheJourneyAndInTheReport()
    {
        IJourneyStore store = await WriteHandMadeAsync();
        try
        {
            await WriteUnknownPartKindsAsync(store, "B1");

            Interaction b1 = Assert.Single(await store.GetInteractionsAsync(new SourceQuery(HandMadeJourneys.Blair, HandMadeJourneys.March.From, HandMadeJourneys.March.To), CancellationToken.None), i => i.Id == "B1");
            Assert.Equal((SelfServiceKind.Unknown, SelfServiceResult.Unknown), (b1.SelfService!.Kind, b1.SelfService.Result));
            Assert.Equal([SurveyKind.Unknown, SurveyKind.Nps], b1.Surveys!.Select(s => s.Kind));

            JourneyReport report = await ((IJourneyAnalytics)store).GetReportAsync(HandMadeReports.Query());
            // B1's session still counts, no longer as contained; its first answer counts in averages only, no longer as CSAT.
            Assert.Equal(new SelfServiceStats(3, 1, 1, 0), report.SelfService);
            Assert.Equal((4, 1), (report.Surveys!.Overall.Responses, report.Surveys.Overall.CsatResponses));
        }
        finally
        {
            await ReleaseAsync(store);
        }
    }

    [Fact]
    public async Task Report_TellsLongCampaignIds_ApartByTheirLastCharacter()
    {
        // Longer than the stores' read buffers, not ASCII, and differing only at the end: read whole or not at all.
        string first = string.Concat(Enumerable.Repeat("Débito 😀 ", 120)) + "A";
        string second = first[..^1] + "B";
        IJourneyStore store = await OpenEmptyAsync();
        try
        {
            await store.UpsertAsync(HandMadeJourneys.Alex,
            [
                HandMadeJourneys.Step("L1", "2026-03-02T09:00:00Z", Channel.Voice, OutcomeKind.Failure, first),
                HandMadeJourneys.Step("L2", "2026-03-02T10:00:00Z", Channel.Voice, OutcomeKind.Success, second),
                HandMadeJourneys.Step("L3", "2026-03-02T11:00:00Z", Channel.Voice, OutcomeKind.Success, first),
            ]);
            var analytics = (IJourneyAnalytics)store;

            JourneyReport all = await analytics.GetReportAsync(HandMadeReports.Query());
            JourneyReport onlySecond = await analytics.GetReportAsync(HandMadeReports.Query() with { CampaignId = second });

            // Two episodes: the first campaign's (a failure, then resolved at its second contact) and the second's (resolved at once).
            Assert.Equal((3, 2, 1), (all.Contacts, all.Episodes, all.FirstContactResolutions));
            Assert.Equal((1, 1, 1), (onlySecond.Contacts, onlySecond.Episodes, onlySecond.FirstContactResolutions));
        }
        finally
        {
            await ReleaseAsync(store);
        }
    }

    private async Task HandMadeAsync(JourneyReportQuery query, Action<JourneyReport> assert)
    {
        IJourneyStore store = await WriteHandMadeAsync();
        try
        {
            assert(await ((IJourneyAnalytics)store).GetReportAsync(query));
        }
        finally
        {
            await ReleaseAsync(store);
        }
    }

    private async Task<IJourneyStore> WriteHandMadeAsync()
    {
        IJourneyStore store = await OpenEmptyAsync();
        // One customer a write, as a host feeding its events would, and one journey split over two writes.
        foreach ((LookupKey customer, Interaction[] journey) in HandMadeJourneys.All)
        {
            await store.UpsertAsync(customer, journey.Take(2));
            await store.UpsertAsync(customer, journey.Skip(2));
        }

        return store;
    }
}
