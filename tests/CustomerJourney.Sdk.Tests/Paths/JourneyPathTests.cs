using CustomerJourney.Access;
using CustomerJourney.Client;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Stores.Conformance.Analytics;

namespace CustomerJourney.Paths;

/// <summary>One customer's path (seed 004): steps across channels with the time between them, cut into episodes.</summary>
public class JourneyPathTests
{
    private static readonly DateTimeOffset s_asOf = HandMadeJourneys.At("2026-04-10T12:00:00Z");

    private static JourneyResult Alex(JourneyFilter? filter = null)
    {
        Interaction[] journey = [.. HandMadeJourneys.All[0].Journey];
        return JourneyModelFactory.JourneyResult(
            new JourneyQuery(HandMadeJourneys.Alex) { Access = AccessContext.Unrestricted, Filter = filter ?? JourneyFilter.None },
            journey,
            asOf: s_asOf,
            timeZone: TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
    }

    [Fact]
    public void Steps_AreInOrder_WithTheTimeSincePrevious_AndVisitsAndNotificationsAreNoContacts()
    {
        JourneyPath path = Alex().Path;

        Assert.Equal(["A1", "A2", "A3", "A4", "A5", "A6", "A7"], path.Steps.Select(s => s.Item.Interaction.Id));
        Assert.Null(path.Steps[0].SincePrevious);
        Assert.Equal(TimeSpan.FromMinutes(20), path.Steps[1].SincePrevious);
        Assert.Equal(new TimeSpan(3, 0, 40, 0), path.Steps[2].SincePrevious);
        Assert.Equal([false, true, true, false, true, true, true], path.Steps.Select(s => s.IsContact));
        // Local times, as the journey shows them.
        Assert.Equal(TimeSpan.FromHours(1), path.Steps[0].Item.LocalStart.Offset);
    }

    [Fact]
    public void Episodes_SameCampaignWithinSevenDays_EachWithOutcomeResolutionAndItsSurveys()
    {
        JourneyPath path = Alex().Path;

        Assert.Equal(EpisodeRule.Default, path.Rule);
        Assert.Equal([["A1", "A2", "A3"], ["A4"], ["A5", "A6"], ["A7"]], path.Episodes.Select(e => e.Steps.Select(s => s.Item.Interaction.Id).ToArray()));

        JourneyEpisode first = path.Episodes[0];
        Assert.Null(first.Campaign);
        Assert.Equal([Channel.WebVisit, Channel.Chat, Channel.Voice], first.Channels);
        Assert.Equal((2, true, false, false), (first.Contacts, first.IsResolved, first.IsFailed, first.IsResolvedAtFirstContact));
        Assert.Equal(new TimeSpan(3, 1, 30, 0), first.TimeToResolution);
        Assert.Equal(SurveyKind.Nps, Assert.Single(first.Surveys).Kind);

        // The delivery text alone: no contact, no outcome.
        Assert.Equal((0, null), (path.Episodes[1].Contacts, path.Episodes[1].Outcome));

        JourneyEpisode campaign = path.Episodes[2];
        Assert.Equal("CMP-1", campaign.Campaign!.Id);
        Assert.Equal((OutcomeKind.Success, 2, false), (campaign.Outcome!.Kind, campaign.Contacts, campaign.IsResolvedAtFirstContact));
        Assert.Equal(new TimeSpan(2, 0, 10, 0), campaign.TimeToResolution);

        // One e-mail, resolved: at first contact, in no time (it has no end).
        Assert.Equal((true, TimeSpan.Zero), (path.Episodes[3].IsResolvedAtFirstContact, path.Episodes[3].TimeToResolution));
    }

    [Fact]
    public void Episodes_ByCustomer_JoinTheDeliveryTextAndTheCampaignCalls()
    {
        JourneyPath path = Alex().GetPath(new EpisodeRule { Grouping = EpisodeGrouping.Customer });

        Assert.Equal([["A1", "A2", "A3"], ["A4", "A5", "A6"], ["A7"]], path.Episodes.Select(e => e.Steps.Select(s => s.Item.Interaction.Id).ToArray()));
        Assert.Null(path.Episodes[1].Campaign);
        Assert.Equal([Channel.Sms, Channel.Voice], path.Episodes[1].Channels);
        Assert.Equal(new TimeSpan(3, 4, 10, 0), path.Episodes[1].TimeToResolution);
    }

    [Fact]
    public void Episodes_AShorterWindow_CutsTheFirstEpisodeAtTheThreeDayGap()
    {
        JourneyPath path = Alex().GetPath(new EpisodeRule { Window = TimeSpan.FromDays(2) });

        Assert.Equal(["A1", "A2"], path.Episodes[0].Steps.Select(s => s.Item.Interaction.Id));
        Assert.Equal(OutcomeKind.Neutral, path.Episodes[0].Outcome!.Kind);
        Assert.False(path.Episodes[0].IsResolved);
    }

    [Fact]
    public void Path_IsThePathOfWhatIsShown_AFilterNarrowsIt()
    {
        JourneyPath path = Alex(new JourneyFilter { CampaignId = "CMP-1" }).Path;

        JourneyEpisode only = Assert.Single(path.Episodes);
        Assert.Equal(["A5", "A6"], only.Steps.Select(s => s.Item.Interaction.Id));
    }

    [Fact]
    public void Steps_StartingTogether_AreOrderedBySourceThenIdAsUtf8Bytes()
    {
        DateTimeOffset at = HandMadeJourneys.At("2026-03-02T10:00:00Z");
        // UTF-16 puts "\U0001F600" (a surrogate pair) before "\uFF22"; code points and UTF-8 bytes put it after.
        Interaction[] together =
        [
            HandMadeJourneys.Step("x", "2026-03-02T10:00:00Z", Channel.Voice) with { Source = "\U0001F600" },
            HandMadeJourneys.Step("y", "2026-03-02T10:00:00Z", Channel.Chat) with { Source = "\uFF22" },
            HandMadeJourneys.Step("b", "2026-03-02T10:00:00Z", Channel.Sms) with { Source = "A" },
            HandMadeJourneys.Step("a", "2026-03-02T10:00:00Z", Channel.Email) with { Source = "A" },
        ];

        JourneyResult result = JourneyModelFactory.JourneyResult(new JourneyQuery(HandMadeJourneys.Alex) { Access = AccessContext.Unrestricted }, together, asOf: s_asOf);

        Assert.Equal(["a", "b", "y", "x"], result.Path.Steps.Select(s => s.Item.Interaction.Id));
        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero], result.Path.Steps.Skip(1).Select(s => s.SincePrevious!.Value));
        Assert.Equal(at, result.Path.Episodes[0].Steps[0].Item.Interaction.Start);
    }
}
