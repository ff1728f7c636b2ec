using CustomerJourney.Fixtures;
using CustomerJourney.Model;
using CustomerJourney.Query;

namespace CustomerJourney.Client;

public class JourneyModelFactoryTests
{
    // What a host's own code might do with a journey: the test double stands in for the SDK.
    private static async Task<string> LatestFailure(JourneyClient client, LookupKey key) =>
        (await client.GetJourneyAsync(new JourneyQuery(key))).Items.LastOrDefault(i => i.Interaction.IsFailure)?.Interaction.Id ?? "none";

    [Fact]
    public async Task JourneyResult_FromAFactory_LetsAHostTestItsCodeAgainstAMockedClient()
    {
        JourneyResult canned = JourneyModelFactory.JourneyResult(
            new JourneyQuery(Keys.Dana),
            [
                Interactions.At("1", "2026-10-01T09:00:00Z", outcome: OutcomeKind.Failure),
                Interactions.At("2", "2026-10-05T09:00:00Z", outcome: OutcomeKind.Failure),
                Interactions.At("3", "2026-10-06T09:00:00Z"),
                Interactions.At("old", "2019-10-06T09:00:00Z", outcome: OutcomeKind.Failure),
            ],
            [new SourceStatus("DataCloud", SourceState.Ok, null, 3, TimeSpan.FromMilliseconds(12), [])],
            [Interactions.SpringOffers],
            asOf: JourneyResults.Now,
            timeZone: TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

        string latest = await LatestFailure(new CannedClient(canned), Keys.Dana);

        Assert.Equal("2", latest);
        Assert.Equal(3, canned.TotalCount);
        Assert.Equal(3, canned.Timeline.Days.Count);
        Assert.Equal(["CMP-3"], canned.OtherCampaigns.Select(c => c.Id));
        Assert.Equal("DataCloud", Assert.Single(canned.Sources).Name);
        Assert.Equal(["1", "2"], canned.WithFilter(new JourneyFilter { Text = "no answer" }).Items.Select(i => i.Interaction.Id));
    }

    private sealed class CannedClient(JourneyResult result) : JourneyClient
    {
        public override Task<JourneyResult> GetJourneyAsync(JourneyQuery query, CancellationToken cancellationToken = default) => Task.FromResult(result);
    }
}
