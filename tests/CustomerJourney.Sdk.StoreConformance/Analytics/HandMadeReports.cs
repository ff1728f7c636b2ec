using CustomerJourney.Access;
using CustomerJourney.Analytics;
using CustomerJourney.Model;
using CustomerJourney.Paths;

namespace CustomerJourney.Stores.Conformance.Analytics;

/// <summary>
/// The reports of <see cref="HandMadeJourneys"/>, worked out by hand (docs/analytics.md, "A worked
/// example"): what every implementation (the builder, each store) must answer, to the unit.
/// </summary>
public static class HandMadeReports
{
    public static JourneyReportQuery Query(AccessContext? access = null) => new(HandMadeJourneys.March) { Access = access ?? AccessContext.Unrestricted };

    /// <summary>Every customer, every division, the default rule (same campaign, 7 days).</summary>
    public static void AssertMarch(JourneyReport report)
    {
        // Contacts: A2 A3 A5 A6, B1 B2, C1 (A1 is a visit, A4 agentless, A7 and B3 after March, C0 before).
        Assert.Equal(7, report.Contacts);
        Assert.Equal([new ChannelCount(Channel.Voice, 4), new ChannelCount(Channel.Chat, 2), new ChannelCount(Channel.WhatsApp, 1)], report.ContactsByChannel);

        // Repeats within 7 days: A2→A3 (2 d), A5→A6 (2 d), B2→B3 (1 d 11 h); within 30: those, A3→A5 (16 d), A6→A7 (10 d), B1→B2 (21 d).
        Assert.Equal((3, 6), (report.RepeatContacts7d, report.RepeatContacts30d));
        Assert.Equal(3 / 7.0, report.RepeatContactRate7d!.Value, 12);
        Assert.Equal(6 / 7.0, report.RepeatContactRate30d!.Value, 12);

        // Episodes: Alex's visit-chat-call (resolved by A3), Alex's CMP-1 calls (resolved by A6), Blair's
        // call (resolved at first contact), Blair's chats (resolved by B3 in April), Casey's refusal (failed).
        Assert.Equal((5, 4, 1, 1), (report.Episodes, report.ResolvedEpisodes, report.FailedEpisodes, report.FirstContactResolutions));
        Assert.Equal(0.2, report.FirstContactResolutionRate!.Value, 12);

        // Times to resolution: 5 min, 2,100 min (B2 23:00 → B3 10:00 two days on), 2,890 min (A5 → A6's end), 4,410 min (A1 → A3's end).
        Assert.Equal(TimeSpan.FromMinutes(2100), report.MedianTimeToResolution);
        Assert.Equal(TimeSpan.FromMinutes(4410), report.P90TimeToResolution);

        Assert.Collection(
            report.ChannelPaths,
            p => AssertPath(p, [Channel.Voice], 2, 2, 0, responses: 2, average: 62.5, nps: -100, satisfied: 1.0),
            p => AssertPath(p, [Channel.Chat], 1, 1, 0, responses: 0, average: null, nps: null, satisfied: null),
            p => AssertPath(p, [Channel.WhatsApp], 1, 0, 1, responses: 1, average: 25, nps: null, satisfied: 0.0),
            p => AssertPath(p, [Channel.WebVisit, Channel.Chat, Channel.Voice], 1, 1, 0, responses: 1, average: 90, nps: 100, satisfied: null));

        // Self-service in March: A3 handed to an agent, A4 and B1 contained.
        Assert.Equal(new SelfServiceStats(3, 2, 1, 0), report.SelfService);
        Assert.Equal(2 / 3.0, report.SelfService.ContainmentRate!.Value, 12);

        // Surveys in March: A3 NPS 9/10 (90, promoter), B1 CSAT 4/5 (75, satisfied) and NPS 5/10 (50, detractor), C1 CSAT 2/5 (25).
        SurveyStats surveys = report.Surveys!;
        AssertScores(surveys.Overall, responses: 4, average: 60, npsResponses: 2, nps: 0, csatResponses: 2, satisfied: 0.5);
        Assert.Equal([Channel.Voice, Channel.WhatsApp], surveys.ByChannel.Select(c => c.Channel));
        AssertScores(surveys.ByChannel[0].Scores, responses: 3, average: 215 / 3.0, npsResponses: 2, nps: 0, csatResponses: 1, satisfied: 1.0);
        AssertScores(surveys.ByChannel[1].Scores, responses: 1, average: 25, npsResponses: 0, nps: null, csatResponses: 1, satisfied: 0.0);
    }

    /// <summary>An agent of Billing who sees undivided interactions: Casey (Retail) is not read at all.</summary>
    public static readonly AccessContext Billing = new() { Divisions = new HashSet<string>(["Billing"]), SeesUndivided = true, Permissions = JourneyPermissions.All };

    public static void AssertMarchForBilling(JourneyReport report)
    {
        Assert.Equal(6, report.Contacts);
        Assert.Equal([new ChannelCount(Channel.Voice, 4), new ChannelCount(Channel.Chat, 2)], report.ContactsByChannel);
        Assert.Equal((3, 6), (report.RepeatContacts7d, report.RepeatContacts30d));
        Assert.Equal((4, 4, 0, 1), (report.Episodes, report.ResolvedEpisodes, report.FailedEpisodes, report.FirstContactResolutions));
        Assert.Equal<Channel[]>([[Channel.Voice], [Channel.Chat], [Channel.WebVisit, Channel.Chat, Channel.Voice]], report.ChannelPaths.Select(p => p.Channels.ToArray()));
        AssertScores(report.Surveys!.Overall, responses: 3, average: 215 / 3.0, npsResponses: 2, nps: 0, csatResponses: 1, satisfied: 1.0);
        Assert.Equal([Channel.Voice], report.Surveys.ByChannel.Select(c => c.Channel));
    }

