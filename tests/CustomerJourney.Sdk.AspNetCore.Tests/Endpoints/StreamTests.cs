using System.Net;
using System.Text.Json;
using CustomerJourney.Fixtures;
using CustomerJourney.Model;

namespace CustomerJourney.Endpoints;

/// <summary>The live stream (Server-Sent Events from the SDK's watch): status changes as the clock moves, arrivals, and the views kept current by them.</summary>
public sealed class StreamTests : IDisposable
{
    // Each test moves the clock and pushes records: a host of its own.
    private readonly WidgetHost _host = new();

    [Fact]
    public async Task ALiveWebVisit_TurnsIdleThenInactive_AsTheClockMoves_AndTheViewsFollow()
    {
        using HttpClient agent = await Agents.SignInAsync(_host, "agent-a");
        string handle = await Agents.OpenAsync(agent);
        await using EventReader events = await EventReader.OpenAsync(agent, $"/journey/lookups/{handle}/stream");
        Assert.Equal("ready", (await events.NextAsync()).Name);

        _host.Clock.Advance(TimeSpan.FromSeconds(36));
        (string idleName, JsonElement idle) = await events.NextAsync();
        _host.Clock.Advance(TimeSpan.FromSeconds(15));
        (string inactiveName, JsonElement inactive) = await events.NextAsync();

        Assert.Equal(("status", "V-1", "idle"), (idleName, idle.GetProperty("id").GetString(), idle.GetProperty("liveStatus").GetString()));
        Assert.Equal(("status", "V-1", "inactive"), (inactiveName, inactive.GetProperty("id").GetString(), inactive.GetProperty("liveStatus").GetString()));
        JsonElement details = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/interactions/Memory/V-1");
        Assert.Equal("inactive", details.GetProperty("interaction").GetProperty("liveStatus").GetString());
    }

    [Fact]
    public async Task TheClockAlone_MovesTheStatusesOfTheViews_WithoutAStream()
    {
        using HttpClient agent = await Agents.SignInAsync(_host, "agent-a");
        string handle = await Agents.OpenAsync(agent);
        int asked = _host.Counted.Asked;

        _host.Clock.Advance(TimeSpan.FromSeconds(36));
        JsonElement idle = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/interactions/Memory/V-1");

        Assert.Equal("idle", idle.GetProperty("interaction").GetProperty("liveStatus").GetString());
        Assert.Equal(asked, _host.Counted.Asked);
    }

    [Fact]
    public async Task AnArrival_ReachesTheStream_AndTheTimeline()
    {
        using HttpClient agent = await Agents.SignInAsync(_host, "agent-a");
        string handle = await Agents.OpenAsync(agent);
        await using EventReader events = await EventReader.OpenAsync(agent, $"/journey/lookups/{handle}/stream");
        Assert.Equal("ready", (await events.NextAsync()).Name);

        var chat = new Interaction
        {
            Source = "Memory",
            Id = "W-9",
            Start = Journeys.Now.AddSeconds(20),
            LastActivity = Journeys.Now.AddSeconds(20),
            Channel = Channel.WebMessaging,
            Mode = ContactMode.Unknown,
            Direction = InteractionDirection.Inbound,
            Divisions = ["Retail"],
        };
        _host.Clock.Advance(TimeSpan.FromSeconds(20));
        _host.Memory.Add(Journeys.Key, chat);
        (string name, JsonElement added) = await events.NextAsync(e => e.Name != "status");

        Assert.Equal(("added", "W-9", "live", "2026-11-15"), (name, added.GetProperty("id").GetString(), added.GetProperty("liveStatus").GetString(), added.GetProperty("date").GetString()));
        Assert.Equal("webMessaging", added.GetProperty("interaction").GetProperty("channel").GetString());
        JsonElement timeline = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/timeline?channel=webMessaging");
        Assert.Equal(["W-9"], timeline.GetProperty("days").EnumerateArray().SelectMany(d => d.GetProperty("interactions").EnumerateArray()).Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task AnArrivalOfAnotherDivision_NeverReachesTheAgent()
    {
        using HttpClient agentB = await Agents.SignInAsync(_host, "agent-b");
        string handle = await Agents.OpenAsync(agentB);
        await using EventReader events = await EventReader.OpenAsync(agentB, $"/journey/lookups/{handle}/stream");
        Assert.Equal("ready", (await events.NextAsync()).Name);

        _host.Memory.Add(Journeys.Key, Journeys.LiveVisit() with { Id = "V-2", Divisions = ["Retail"] });
        _host.Memory.Add(Journeys.Key, Journeys.LiveVisit() with { Id = "V-3", Divisions = ["Collections"] });
        (_, JsonElement seen) = await events.NextAsync(e => e.Name == "added");

        Assert.Equal("V-3", seen.GetProperty("id").GetString());
    }

    [Fact]
    public async Task ClosingTheLookup_EndsItsStream()
    {
        using HttpClient agent = await Agents.SignInAsync(_host, "agent-a");
        string handle = await Agents.OpenAsync(agent);
        await using EventReader events = await EventReader.OpenAsync(agent, $"/journey/lookups/{handle}/stream");
        Assert.Equal("ready", (await events.NextAsync()).Name);

        using HttpResponseMessage closed = await agent.DeleteAsync($"/journey/lookups/{handle}");

        Assert.Equal(HttpStatusCode.NoContent, closed.StatusCode);
        Assert.True(await events.EndedAsync());
    }

    [Fact]
    public async Task AnUnusedLookup_ExpiresAfterItsIdleTimeout()
    {
        using HttpClient agent = await Agents.SignInAsync(_host, "agent-a");
        string handle = await Agents.OpenAsync(agent);

        _host.Clock.Advance(TimeSpan.FromMinutes(14));
        await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/summary");
        _host.Clock.Advance(TimeSpan.FromMinutes(14));
        await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/summary");
        _host.Clock.Advance(TimeSpan.FromMinutes(15));
        using HttpResponseMessage expired = await agent.GetAsync($"/journey/lookups/{handle}/summary");

        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
    }

    public void Dispose() => _host.Dispose();
}
