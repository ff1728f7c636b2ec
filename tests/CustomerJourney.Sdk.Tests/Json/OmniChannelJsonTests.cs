using System.Text.Json;
using CustomerJourney.Access;
using CustomerJourney.Analytics;
using CustomerJourney.Client;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Stores.Conformance.Analytics;

namespace CustomerJourney.Json;

/// <summary>The JSON forms of seed 004's parts, of a customer's episodes and of the journey report (docs/json.md, docs/analytics.md).</summary>
public class OmniChannelJsonTests
{
    private static JourneyResult Alex() => JourneyModelFactory.JourneyResult(
        new JourneyQuery(HandMadeJourneys.Alex) { Access = AccessContext.Unrestricted },
        HandMadeJourneys.All[0].Journey,
        asOf: HandMadeJourneys.At("2026-04-10T12:00:00Z"));

    [Fact]
    public void Interaction_CarriesMarketingSelfServiceRecordingsAndSurveys_AsDocumented()
    {
        using JsonDocument json = JsonDocument.Parse(JourneyJson.Serialize(Alex()));
        JsonElement[] all = [.. json.RootElement.GetProperty("days").EnumerateArray().SelectMany(d => d.GetProperty("interactions").EnumerateArray())];
        JsonElement visit = all.Single(i => i.GetProperty("id").GetString() == "A1");
        JsonElement call = all.Single(i => i.GetProperty("id").GetString() == "A3");

        Assert.Equal("spring-sale", visit.GetProperty("marketing").GetProperty("campaign").GetString());
        Assert.False(visit.GetProperty("marketing").TryGetProperty("term", out _));
        Assert.Equal(("ivr", "Main menu", "Billing", "handedToAgent"), (
            call.GetProperty("selfService").GetProperty("kind").GetString(),
            call.GetProperty("selfService").GetProperty("flow").GetString(),
            call.GetProperty("selfService").GetProperty("stepReached").GetString(),
            call.GetProperty("selfService").GetProperty("result").GetString()));
        JsonElement recording = call.GetProperty("recordings")[0];
        Assert.Equal(("rec-a3", "PT30M", "audio/ogg"), (recording.GetProperty("reference").GetString(), recording.GetProperty("duration").GetString(), recording.GetProperty("mediaType").GetString()));
        JsonElement survey = call.GetProperty("surveys")[0];
        Assert.Equal(("nps", 9.0, 0.0, 10.0, 90.0), (
            survey.GetProperty("kind").GetString(),
            survey.GetProperty("score").GetDouble(),
            survey.GetProperty("scale").GetProperty("min").GetDouble(),
            survey.GetProperty("scale").GetProperty("max").GetDouble(),
            survey.GetProperty("normalizedScore").GetDouble()));
        Assert.False(visit.TryGetProperty("surveys", out _));
        Assert.False(json.RootElement.TryGetProperty("episodes", out _));
    }

