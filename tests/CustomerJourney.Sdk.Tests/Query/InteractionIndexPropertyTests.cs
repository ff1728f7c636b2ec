using CsCheck;
using CustomerJourney.Model;

namespace CustomerJourney.Query;

/// <summary>The fast engine against a plain reference implementation, over random data, filters, periods and zones.</summary>
public class InteractionIndexPropertyTests
{
    private static readonly string[] s_zones = ["UTC", "America/New_York", "Europe/London", "Australia/Lord_Howe", "America/Santiago", "Asia/Kathmandu", "Pacific/Apia"];
    private static readonly Campaign[] s_campaigns = [new("C1", "Winter Renewals"), new("C2", "Débito Automático"), new("C3", "Spring Offers")];
    private static readonly string[] s_agents = ["Dana Reyes", "Zoë Ağaoğlu", "Jürgen Weiß", "Chloé Martin"];
    private static readonly string[] s_texts = ["", "debito", "zoe", "WINTER dana", "weiss", "renewals spring", "é"];
    private static readonly DateTimeOffset s_epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly long s_span = 3L * 365 * 24 * 60;

    private static readonly Gen<Interaction> s_interaction =
        Gen.Select(Gen.Long[0, s_span], Gen.Int[0, 3], Gen.Int[0, 4], Gen.Int[0, 3], Gen.Int[0, 3], Gen.Int[0, 9])
            .Select((minute, campaign, channel, agent, outcome, id) => new Interaction
            {
                Source = id % 2 == 0 ? "A" : "B",
                Id = $"I{id}-{minute}",
                Start = s_epoch.AddMinutes(minute),
                Channel = (Channel)channel,
                Campaign = campaign == 3 ? null : s_campaigns[campaign],
                AgentName = s_agents[agent],
                Outcome = new Outcome(null, outcome == 0 ? "No Answer" : "Sale", outcome == 0 ? OutcomeKind.Failure : OutcomeKind.Success),
            });

    private static readonly Gen<(Interaction[] Data, long From, long Length, int Zone, int Campaign, int Channel, int Text)> s_cases =
        Gen.Select(
            s_interaction.Array[0, 300],
            Gen.Long[-s_span / 4, s_span],
            Gen.Long[0, s_span * 2],
            Gen.Int[0, s_zones.Length - 1],
            Gen.Int[-1, 3],
            Gen.Int[-1, 4],
            Gen.Int[0, s_texts.Length - 1]);

    [Fact]
    public void Select_ReturnsExactlyWhatAPlainReferenceReturns()
    {
        s_cases.Sample(c =>
        {
            TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(s_zones[c.Zone]);
            Interaction[] data = [.. c.Data.DistinctBy(i => (i.Source, i.Id))];
            var period = new PeriodRange(s_epoch.AddMinutes(c.From), s_epoch.AddMinutes(c.From + c.Length));
            var filter = new JourneyFilter
            {
                CampaignId = c.Campaign switch { -1 => null, 3 => "unknown", _ => s_campaigns[c.Campaign].Id },
                Channel = c.Channel == -1 ? null : (Channel)c.Channel,
                Text = s_texts[c.Text],
            };
            var index = InteractionIndex.Build(data, ["A", "B"], zone);
            Interaction[] expected = Reference(data, period, filter);
            var expectedDays = expected.GroupBy(i => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(i.Start, zone).DateTime)).OrderBy(g => g.Key).ToArray();

            // The full index, and the narrowed one a lookup's first query uses, must agree with the reference.
            foreach (InteractionIndex queried in new[] { index, InteractionIndex.Build([.. data.Where(new FirstViewMatch(period, filter).Matches)], ["A", "B"], zone) })
            {
                AssertSelects(queried, period, filter, expected, expectedDays);
            }

            JourneyFacets facets = index.Facets(period, filter);
            Interaction[] forFacets = Reference(data, period, filter with { CampaignId = null, Channel = null });
            Assert.Equal(
                forFacets.Where(i => i.Campaign is not null).GroupBy(i => i.Campaign!.Id).Select(g => (g.Key, g.Count())).Order(),
                facets.Campaigns.Select(f => (f.Campaign.Id, f.Count)).Order());
            Assert.Equal(
                forFacets.Where(i => filter.CampaignId is null || i.Campaign?.Id == filter.CampaignId).GroupBy(i => i.Channel).Select(g => (g.Key, g.Count())).Order(),
                facets.Channels.Select(f => (f.Channel, f.Count)).Order());
        },
        iter: 400);
    }

    private static void AssertSelects(InteractionIndex index, PeriodRange period, JourneyFilter filter, Interaction[] expected, IGrouping<DateOnly, Interaction>[] expectedDays)
    {
        Selection selection = index.Select(period, filter);
        DayRun[] runs = selection.GroupByDay(out Selection ordered);
        Assert.Equal(expected, index.Materialize(selection).Select(i => i.Interaction));
        Assert.Equal(expectedDays.Select(g => g.Key.DayNumber), runs.Select(r => r.DayNumber));
        Assert.Equal(expectedDays.Select(g => g.Any(i => i.IsFailure)), runs.Select(r => r.HasFailure));
        Assert.Equal(
            expectedDays.Select(g => g.Select(i => i.Id)),
            runs.Select(r => Enumerable.Range(r.Start, r.Length).Select(k => index.ItemAt(ordered.PositionAt(k)).Interaction.Id)));
    }

    // What a careful user would write: a filter and a sort, no index.
    private static Interaction[] Reference(Interaction[] data, PeriodRange period, JourneyFilter filter)
    {
        string[] terms = string.IsNullOrWhiteSpace(filter.Text) ? [] : filter.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextFolding.Fold).ToArray();
        return
        [
            .. data
                .Where(i => i.Start >= period.From && i.Start < period.To)
                .Where(i => filter.CampaignId is null || i.Campaign?.Id == filter.CampaignId)
                .Where(i => filter.Channel is null || i.Channel == filter.Channel)
                .Where(i => terms.All(t => new[] { i.AgentName, i.AgentComments, i.Outcome?.Code, i.Outcome?.Name, i.Campaign?.Name }.Any(f => f is not null && TextFolding.Fold(f).Contains(t, StringComparison.Ordinal))))
                .OrderBy(i => i.Start.UtcTicks)
                .ThenBy(i => i.Source, StringComparer.Ordinal)
                .ThenBy(i => i.Id, StringComparer.Ordinal),
        ];
    }
}
