using CsCheck;
using CustomerJourney.Model;
using CustomerJourney.Paths;
using CustomerJourney.Query;
using CustomerJourney.Stores.Conformance.Analytics;
using static CustomerJourney.Stores.Conformance.Analytics.HandMadeJourneys;

namespace CustomerJourney.Analytics;

/// <summary>
/// The report's definitions (docs/analytics.md) on the hand-made journeys, their edges one by one,
/// and the builder against the naive LINQ report on random data sets.
/// </summary>
public class JourneyReportBuilderTests
{
    [Fact]
    public void HandMadeMarch_EveryMeasureIsTheOneComputedByHand() => HandMadeReports.AssertMarch(Build(HandMadeReports.Query()));

    [Fact]
    public void HandMadeMarch_ForAnAgentOfBilling_LeavesOutEveryTraceOfRetail() => HandMadeReports.AssertMarchForBilling(Build(HandMadeReports.Query(HandMadeReports.Billing)));

    [Fact]
    public void HandMadeMarch_ForRetailOnlyWithoutSurveyPermission_HasNoSurveyFigures() => HandMadeReports.AssertMarchForRetailOnly(Build(HandMadeReports.Query(HandMadeReports.RetailOnly)));

    [Fact]
    public void HandMadeMarch_EpisodesByCustomer_JoinStepsOfDifferentCampaigns() => HandMadeReports.AssertMarchByCustomer(Build(HandMadeReports.ByCustomer()));

    [Fact]
    public void HandMadeMarch_CampaignFilter_ReadsThatCampaignOnly() => HandMadeReports.AssertMarchForCmp1(Build(HandMadeReports.Cmp1()));

    [Fact]
    public void HandMadeMarch_ChannelFilter_ReadsThatChannelOnly() => HandMadeReports.AssertMarchForChats(Build(HandMadeReports.Chats()));

    [Fact]
    public void Episode_AStepExactlyAWindowAfterThePrevious_JoinsIt_ASecondLater_OpensAnother()
    {
        Interaction[] calls =
        [
            Step("1", "2026-03-02T10:00:00Z", Channel.Voice, OutcomeKind.Failure),
            Step("2", "2026-03-09T10:00:00Z", Channel.Voice, OutcomeKind.Failure),
            Step("3", "2026-03-16T10:00:01Z", Channel.Voice, OutcomeKind.Success),
        ];

        JourneyReport report = Build(HandMadeReports.Query(), (Alex, calls));

        // 1 and 2 one episode (failed), 3 alone (resolved at first contact).
        Assert.Equal((2, 1, 1, 1), (report.Episodes, report.ResolvedEpisodes, report.FailedEpisodes, report.FirstContactResolutions));
        // 1→2 is exactly 7 days: a repeat within 7 and 30; 2→3 is 7 days and a second: within 30 only.
        Assert.Equal((1, 2), (report.RepeatContacts7d, report.RepeatContacts30d));
    }

    [Fact]
    public void Episode_OutcomeIsTheLastContactsWithOne_AVisitAfterItChangesNothing()
    {
        Interaction[] steps =
        [
            Step("1", "2026-03-02T10:00:00Z", Channel.Voice, OutcomeKind.Success, end: "2026-03-02T10:20:00Z"),
            Step("2", "2026-03-02T11:00:00Z", Channel.Chat),
            Step("3", "2026-03-02T12:00:00Z", Channel.WebVisit, OutcomeKind.Failure, agentless: true),
        ];

        JourneyReport report = Build(HandMadeReports.Query(), (Alex, steps));

        // The chat has no outcome and the visit is no contact: the call's success stands, but two contacts: not at first contact.
        Assert.Equal((1, 1, 0, 0), (report.Episodes, report.ResolvedEpisodes, report.FailedEpisodes, report.FirstContactResolutions));
        Assert.Equal(TimeSpan.FromMinutes(20), report.MedianTimeToResolution);
        Assert.Equal([Channel.Voice, Channel.Chat, Channel.WebVisit], Assert.Single(report.ChannelPaths).Channels);
    }