    [Fact]
    public void Episodes_WhenAskedFor_ListEachEpisodesStepsChannelsAndResolution()
    {
        using JsonDocument json = JsonDocument.Parse(JourneyJson.Serialize(Alex(), new JourneyJsonOptions { Episodes = true }));
        JsonElement[] episodes = [.. json.RootElement.GetProperty("episodes").EnumerateArray()];

        Assert.Equal(4, episodes.Length);
        JsonElement first = episodes[0];
        Assert.Equal(JsonValueKind.Null, first.GetProperty("campaign").ValueKind);
        Assert.Equal(["A1", "A2", "A3"], first.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(["webVisit", "chat", "voice"], first.GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal((2, true, false, false, "P3DT1H30M", 1), (
            first.GetProperty("contacts").GetInt32(),
            first.GetProperty("resolved").GetBoolean(),
            first.GetProperty("failed").GetBoolean(),
            first.GetProperty("firstContactResolution").GetBoolean(),
            first.GetProperty("timeToResolution").GetString(),
            first.GetProperty("surveyResponses").GetInt32()));
        Assert.Equal("CMP-1", episodes[2].GetProperty("campaign").GetProperty("id").GetString());
        Assert.False(episodes[1].TryGetProperty("timeToResolution", out _));
    }

    [Fact]
    public void Episodes_WithoutTheSurveysPermission_SayNothingOfSurveyAnswers()
    {
        JourneyResult bare = JourneyModelFactory.JourneyResult(
            new JourneyQuery(HandMadeJourneys.Alex) { Access = AccessContext.Undivided with { Permissions = JourneyPermissions.Recordings } },
            HandMadeJourneys.All[0].Journey.Select(i => i with { Surveys = null }),
            asOf: HandMadeJourneys.At("2026-04-10T12:00:00Z"));

        using JsonDocument json = JsonDocument.Parse(JourneyJson.Serialize(bare, new JourneyJsonOptions { Episodes = true }));

        Assert.All(json.RootElement.GetProperty("episodes").EnumerateArray(), e => Assert.False(e.TryGetProperty("surveyResponses", out _)));
    }

    [Fact]
    public void Report_KeepsTheDocumentedNames_RatesFromZeroToOne_DurationsInIso8601()
    {
        var builder = new JourneyReportBuilder(HandMadeReports.Query());
        foreach ((LookupKey _, Interaction[] journey) in HandMadeJourneys.All)
        {
            foreach (Interaction step in journey.OrderBy(i => i.Start))
            {
                builder.Add(JourneyStepFacts.Of(step));
            }

            builder.EndCustomer();
        }

        using JsonDocument json = JsonDocument.Parse(JourneyReportJson.Serialize(builder.Build()));
        JsonElement root = json.RootElement;

        Assert.Equal(0.2, root.GetProperty("firstContactResolutionRate").GetDouble(), 12);
        Assert.Equal(3 / 7.0, root.GetProperty("repeatContactRate7d").GetDouble(), 12);
        Assert.Equal(6 / 7.0, root.GetProperty("repeatContactRate30d").GetDouble(), 12);
        Assert.Equal("P1DT11H", root.GetProperty("medianTimeToResolution").GetString());
        Assert.Equal("P3DT1H30M", root.GetProperty("p90TimeToResolution").GetString());
        JsonElement top = root.GetProperty("channelPaths")[0];
        Assert.Equal(["voice"], top.GetProperty("path").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal((2, 2, 0), (top.GetProperty("count").GetInt32(), top.GetProperty("resolved").GetInt32(), top.GetProperty("failed").GetInt32()));
        Assert.False(top.TryGetProperty("truncated", out _));
        Assert.Equal(2 / 3.0, root.GetProperty("selfService").GetProperty("containmentRate").GetDouble(), 12);
        Assert.Equal(60, root.GetProperty("surveys").GetProperty("overall").GetProperty("averageScore").GetDouble(), 9);
        Assert.Equal("P7D", root.GetProperty("episodeRule").GetProperty("window").GetString());
        Assert.Equal("campaign", root.GetProperty("episodeRule").GetProperty("grouping").GetString());
    }

    [Fact]
    public void Report_WithNothingToDivide_WritesNullRates()
    {
        using JsonDocument json = JsonDocument.Parse(JourneyReportJson.Serialize(new JourneyReportBuilder(HandMadeReports.Query()).Build(), indented: false));

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("firstContactResolutionRate").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("medianTimeToResolution").ValueKind);
        Assert.Empty(json.RootElement.GetProperty("channelPaths").EnumerateArray());
    }

    [Theory]
    [InlineData(0, "PT0S")]
    [InlineData(30 * 60, "PT30M")]
    [InlineData((35 * 60) + 1.5, "PT35M1.5S")]
    [InlineData(2 * 86400, "P2D")]
    [InlineData((3 * 86400) + 5400, "P3DT1H30M")]
    public void IsoDuration_WritesDaysHoursMinutesSeconds_LeavingZeroPartsOut(double seconds, string expected) =>
        Assert.Equal(expected, IsoDuration.Format(TimeSpan.FromSeconds(seconds)));
}
