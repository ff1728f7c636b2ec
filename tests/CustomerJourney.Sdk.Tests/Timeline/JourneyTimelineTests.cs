using CustomerJourney.Client;
using CustomerJourney.Fixtures;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using Microsoft.Extensions.Time.Testing;

namespace CustomerJourney.Timeline;

public class JourneyTimelineTests
{
    [Fact]
    public void R9_Interactions_AreGroupedByCalendarDateOldestFirst()
    {
        JourneyResult result = JourneyResults.Of(
        [
            Interactions.At("c", "2026-10-03T10:00:00Z"),
            Interactions.At("a", "2026-10-01T09:00:00Z"),
            Interactions.At("b", "2026-10-01T17:00:00Z"),
        ]);

        Assert.Equal([new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 3)], result.Timeline.Days.Select(d => d.Date));
        Assert.Equal(["a", "b"], result.Timeline.Days[0].Items.Select(i => i.Interaction.Id));
    }

    [Fact]
    public void R9_OneInstant_FallsOnTheDateOfTheConfiguredZone()
    {
        // 2026-03-01T03:00Z is 28 February, 22:00 in New York and 1 March, 04:00 in Paris.
        Interaction[] data = [Interactions.At("late", "2026-03-01T03:00:00Z"), Interactions.At("noon", "2026-03-01T12:00:00Z")];

        JourneyResult newYork = JourneyResults.Of(data, "America/New_York");
        JourneyResult paris = JourneyResults.Of(data, "Europe/Paris");

        Assert.Equal([new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 1)], newYork.Timeline.Days.Select(d => d.Date));
        Assert.Equal([new DateOnly(2026, 3, 1)], paris.Timeline.Days.Select(d => d.Date));
        Assert.Equal(["late", "noon"], paris.Timeline.Days[0].Items.Select(i => i.Interaction.Id));
        Assert.Equal(TimeSpan.FromHours(-5), newYork.Timeline.Days[0].Items[0].LocalStart.Offset);
    }

    [Fact]
    public void R9_DstTransitionDay_KeepsItsWholeTwentyThreeHoursOnOneDate()
    {
        // New York springs forward on 2026-03-08: 00:30 EST (05:30Z) and 23:30 EDT (03:30Z next day) are the same date.
        JourneyResult result = JourneyResults.Of(
        [
            Interactions.At("before", "2026-03-08T05:30:00Z"),
            Interactions.At("after", "2026-03-09T03:30:00Z"),
            Interactions.At("next-day", "2026-03-09T04:30:00Z"),
        ], "America/New_York");

        JourneyDay day = Assert.Single(result.Timeline.Days, d => d.Date == new DateOnly(2026, 3, 8));
        Assert.Equal(["before", "after"], day.Items.Select(i => i.Interaction.Id));
        Assert.Equal(TimeSpan.FromHours(-5), day.Items[0].LocalStart.Offset);
        Assert.Equal(TimeSpan.FromHours(-4), day.Items[1].LocalStart.Offset);
        Assert.Equal(new DateOnly(2026, 3, 9), result.Timeline.Days[^1].Date);
    }

    [Fact]
    public void R9_FallBackDay_KeepsBothOneThirtiesOnOneDateInStartOrder()
    {
        // New York falls back on 2026-11-01: 01:30 EDT (05:30Z) then 01:30 EST (06:30Z).
        JourneyResult result = JourneyResults.Of(
            [Interactions.At("second", "2026-11-01T06:30:00Z"), Interactions.At("first", "2026-11-01T05:30:00Z")],
            "America/New_York");

        JourneyDay day = Assert.Single(result.Timeline.Days);
        Assert.Equal(["first", "second"], day.Items.Select(i => i.Interaction.Id));
        Assert.Equal(day.Items[0].LocalStart.TimeOfDay, day.Items[1].LocalStart.TimeOfDay);
    }

    [Fact]
    public async Task R9_ScrollingLeft_PagesOlderDatesWithoutAskingTheSourcesAgain()
    {
        var source = new CountingSource(new InMemoryJourneySource("Memory").Add(
            Keys.Dana,
            Enumerable.Range(1, 10).Select(d => Interactions.At($"i{d}", $"2026-10-{d:00}T12:00:00Z"))));
        var client = new JourneyClient([source], timeProvider: new FakeTimeProvider(JourneyResults.Now));
        JourneyResult result = await client.GetJourneyAsync(new JourneyQuery(Keys.Dana));

        IReadOnlyList<JourneyDay> shown = result.Timeline.Latest(3);
        IReadOnlyList<JourneyDay> older = result.Timeline.OlderThan(shown[0].Date, 4);
        IReadOnlyList<JourneyDay> oldest = result.Timeline.OlderThan(older[0].Date, 4);

        Assert.Equal([8, 9, 10], shown.Select(d => d.Date.Day));
        Assert.Equal([4, 5, 6, 7], older.Select(d => d.Date.Day));
        Assert.Equal([1, 2, 3], oldest.Select(d => d.Date.Day));
        Assert.Empty(result.Timeline.OlderThan(oldest[0].Date, 4));
        Assert.Equal(1, source.Calls);
    }

    [Fact]
    public void R10_InsideADate_InteractionsAreOrderedByStartAndTiesBySourceOrderThenId()
    {
        JourneyResult result = JourneyResults.Of(
        [
            Interactions.At("z", "2026-10-01T09:00:00Z"),
            Interactions.At("late", "2026-10-01T18:00:00Z"),
            Interactions.At("a", "2026-10-01T09:00:00Z"),
            Interactions.At("early", "2026-10-01T08:00:00Z"),
        ]);

        Assert.Equal(["early", "a", "z", "late"], result.Timeline.Days[0].Items.Select(i => i.Interaction.Id));
    }

    [Fact]
    public void R10_DetailsView_StepsToTheNextAndPreviousInteractionOfTheSameDate()
    {
        JourneyResult result = JourneyResults.Of(
        [
            Interactions.At("a", "2026-10-01T08:00:00Z"),
            Interactions.At("b", "2026-10-01T09:00:00Z"),
            Interactions.At("c", "2026-10-01T10:00:00Z"),
            Interactions.At("other-day", "2026-10-02T08:00:00Z"),
        ]);
        JourneyDay day = result.Timeline.Days[0];

        Assert.Equal("b", day.Next(day.Items[0])?.Interaction.Id);
        Assert.Equal("c", day.Next(day.Items[1])?.Interaction.Id);
        Assert.Null(day.Next(day.Items[2]));
        Assert.Equal("b", day.Previous(day.Items[2])?.Interaction.Id);
        Assert.Null(day.Previous(day.Items[0]));
        Assert.Throws<ArgumentException>(() => day.Next(result.Timeline.Days[1].Items[0]));
    }

    [Fact]
    public void R11_DateWithAFailure_GetsARedDot()
    {
        JourneyResult result = JourneyResults.Of(
        [
            Interactions.At("ok", "2026-10-01T08:00:00Z", outcome: OutcomeKind.Success),
            Interactions.At("failed", "2026-10-01T09:00:00Z", outcome: OutcomeKind.Failure),
            Interactions.At("fine", "2026-10-02T09:00:00Z", outcome: OutcomeKind.Neutral),
        ]);

        Assert.Equal([true, false], result.Timeline.Days.Select(d => d.HasFailure));
        Assert.Equal([false, true], result.Timeline.Days[0].Items.Select(i => i.Indicator.HasFailureDot));
    }

    [Fact]
    public void Find_ReturnsTheDayOrNull()
    {
        JourneyResult result = JourneyResults.Of([Interactions.At("a", "2026-10-01T08:00:00Z")]);

        Assert.NotNull(result.Timeline.Find(new DateOnly(2026, 10, 1)));
        Assert.Null(result.Timeline.Find(new DateOnly(2026, 10, 2)));
    }

    private sealed class CountingSource(IJourneySource inner) : IJourneySource
    {
        private int _calls;

        public int Calls => _calls;

        public string Name => inner.Name;

        public SourceCapabilities Capabilities => inner.Capabilities;

        public Task<IReadOnlyList<Interaction>> GetInteractionsAsync(SourceQuery query, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return inner.GetInteractionsAsync(query, cancellationToken);
        }

        public Task<IReadOnlyList<Campaign>> GetListedCampaignsAsync(LookupKey key, CancellationToken cancellationToken) =>
            inner.GetListedCampaignsAsync(key, cancellationToken);
    }
}