    [Fact]
    public void Episode_WithoutAnyContact_IsNotCounted_ButItsSelfServiceIs()
    {
        Interaction text = Step("1", "2026-03-02T10:00:00Z", Channel.Sms, agentless: true) with
        {
            SelfService = new SelfServiceSession(SelfServiceKind.Sms, "Delivery", null, SelfServiceResult.Abandoned),
        };
        Interaction unknown = Step("2", "2026-03-10T10:00:00Z", Channel.Voice) with
        {
            SelfService = new SelfServiceSession(SelfServiceKind.Unknown, "Menu", null, SelfServiceResult.Unknown),
        };

        JourneyReport report = Build(HandMadeReports.Query(), (Alex, [text, unknown]));

        Assert.Equal(1, report.Episodes);
        // An unknown ending counts as a session, not in containment's denominator.
        Assert.Equal(new SelfServiceStats(2, 0, 0, 1), report.SelfService);
        Assert.Equal(0.0, report.SelfService.ContainmentRate);
    }

    [Fact]
    public void Percentiles_AreNearestRank_InWholeMinutes()
    {
        // Ten resolved calls lasting 1 min 59 s, 2, …, 10 minutes: whole minutes 1, 2, …, 10.
        Interaction[] calls = [.. Enumerable.Range(1, 10).Select(m => Step($"{m}", $"2026-03-{m + 1:D2}T10:00:00Z", Channel.Voice, OutcomeKind.Success, campaign: $"C{m}") with
        {
            End = At($"2026-03-{m + 1:D2}T10:00:00Z").AddMinutes(m).AddSeconds(m == 1 ? 59 : 0),
        })];

        JourneyReport report = Build(HandMadeReports.Query(), (Alex, calls));

        // Median: the 5th of 10; 90th percentile: the 9th.
        Assert.Equal(TimeSpan.FromMinutes(5), report.MedianTimeToResolution);
        Assert.Equal(TimeSpan.FromMinutes(9), report.P90TimeToResolution);
    }

    [Fact]
    public void ChannelPaths_ConsecutiveRepeatsWrittenOnce_LongPathsTruncatedAtTwelveSteps_ListCutAtMaxPaths()
    {
        // One episode alternating voice and SMS 14 times (14 steps after collapsing), another of three calls.
        Interaction[] alternating = [.. Enumerable.Range(0, 14).Select(i => Step($"a{i}", "2026-03-02T10:00:00Z", i % 2 == 0 ? Channel.Voice : Channel.Sms) with { Start = At("2026-03-02T10:00:00Z").AddHours(i) })];
        Interaction[] calls = [.. Enumerable.Range(0, 3).Select(i => Step($"v{i}", "2026-03-20T10:00:00Z", Channel.Voice) with { Start = At("2026-03-20T10:00:00Z").AddHours(i) })];

        JourneyReport report = Build(HandMadeReports.Query() with { MaxPaths = 1 }, (Alex, alternating), (Blair, calls), (Casey, calls));

        ChannelPathStats top = Assert.Single(report.ChannelPaths);
        Assert.Equal([Channel.Voice], top.Channels);
        Assert.Equal(2, top.Count);
        JourneyReport all = Build(HandMadeReports.Query(), (Alex, alternating));
        ChannelPathStats longPath = Assert.Single(all.ChannelPaths);
        Assert.True(longPath.IsTruncated);
        Assert.Equal(ChannelPathStats.MaxSteps, longPath.Channels.Count);
    }

    [Fact]
    public void Add_AStepBeforeTheCustomersPrevious_IsRefused()
    {
        var builder = new JourneyReportBuilder(HandMadeReports.Query());
        builder.Add(JourneyStepFacts.Of(Step("2", "2026-03-05T10:00:00Z", Channel.Voice)));

        Assert.Throws<InvalidOperationException>(() => builder.Add(JourneyStepFacts.Of(Step("1", "2026-03-04T10:00:00Z", Channel.Voice))));
        builder.EndCustomer();
        builder.Add(JourneyStepFacts.Of(Step("1", "2026-03-04T10:00:00Z", Channel.Voice)));
        Assert.Equal(2, builder.Build().Contacts);
    }

