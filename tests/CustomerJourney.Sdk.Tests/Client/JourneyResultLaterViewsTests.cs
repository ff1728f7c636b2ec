using CustomerJourney.Access;
using CustomerJourney.Fixtures;
using CustomerJourney.Live;
using CustomerJourney.Model;
using CustomerJourney.Query;

namespace CustomerJourney.Client;

/// <summary>What a widget does with a fetched journey without asking the sources again: a shorter period, time moving on, arrivals.</summary>
public class JourneyResultLaterViewsTests
{
    private static readonly Interaction[] s_history =
    [
        Interactions.At("old", "2026-02-10T10:00:00Z"),
        Interactions.At("mid", "2026-07-01T10:00:00Z", Channel.Sms, ContactMode.Sms),
        Interactions.At("new", "2026-11-01T10:00:00Z"),
    ];

    [Fact]
    public void WithPeriod_ShorterThanFetched_KeepsOnlyItsMonths_AndTheFacetsCountThem()
    {
        JourneyResult year = JourneyResults.Of(s_history, period: JourneyPeriod.Last12Months);

        JourneyResult quarter = year.WithPeriod(JourneyPeriod.Last3Months);

        Assert.Equal(["new"], quarter.Items.Select(i => i.Interaction.Id));
        Assert.Equal(new DateTimeOffset(2026, 8, 15, 0, 0, 0, TimeSpan.Zero), quarter.Period.From);
        Assert.Equal(year.Period.To, quarter.Period.To);
        Assert.Equal([(Channel.Voice, 1)], quarter.Facets.Channels.Select(f => (f.Channel, f.Count)));
        Assert.Equal(3, year.Items.Count);
    }

    [Fact]
    public void WithPeriod_LongerThanFetched_IsCutToWhatWasFetched()
    {
        JourneyResult quarter = JourneyResults.Of(s_history, period: JourneyPeriod.Last3Months);

        JourneyResult year = quarter.WithPeriod(JourneyPeriod.Last12Months);

        Assert.Equal(quarter.Period, year.Period);
        Assert.Equal(["new"], year.Items.Select(i => i.Interaction.Id));
    }

    [Fact]
    public void WithPeriod_KeepsTheFilter()
    {
        JourneyResult sms = JourneyResults.Of(s_history, filter: new JourneyFilter { Channel = Channel.Sms });

        Assert.Equal(["mid"], sms.WithPeriod(JourneyPeriod.Last6Months).Items.Select(i => i.Interaction.Id));
        Assert.Empty(sms.WithPeriod(JourneyPeriod.Last3Months).Items);
    }

    [Fact]
    public void WithPeriod_NarrowsTheOutcomesAndSegments_ToTheShorterPeriod()
    {
        Interaction older = s_history[0] with { Segments = [new SegmentMatch("fr", "From France", new DateTimeOffset(2026, 2, 10, 10, 0, 0, TimeSpan.Zero))] };
        Interaction recent = s_history[2] with { OutcomeProgress = [new OutcomeProgress("Purchased", "Put in cart", 0.5)] };
        JourneyResult year = JourneyResults.Of([older, s_history[1], recent]);

        JourneyResult quarter = year.WithPeriod(JourneyPeriod.Last3Months).WithFilter(new JourneyFilter { Channel = Channel.Sms });

        Assert.Equal(["fr"], year.Segments.Select(s => s.Id));
        Assert.Empty(quarter.Segments);
        Assert.Equal(["Purchased"], quarter.Outcomes.Select(o => o.Outcome));
    }

    [Fact]
    public void Advance_RecomputesLiveStatuses_AsOfTheNewInstant()
    {
        Interaction visit = Interactions.At("visit", "2026-11-15T14:29:00Z", Channel.WebVisit, ContactMode.Unknown) with
        {
            LastActivity = JourneyResults.Now.AddSeconds(-10),
        };
        JourneyResult journey = JourneyResults.Of([.. s_history, visit]);
        Assert.Equal(LiveStatus.Live, Status(journey, "visit"));

        JourneyResult later = journey.Advance(JourneyResults.Now + LiveStatusRule.Default.IdleAfter);
        JourneyResult muchLater = journey.Advance(JourneyResults.Now + LiveStatusRule.Default.InactiveAfter);

        Assert.Equal(visit.LastActivity + LiveStatusRule.Default.IdleAfter, journey.NextStatusChange);
        Assert.Equal(visit.LastActivity + LiveStatusRule.Default.InactiveAfter, later.NextStatusChange);
        Assert.Null(muchLater.NextStatusChange);
        Assert.Equal(LiveStatus.Idle, Status(later, "visit"));
        Assert.Equal(LiveStatus.Inactive, Status(muchLater, "visit"));
        Assert.Equal(JourneyResults.Now + LiveStatusRule.Default.IdleAfter, later.AsOf);
        Assert.Equal(LiveStatus.Live, Status(journey, "visit"));
    }

    [Fact]
    public void Advance_AddsArrivals_AndReplacesTheSameSourceAndId()
    {
        JourneyResult journey = JourneyResults.Of(s_history);
        Interaction arrived = Interactions.At("arrived", "2026-11-15T14:40:00Z", Channel.Chat, ContactMode.Unknown);
        Interaction revised = s_history[2] with { AgentComments = "Called back" };

        JourneyResult later = journey.Advance(JourneyResults.Now.AddMinutes(15), [arrived, revised]);

        Assert.Equal(["old", "mid", "new", "arrived"], later.Items.Select(i => i.Interaction.Id));
        Assert.Equal("Called back", later.Items.Single(i => i.Interaction.Id == "new").Interaction.AgentComments);
        Assert.True(later.Period.Contains(arrived.Start));
        Assert.Equal(3, journey.Items.Count);
    }

    [Fact]
    public void Advance_HoldsArrivalsToTheSameAccessRules_AsFetchedOnes()
    {
        var retailOnly = new JourneyQuery(Keys.Dana) { Access = AccessContext.ForDivisions(JourneyPermissions.None, "Retail") };
        JourneyResult journey = JourneyModelFactory.JourneyResult(retailOnly, s_history, asOf: JourneyResults.Now);
        Interaction otherDivision = Interactions.At("collections", "2026-11-15T14:40:00Z") with { Divisions = ["Collections"] };
        Interaction ownDivision = Interactions.At("retail", "2026-11-15T14:41:00Z") with { Divisions = ["Retail"] };

        JourneyResult later = journey.Advance(JourneyResults.Now.AddMinutes(15), [otherDivision, ownDivision]);

        Assert.DoesNotContain(later.Items, i => i.Interaction.Id == "collections");
        Assert.Contains(later.Items, i => i.Interaction.Id == "retail");
    }

    private static LiveStatus Status(JourneyResult journey, string id) => journey.AllItems.Single(i => i.Interaction.Id == id).Status;
}
