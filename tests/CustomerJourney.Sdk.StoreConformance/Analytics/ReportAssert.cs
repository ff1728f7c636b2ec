using CustomerJourney.Analytics;

namespace CustomerJourney.Stores.Conformance.Analytics;

/// <summary>Two reports the same, member by member: counts exactly, averages and rates to 1e-9 (sums may run in another order).</summary>
public static class ReportAssert
{
    public static void Same(JourneyReport expected, JourneyReport actual)
    {
        Assert.Equal(expected.Contacts, actual.Contacts);
        Assert.Equal(expected.ContactsByChannel, actual.ContactsByChannel);
        Assert.Equal((expected.RepeatContacts7d, expected.RepeatContacts30d), (actual.RepeatContacts7d, actual.RepeatContacts30d));
        Assert.Equal(
            (expected.Episodes, expected.ResolvedEpisodes, expected.FailedEpisodes, expected.FirstContactResolutions),
            (actual.Episodes, actual.ResolvedEpisodes, actual.FailedEpisodes, actual.FirstContactResolutions));
        Assert.Equal((expected.MedianTimeToResolution, expected.P90TimeToResolution), (actual.MedianTimeToResolution, actual.P90TimeToResolution));
        Assert.Equal(expected.SelfService, actual.SelfService);
        Assert.Equal(expected.ChannelPaths.Count, actual.ChannelPaths.Count);
        for (int i = 0; i < expected.ChannelPaths.Count; i++)
        {
            ChannelPathStats e = expected.ChannelPaths[i];
            ChannelPathStats a = actual.ChannelPaths[i];
            Assert.Equal(e.Channels, a.Channels);
            Assert.Equal((e.IsTruncated, e.Count, e.Resolved, e.Failed), (a.IsTruncated, a.Count, a.Resolved, a.Failed));
            Scores(e.Surveys, a.Surveys);
        }

        Assert.Equal(expected.Surveys is null, actual.Surveys is null);
        if (expected.Surveys is { } surveys)
        {
            Scores(surveys.Overall, actual.Surveys!.Overall);
            Assert.Equal(surveys.ByChannel.Select(c => c.Channel), actual.Surveys.ByChannel.Select(c => c.Channel));
            for (int i = 0; i < surveys.ByChannel.Count; i++)
            {
                Scores(surveys.ByChannel[i].Scores, actual.Surveys.ByChannel[i].Scores);
            }
        }
    }

    private static void Scores(SurveyScoreStats? expected, SurveyScoreStats? actual)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is null)
        {
            return;
        }

        Assert.Equal((expected.Responses, expected.NpsResponses, expected.CsatResponses), (actual!.Responses, actual.NpsResponses, actual.CsatResponses));
        Close(expected.AverageScore, actual.AverageScore);
        Close(expected.NetPromoterScore, actual.NetPromoterScore);
        Close(expected.SatisfiedShare, actual.SatisfiedShare);
    }

    private static void Close(double? expected, double? actual)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is { } value)
        {
            Assert.True(Math.Abs(value - actual!.Value) <= 1e-9 * Math.Max(1, Math.Abs(value)), $"expected {value}, got {actual}");
        }
    }
}