    [Fact]
    public void Add_StepsOutsideTheReadingOrOnChannelsWithoutAJourney_ArePassedOver()
    {
        Interaction[] steps =
        [
            Step("before", "2026-02-28T23:59:59Z", Channel.Voice),
            Step("knowledge", "2026-03-03T10:00:00Z", Channel.KnowledgeCenter),
            Step("mail", "2026-03-04T10:00:00Z", Channel.Email, agentless: true),
            Step("in", "2026-03-05T10:00:00Z", Channel.Voice),
            Step("late", "2026-05-01T00:00:00Z", Channel.Voice),
        ];

        JourneyReport report = Build(HandMadeReports.Query(), (Alex, steps));

        Assert.Equal(1, report.Contacts);
        Assert.Equal((0, 0), (report.RepeatContacts7d, report.RepeatContacts30d));
    }

    [Fact]
    public void Query_RefusesAnEmptyPeriod_AWindowOutOfRange_AndTooManyPaths()
    {
        Assert.Throws<ArgumentException>(() => new JourneyReportQuery(new PeriodRange(March.To, March.To)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EpisodeRule { Window = TimeSpan.Zero });
        Assert.Throws<ArgumentOutOfRangeException>(() => new EpisodeRule { Window = TimeSpan.FromDays(366) });
        Assert.Throws<ArgumentOutOfRangeException>(() => HandMadeReports.Query() with { MaxPaths = 0 });
        Assert.Equal(TimeSpan.FromDays(40), (HandMadeReports.Query() with { Episodes = new EpisodeRule { Window = TimeSpan.FromDays(40) } }).FollowUp);
    }

    [Fact]
    public void Builder_EqualsTheNaiveReport_OnRandomDataSets()
    {
        Gen.Select(RandomJourneys.DataSets, RandomJourneys.Queries).Sample(
            (data, query) => ReportAssert.Same(NaiveJourneyReport.Compute(query, data), BuildFrom(query, data)),
            iter: 400);
    }

    [Fact]
    public void Report_IsTheSameToTheLastBit_WhateverOrderAndSplitTheCustomersComeIn()
    {
        // A store reading from both ends merges two halves that meet wherever its threads meet: the
        // report must not depend on where, nor on the order customers came in (averages included).
        (LookupKey Customer, IReadOnlyList<Interaction> Journey)[] data = RandomJourneys.Many(customers: 400, seed: 11);
        var query = new JourneyReportQuery(RandomJourneys.Period) { Access = Access.AccessContext.Unrestricted };
        JourneyReportBuilder Fold(IEnumerable<(LookupKey Customer, IReadOnlyList<Interaction> Journey)> customers)
        {
            var builder = new JourneyReportBuilder(query);
            foreach ((LookupKey _, IReadOnlyList<Interaction> journey) in customers)
            {
                foreach (Interaction step in journey.Order(StepOrder.Instance))
                {
                    builder.Add(JourneyStepFacts.Of(step));
                }

                builder.EndCustomer();
            }

            return builder;
        }

        string inOrder = Json.JourneyReportJson.Serialize(Fold(data).Build());
        Assert.Contains("\"averageScore\": ", inOrder);

        Assert.Equal(inOrder, Json.JourneyReportJson.Serialize(Fold(data.Reverse()).Build()));
        foreach (int split in new[] { 1, 137, 200, 399 })
        {
            JourneyReportBuilder upwards = Fold(data[..split]);
            upwards.Merge(Fold(data[split..].Reverse()));
            Assert.Equal(inOrder, Json.JourneyReportJson.Serialize(upwards.Build()));
        }
    }

    /// <summary>What a store does: each customer's visible steps, in step order, then the next customer.</summary>
    internal static JourneyReport BuildFrom(JourneyReportQuery query, IEnumerable<(LookupKey Customer, IReadOnlyList<Interaction> Journey)> data)
    {
        var builder = new JourneyReportBuilder(query);
        foreach ((LookupKey _, IReadOnlyList<Interaction> journey) in data)
        {
            foreach (Interaction step in journey.Where(i => query.Access.CanSee(i.Divisions)).Order(StepOrder.Instance))
            {
                builder.Add(JourneyStepFacts.Of(step));
            }

            builder.EndCustomer();
        }

        return builder.Build();
    }

    private static JourneyReport Build(JourneyReportQuery query) => Build(query, [.. All]);

    private static JourneyReport Build(JourneyReportQuery query, params (LookupKey Customer, Interaction[] Journey)[] data) =>
        BuildFrom(query, data.Select(d => (d.Customer, (IReadOnlyList<Interaction>)d.Journey)));
}
