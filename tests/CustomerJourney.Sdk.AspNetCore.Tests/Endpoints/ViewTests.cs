using System.Text.Json;
using CustomerJourney.Fixtures;

namespace CustomerJourney.Endpoints;

/// <summary>The views of an open lookup: dates in the agent's zone, filters that narrow and count, grid sorts, details within the date.</summary>
public class ViewTests(WidgetHost host) : IClassFixture<WidgetHost>
{
    [Fact]
    public async Task Timeline_GroupsByDateInTheConfiguredZone_LatestPageFirst_OlderOnDemand()
    {
        using HttpClient agent = await Agents.SignInAsync(host, "agent-a");
        string handle = await Agents.OpenAsync(agent);

        JsonElement latest = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/timeline");
        JsonElement older = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/timeline?before=2026-11-13&days=3");

        // C-1 started at 03:30 UTC on the 14th: 22:30 on the 13th in New York.
        Assert.Equal(["2026-11-13", "2026-11-14", "2026-11-15"], Dates(latest));
        Assert.Equal("2026-11-13T22:30:00-05:00", latest.GetProperty("days")[0].GetProperty("interactions")[0].GetProperty("start").GetString());
        Assert.True(latest.GetProperty("olderDays").GetBoolean());
        Assert.Equal(["2026-06-01", "2026-10-02"], Dates(older));
        Assert.False(older.GetProperty("olderDays").GetBoolean());
    }

    [Fact]
    public async Task Filters_NarrowTheTimeline_AndTheFacetsCountWhatIsShown()
    {
        using HttpClient agent = await Agents.SignInAsync(host, "agent-a");
        string handle = await Agents.OpenAsync(agent);

        JsonElement all = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/timeline?days=366");
        JsonElement quarter = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/timeline?period=3&days=366");
        JsonElement renewalsBySms = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/timeline?campaign=CMP-7&channel=sms&days=366");
        JsonElement searched = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/timeline?search=debito&days=366");
        JsonElement facets = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/facets?period=3");

        // Agent A (Sales, Retail) sees the undivided call but neither Collections record.
        Assert.Equal(["C-6", "C-5", "C-1", "C-2", "C-4", "V-1"], Ids(all));
        Assert.Equal(["C-5", "C-1", "C-2", "C-4", "V-1"], Ids(quarter));
        Assert.Equal(["C-2"], Ids(renewalsBySms));
        Assert.Equal(["C-4"], Ids(searched));
        int shownVoice = Items(quarter).Count(i => i.GetProperty("channel").GetString() == "voice");
        Assert.Contains(("voice", shownVoice), facets.GetProperty("channels").EnumerateArray().Select(c => (c.GetProperty("name").GetString(), c.GetProperty("count").GetInt32())));
        Assert.Equal(
            Items(quarter).Where(i => i.GetProperty("campaign").ValueKind == JsonValueKind.Object).GroupBy(i => i.GetProperty("campaign").GetProperty("id").GetString()).Select(g => (g.Key, g.Count())).OrderBy(g => g.Key),
            facets.GetProperty("campaigns").EnumerateArray().Select(c => (c.GetProperty("id").GetString(), c.GetProperty("count").GetInt32())).OrderBy(c => c.Item1));
    }

    [Fact]
    public async Task ChangingFilters_NeverAsksTheSourcesAgain()
    {
        using HttpClient agent = await Agents.SignInAsync(host, "agent-a");
        int before = host.Counted.Asked;
        string handle = await Agents.OpenAsync(agent);
        int opened = host.Counted.Asked;

        foreach (string query in new[] { "period=3", "period=6", "campaign=CMP-7", "channel=sms", "search=renewed", "period=9&campaign=CMP-3", "" })
        {
            await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/timeline?{query}");
            await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/rows?{query}&sort=agentName");
            await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/facets?{query}");
            await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/path?{query}");
        }

        Assert.Equal(1, opened - before);
        Assert.Equal(opened, host.Counted.Asked);
    }

