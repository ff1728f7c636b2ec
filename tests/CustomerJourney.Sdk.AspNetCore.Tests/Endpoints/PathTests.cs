using System.Text.Json;
using CustomerJourney.Fixtures;

namespace CustomerJourney.Endpoints;

/// <summary>
/// The customer's path: episodes of the journey the agent sees (a campaign's steps within seven days
/// of each other), under the same filters as every view, and only on the path's own endpoint.
/// </summary>
public class PathTests(WidgetHost host) : IClassFixture<WidgetHost>
{
    [Fact]
    public async Task ThePath_CutsWhatTheAgentSeesIntoEpisodes_InOrder_WithTheirOutcomes()
    {
        using HttpClient agent = await Agents.SignInAsync(host, Agents.WithRecordingsAndSurveys);
        string handle = await Agents.OpenAsync(agent);

        JsonElement path = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/path");

        JsonElement[] episodes = [.. path.GetProperty("episodes").EnumerateArray()];
        Assert.Equal([["C-6"], ["C-5"], ["C-1", "C-2"], ["C-4", "V-1"]], episodes.Select(StepIds));
        Assert.Equal(["CMP-3", "CMP-3", "CMP-7", null], episodes.Select(e => e.GetProperty("campaign") is { ValueKind: JsonValueKind.Object } c ? c.GetProperty("id").GetString() : null));
        // June's text went unanswered; October's call sold at the first contact; November's renewal took a call and a text.
        Assert.Equal(("No Answer", false, true), Result(episodes[0]));
        Assert.Equal(("Sale", true, false), Result(episodes[1]));
        Assert.True(episodes[1].GetProperty("firstContactResolution").GetBoolean());
        Assert.Equal("PT6M", episodes[1].GetProperty("timeToResolution").GetString());
        Assert.Equal(("Renewed", true, false), Result(episodes[2]));
        Assert.False(episodes[2].GetProperty("firstContactResolution").GetBoolean());
        Assert.Equal(2, episodes[2].GetProperty("contacts").GetInt32());
        Assert.Equal(["voice", "sms"], episodes[2].GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("2026-11-13T22:30:00-05:00", episodes[2].GetProperty("start").GetString());
        Assert.Equal("PT11H36M", episodes[2].GetProperty("timeToResolution").GetString());
        // The inbound call and the web visit share no campaign: one episode, one contact (a visit is a step, not a contact), not resolved.
        Assert.Equal(("Information given", false, false), Result(episodes[3]));
        Assert.Equal(1, episodes[3].GetProperty("contacts").GetInt32());
        Assert.False(episodes[3].TryGetProperty("timeToResolution", out _));
        Assert.Equal(1, episodes[3].GetProperty("surveyResponses").GetInt32());
        // Days are left out; every step is one of the rows, which come in start order.
        Assert.Empty(path.GetProperty("days").EnumerateArray());
        Assert.Equal(episodes.SelectMany(StepIds).Order(StringComparer.Ordinal), RowIds(path).Order(StringComparer.Ordinal));
        Assert.Equal(["C-6", "C-5", "C-1", "C-2", "C-4", "V-1"], RowIds(path));
    }

    [Theory]
    [InlineData("campaign=CMP-7")]
    [InlineData("period=3")]
    [InlineData("channel=voice")]
    [InlineData("search=renewed")]
    [InlineData("period=6&campaign=CMP-3")]
    public async Task ThePath_FollowsTheFilters_StepForStepWithTheTimeline(string filter)
    {
        using HttpClient agent = await Agents.SignInAsync(host, Agents.WithRecordingsAndSurveys);
        string handle = await Agents.OpenAsync(agent);

        JsonElement path = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/path?{filter}");
        JsonElement timeline = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/timeline?{filter}&days=366");

        string[] shown = [.. timeline.GetProperty("days").EnumerateArray().SelectMany(d => d.GetProperty("interactions").EnumerateArray()).Select(i => i.GetProperty("id").GetString()!)];
        Assert.NotEmpty(shown);
        Assert.Equal(shown.Order(StringComparer.Ordinal), path.GetProperty("episodes").EnumerateArray().SelectMany(StepIds).Order(StringComparer.Ordinal));
        Assert.Equal(timeline.GetProperty("filter").GetRawText(), path.GetProperty("filter").GetRawText());
    }

    [Fact]
    public async Task AFilterCanSplitOrNarrowAnEpisode()
    {
        using HttpClient agent = await Agents.SignInAsync(host, Agents.WithRecordingsAndSurveys);
        string handle = await Agents.OpenAsync(agent);

        JsonElement voice = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/path?channel=voice");

        // Without the text that renewed it, November's renewal is one unanswered call.
        JsonElement renewal = voice.GetProperty("episodes").EnumerateArray().Single(e => e.GetProperty("campaign") is { ValueKind: JsonValueKind.Object } c && c.GetProperty("id").GetString() == "CMP-7");
        Assert.Equal(["C-1"], StepIds(renewal));
        Assert.Equal(("No Answer", false, true), Result(renewal));
    }

    [Fact]
    public async Task AnotherAgent_GetsThePathOfWhatTheySee_WithoutTheSurveysTheyMayNotRead()
    {
        using HttpClient agent = await Agents.SignInAsync(host, Agents.WithoutRecordingsOrSurveys);
        string handle = await Agents.OpenAsync(agent);

        JsonElement path = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/path");

        JsonElement[] episodes = [.. path.GetProperty("episodes").EnumerateArray()];
        Assert.Equal([["C-7"], ["C-3"], ["C-4"]], episodes.Select(StepIds));
        // Not even a count of the answers they may not read (R15).
        Assert.All(episodes, e => Assert.False(e.TryGetProperty("surveyResponses", out _)));
        Assert.DoesNotContain("Sales", path.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("timeline")]
    [InlineData("timeline?campaign=CMP-7")]
    [InlineData("rows")]
    [InlineData("summary")]
    public async Task TheOtherViews_NeverCarryEpisodes(string view)
    {
        using HttpClient agent = await Agents.SignInAsync(host, Agents.WithRecordingsAndSurveys);
        string handle = await Agents.OpenAsync(agent);

        JsonElement document = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/{view}");

        Assert.False(document.TryGetProperty("episodes", out _));
    }

    private static string[] StepIds(JsonElement episode) => [.. episode.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("id").GetString()!)];

    private static string[] RowIds(JsonElement document) => [.. document.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("id").GetString()!)];

    private static (string? Outcome, bool Resolved, bool Failed) Result(JsonElement episode) => (
        episode.GetProperty("outcome") is { ValueKind: JsonValueKind.Object } outcome ? outcome.GetProperty("name").GetString() : null,
        episode.GetProperty("resolved").GetBoolean(),
        episode.GetProperty("failed").GetBoolean());
}