    /// <summary>An agent of Retail only, without undivided interactions: Casey's refusal and nothing else.</summary>
    public static readonly AccessContext RetailOnly = AccessContext.ForDivisions(JourneyPermissions.None, "Retail");

    public static void AssertMarchForRetailOnly(JourneyReport report)
    {
        Assert.Equal(1, report.Contacts);
        Assert.Equal([new ChannelCount(Channel.WhatsApp, 1)], report.ContactsByChannel);
        Assert.Equal((0, 0), (report.RepeatContacts7d, report.RepeatContacts30d));
        Assert.Equal((1, 0, 1, 0), (report.Episodes, report.ResolvedEpisodes, report.FailedEpisodes, report.FirstContactResolutions));
        Assert.Equal(0.0, report.FirstContactResolutionRate);
        Assert.Null(report.MedianTimeToResolution);
        Assert.Equal(new SelfServiceStats(0, 0, 0, 0), report.SelfService);
        Assert.Null(report.SelfService.ContainmentRate);
        // No survey permission: no survey figures at all, by path either.
        Assert.Null(report.Surveys);
        Assert.Null(Assert.Single(report.ChannelPaths).Surveys);
    }

    /// <summary>Episodes of the customer, whatever their campaign: Alex's delivery text and campaign calls become one episode.</summary>
    public static JourneyReportQuery ByCustomer() => Query() with { Episodes = new EpisodeRule { Grouping = EpisodeGrouping.Customer } };

    public static void AssertMarchByCustomer(JourneyReport report)
    {
        Assert.Equal((5, 4, 1, 1), (report.Episodes, report.ResolvedEpisodes, report.FailedEpisodes, report.FirstContactResolutions));
        // A4 (08:00 on the 20th) → A6's end (12:10 on the 23rd): 4,570 min.
        Assert.Equal(TimeSpan.FromMinutes(2100), report.MedianTimeToResolution);
        Assert.Equal(TimeSpan.FromMinutes(4570), report.P90TimeToResolution);
        Assert.Equal<Channel[]>(
            [[Channel.Voice], [Channel.Sms, Channel.Voice], [Channel.Chat], [Channel.WhatsApp], [Channel.WebVisit, Channel.Chat, Channel.Voice]],
            report.ChannelPaths.Select(p => p.Channels.ToArray()));
        Assert.All(report.ChannelPaths, p => Assert.Equal(1, p.Count));
    }

    /// <summary>Campaign CMP-1 alone: Alex's two calls.</summary>
    public static JourneyReportQuery Cmp1() => Query() with { CampaignId = "CMP-1" };

    public static void AssertMarchForCmp1(JourneyReport report)
    {
        Assert.Equal(2, report.Contacts);
        Assert.Equal((1, 1), (report.RepeatContacts7d, report.RepeatContacts30d));
        Assert.Equal((1, 1, 0, 0), (report.Episodes, report.ResolvedEpisodes, report.FailedEpisodes, report.FirstContactResolutions));
        Assert.Equal(TimeSpan.FromMinutes(2890), report.MedianTimeToResolution);
        Assert.Equal(new SelfServiceStats(0, 0, 0, 0), report.SelfService);
        Assert.Equal(0, report.Surveys!.Overall.Responses);
        Assert.Null(report.Surveys.Overall.AverageScore);
    }

    /// <summary>Chats alone: A2 (neutral, alone) and Blair's two.</summary>
    public static JourneyReportQuery Chats() => Query() with { Channel = Channel.Chat };

    public static void AssertMarchForChats(JourneyReport report)
    {
        Assert.Equal(2, report.Contacts);
        Assert.Equal((1, 1), (report.RepeatContacts7d, report.RepeatContacts30d));
        Assert.Equal((2, 1, 0, 0), (report.Episodes, report.ResolvedEpisodes, report.FailedEpisodes, report.FirstContactResolutions));
        Assert.Equal(TimeSpan.FromMinutes(2100), report.P90TimeToResolution);
        ChannelPathStats chat = Assert.Single(report.ChannelPaths);
        Assert.Equal([Channel.Chat], chat.Channels);
        Assert.Equal((2, 1, 0), (chat.Count, chat.Resolved, chat.Failed));
    }

    private static void AssertPath(ChannelPathStats path, Channel[] channels, int count, int resolved, int failed, int responses, double? average, double? nps, double? satisfied)
    {
        Assert.Equal(channels, path.Channels);
        Assert.False(path.IsTruncated);
        Assert.Equal((count, resolved, failed), (path.Count, path.Resolved, path.Failed));
        Assert.NotNull(path.Surveys);
        Assert.Equal(responses, path.Surveys.Responses);
        AssertClose(average, path.Surveys.AverageScore);
        AssertClose(nps, path.Surveys.NetPromoterScore);
        AssertClose(satisfied, path.Surveys.SatisfiedShare);
    }

    private static void AssertScores(SurveyScoreStats scores, int responses, double? average, int npsResponses, double? nps, int csatResponses, double? satisfied)
    {
        Assert.Equal((responses, npsResponses, csatResponses), (scores.Responses, scores.NpsResponses, scores.CsatResponses));
        AssertClose(average, scores.AverageScore);
        AssertClose(nps, scores.NetPromoterScore);
        AssertClose(satisfied, scores.SatisfiedShare);
    }

    private static void AssertClose(double? expected, double? actual)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is { } value)
        {
            Assert.Equal(value, actual!.Value, 9);
        }
    }
}
