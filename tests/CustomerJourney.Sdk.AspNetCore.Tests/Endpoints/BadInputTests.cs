using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CustomerJourney.Fixtures;

namespace CustomerJourney.Endpoints;

/// <summary>Every bad input answers problem details (RFC 7807) with its stable code, and never echoes what was looked up.</summary>
public class BadInputTests(WidgetHost host) : IClassFixture<WidgetHost>
{
    [Theory]
    [InlineData("""{ "phone": "555-CALL-NOW-PLEASE-0000000", "direction": "inbound" }""", "invalid_lookup_key")]
    [InlineData("""{ "email": "not-an-address", "direction": "inbound" }""", "invalid_lookup_key")]
    [InlineData("""{ "direction": "inbound" }""", "missing_lookup_key")]
    [InlineData("""{ "phone": "+1 415 555 0100", "email": "a@example.com" }""", "missing_lookup_key")]
    [InlineData("""{ "phone": "+1 415 555 0100", "direction": "sideways" }""", "invalid_direction")]
    [InlineData("""{ "phone": "+1 415 555 0100", "direction": "1" }""", "invalid_direction")]
    [InlineData("""{ "phone": "+1 415 555 01""", "invalid_body")]
    [InlineData("""[ "+1 415 555 0100" ]""", "invalid_body")]
    [InlineData("null", "invalid_body")]
    public async Task Open_WithABadBody_AnswersItsCode(string body, string code)
    {
        using HttpClient agent = await Agents.SignInAsync(host, "agent-a");

        using HttpResponseMessage response = await agent.PostAsync("/journey/lookups", new StringContent(body, Encoding.UTF8, "application/json"));

        string text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(code, JsonDocument.Parse(text).RootElement.GetProperty("code").GetString());
        Assert.DoesNotContain("555", text, StringComparison.Ordinal);
        Assert.DoesNotContain("not-an-address", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_FromAFormNotJson_IsRefused_UnsupportedMediaType()
    {
        using HttpClient agent = await Agents.SignInAsync(host, "agent-a");
        int asked = host.Counted.Asked;

        // What a cross-site form can send without a preflight.
        using HttpResponseMessage response = await agent.PostAsync("/journey/lookups", new StringContent("""{ "phone": "+1 415 555 0100" }""", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(0, host.Counted.Asked - asked);
    }

    [Fact]
    public async Task APeriodLongerThanFetched_ShowsWhatWasFetched()
    {
        using HttpClient agent = await Agents.SignInAsync(host, "agent-a");
        string handle = await Agents.OpenAsync(agent);

        JsonElement longer = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/summary?period=24");
        JsonElement fetched = await Agents.GetJsonAsync(agent, $"/journey/lookups/{handle}/summary");

        Assert.Equal(fetched.GetProperty("period").GetRawText(), longer.GetProperty("period").GetRawText());
    }

    [Theory]
    [InlineData("timeline?period=0", "invalid_period")]
    [InlineData("timeline?period=121", "invalid_period")]
    [InlineData("timeline?period=twelve", "invalid_period")]
    [InlineData("timeline?channel=fax", "invalid_channel")]
    [InlineData("timeline?channel=0", "invalid_channel")]
    [InlineData("timeline?channel=unknown", "invalid_channel")]
    [InlineData("timeline?days=0", "invalid_day_count")]
    [InlineData("timeline?days=367", "invalid_day_count")]
    [InlineData("timeline?before=15/11/2026", "invalid_date")]
    [InlineData("rows?sort=colour", "invalid_sort")]
    [InlineData("rows?sort=agentName&direction=sideways", "invalid_sort")]
    [InlineData("facets?channel=pigeon", "invalid_channel")]
    [InlineData("summary?period=-3", "invalid_period")]
    [InlineData("path?channel=fax", "invalid_channel")]
    [InlineData("path?period=0", "invalid_period")]
    [InlineData("interactions/Memory/C-1?period=x", "invalid_period")]
    public async Task AView_WithABadFilter_AnswersItsCode(string view, string code)
    {
        using HttpClient agent = await Agents.SignInAsync(host, "agent-a");
        string handle = await Agents.OpenAsync(agent);

        using HttpResponseMessage response = await agent.GetAsync($"/journey/lookups/{handle}/{view}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task ASearchTooLong_AnswersInvalidSearch()
    {
        using HttpClient agent = await Agents.SignInAsync(host, "agent-a");
        string handle = await Agents.OpenAsync(agent);

        using HttpResponseMessage response = await agent.GetAsync($"/journey/lookups/{handle}/timeline?search={new string('a', 201)}");

        Assert.Equal("invalid_search", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-handle")]
    [InlineData("..%2F..%2Fetc")]
    public async Task AnUnknownHandle_AnswersUnknownHandle(string handle)
    {
        using HttpClient agent = await Agents.SignInAsync(host, "agent-a");

        using HttpResponseMessage response = await agent.GetAsync($"/journey/lookups/{handle}/timeline");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("unknown_handle", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task AnUnknownInteraction_AnswersUnknownInteraction()
    {
        using HttpClient agent = await Agents.SignInAsync(host, "agent-a");
        string handle = await Agents.OpenAsync(agent);

        using HttpResponseMessage response = await agent.GetAsync($"/journey/lookups/{handle}/interactions/Memory/NOPE");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("unknown_interaction", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }
}