    [Theory]
    [InlineData("start", "ascending")]
    [InlineData("end", "descending")]
    [InlineData("campaign", "ascending")]
    [InlineData("mode", "descending")]
    [InlineData("channel", "ascending")]
    [InlineData("direction", "ascending")]
    [InlineData("outcome", "descending")]
    [InlineData("phoneNumber", "ascending")]
    [InlineData("previousScore", "ascending")]
    [InlineData("currentScore", "descending")]
    [InlineData("agentName", "ascending")]
    [InlineData("agentComments", "descending")]
    [InlineData("source", "ascending")]
    public async Task Rows_SortByAnyColumn_InEitherDirection(string column, string direction)
    {
        using HttpClient agent = await Agents.SignInAsync(host, "agent-a");
        string handle = await Agents.OpenAsync(agent);

        JsonElement grid = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/rows?sort={column}&direction={direction}");

        Assert.Equal(column, grid.GetProperty("sort").GetProperty("column").GetString());
        Assert.Equal(direction, grid.GetProperty("sort").GetProperty("direction").GetString());
        Assert.Empty(grid.GetProperty("days").EnumerateArray());
        Assert.Equal(6, grid.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task Rows_ByAgentNameDescending_AreInThatOrder()
    {
        using HttpClient agent = await Agents.SignInAsync(host, "agent-a");
        string handle = await Agents.OpenAsync(agent);

        JsonElement grid = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/rows?sort=agentName&direction=descending");

        string[] names = [.. grid.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("agentName").GetString() ?? "(none)")];
        Assert.Equal(["Zoë Ağaoğlu", "Dana Reyes", "Dana Reyes", "Dana Reyes", "Chloé Martin", "(none)"], names);
    }

    [Fact]
    public async Task Details_NextAndPrevious_StayInsideTheDate_UnderTheFilter()
    {
        using HttpClient agent = await Agents.SignInAsync(host, "agent-a");
        string handle = await Agents.OpenAsync(agent);

        JsonElement first = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/interactions/Memory/C-2");
        JsonElement last = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/interactions/Memory/C-4");
        JsonElement alone = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/interactions/Memory/C-2?channel=sms");

        Assert.Equal("2026-11-14", first.GetProperty("date").GetString());
        Assert.Equal((1, 2), (first.GetProperty("position").GetInt32(), first.GetProperty("count").GetInt32()));
        Assert.Equal(JsonValueKind.Null, first.GetProperty("previous").ValueKind);
        Assert.Equal("C-4", first.GetProperty("next").GetProperty("id").GetString());
        Assert.Equal("C-2", last.GetProperty("previous").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, last.GetProperty("next").ValueKind);
        Assert.Equal("Renewed", first.GetProperty("interaction").GetProperty("outcome").GetProperty("name").GetString());
        Assert.Equal((1, 1), (alone.GetProperty("position").GetInt32(), alone.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Details_ReadWhatTheSourceKeepsOnDemand_ForTheOneInteractionOpened()
    {
        using HttpClient agent = await Agents.SignInAsync(host, "agent-a");
        string handle = await Agents.OpenAsync(agent);

        JsonElement timeline = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/timeline");
        JsonElement details = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/interactions/Memory/V-1");

        JsonElement visit = timeline.GetProperty("days").EnumerateArray().Last().GetProperty("interactions")[0];
        Assert.False(visit.TryGetProperty("webEvents", out _));
        Assert.Equal("shop.example.com/checkout", details.GetProperty("interaction").GetProperty("webEvents")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task AFailedInteraction_CarriesItsFailureDot_AndItsDateToo()
    {
        using HttpClient agent = await Agents.SignInAsync(host, "agent-a");
        string handle = await Agents.OpenAsync(agent);

        JsonElement timeline = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/timeline");

        JsonElement day = timeline.GetProperty("days")[0];
        Assert.True(day.GetProperty("hasFailure").GetBoolean());
        Assert.True(day.GetProperty("interactions")[0].GetProperty("indicator").GetProperty("failureDot").GetBoolean());
        Assert.False(timeline.GetProperty("days")[1].GetProperty("hasFailure").GetBoolean());
    }

    [Fact]
    public async Task ADeadSource_IsReportedInTheView_AndTheOthersAreShown()
    {
        using HttpClient agent = await Agents.SignInAsync(host, "agent-a");
        string handle = await Agents.OpenAsync(agent);

        JsonElement summary = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/summary");

        JsonElement[] sources = [.. summary.GetProperty("sources").EnumerateArray()];
        Assert.Equal(("Memory", "ok"), (sources[0].GetProperty("name").GetString(), sources[0].GetProperty("status").GetString()));
        Assert.Equal(("DataCloud", "failed"), (sources[1].GetProperty("name").GetString(), sources[1].GetProperty("status").GetString()));
        Assert.Equal(6, summary.GetProperty("facets").GetProperty("channels").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()));
        Assert.Contains("CMP-12", summary.GetProperty("otherCampaigns").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
    }

    private static string[] Dates(JsonElement timeline) => [.. timeline.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("date").GetString()!)];

    private static IEnumerable<JsonElement> Items(JsonElement timeline) => timeline.GetProperty("days").EnumerateArray().SelectMany(d => d.GetProperty("interactions").EnumerateArray());

    private static string[] Ids(JsonElement timeline) => [.. Items(timeline).Select(i => i.GetProperty("id").GetString()!)];
}
