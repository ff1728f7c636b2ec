using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CustomerJourney.Fixtures;

namespace CustomerJourney.Endpoints;

/// <summary>Opening a lookup: whom in the body, a handle back, the sources asked once.</summary>
public class OpenLookupTests(WidgetHost host) : IClassFixture<WidgetHost>
{
    [Fact]
    public async Task Open_WithThePhoneInTheBody_AnswersAnOpaqueHandle_AndWhereItsTimelineIs()
    {
        using HttpClient agent = await Agents.SignInAsync(host, "agent-a");

        using HttpResponseMessage response = await agent.PostAsJsonAsync("/journey/lookups", new { phone = Journeys.Phone, direction = "inbound" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        string handle = body.RootElement.GetProperty("handle").GetString()!;
        Assert.Matches("^[A-Za-z0-9_-]{22}$", handle);
        Assert.DoesNotContain("555", handle, StringComparison.Ordinal);
        Assert.Equal($"/journey/lookups/{handle}/timeline", response.Headers.Location?.OriginalString);
        Assert.Equal(Journeys.TimeZone, body.RootElement.GetProperty("timeZone").GetString());
        Assert.Equal(Journeys.Now + TimeSpan.FromMinutes(15), body.RootElement.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_ByEmail_LooksUpTheAddress()
    {
        using HttpClient agent = await Agents.SignInAsync(host, "agent-a");

        using HttpResponseMessage response = await agent.PostAsJsonAsync("/journey/lookups", new { email = "Dana.Reyes@Example.com", direction = "outbound" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Open_LogsTheKeyMasked_AndNeverTheHandle()
    {
        using HttpClient agent = await Agents.SignInAsync(host, "agent-a");
        string handle = await Agents.OpenAsync(agent);

        string logged = string.Join('\n', host.Logs.GetSnapshot().Select(r => r.Message + " " + string.Join(' ', r.StructuredState?.Select(s => s.Value) ?? [])));

        Assert.Contains("Journey lookup opened for +14*******00", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("4155550100", logged, StringComparison.Ordinal);
        Assert.DoesNotContain(handle, logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryEndpoint_RequiresAnAuthenticatedUser()
    {
        using HttpClient anonymous = host.CreateClient();
        using HttpClient agent = await Agents.SignInAsync(host, "agent-a");
        string handle = await Agents.OpenAsync(agent);

        using HttpResponseMessage open = await anonymous.PostAsJsonAsync("/journey/lookups", new { phone = Journeys.Phone });
        Assert.Equal(HttpStatusCode.Unauthorized, open.StatusCode);
        foreach (string view in new[] { "timeline", "rows", "facets", "summary", "stream", "interactions/Memory/C-1" })
        {
            using HttpResponseMessage response = await anonymous.GetAsync($"/journey/lookups/{handle}/{view}");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        using HttpResponseMessage close = await anonymous.DeleteAsync($"/journey/lookups/{handle}");
        Assert.Equal(HttpStatusCode.Unauthorized, close.StatusCode);
    }

    [Fact]
    public async Task Close_EndsTheLookup_ItsHandleIsThenUnknown()
    {
        using HttpClient agent = await Agents.SignInAsync(host, "agent-a");
        string handle = await Agents.OpenAsync(agent);

        using HttpResponseMessage closed = await agent.DeleteAsync($"/journey/lookups/{handle}");
        using HttpResponseMessage after = await agent.GetAsync($"/journey/lookups/{handle}/timeline");

        Assert.Equal(HttpStatusCode.NoContent, closed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.Equal("unknown_handle", (await after.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesEveryEndpoint_WithItsFilters()
    {
        using HttpClient client = host.CreateClient();

        JsonElement document = await Agents.GetJsonAsync(client, "/openapi/v1.json");

        JsonElement paths = document.GetProperty("paths");
        Assert.True(paths.GetProperty("/journey/lookups").TryGetProperty("post", out JsonElement open));
        Assert.True(open.TryGetProperty("requestBody", out _));
        string[] timeline = [.. paths.GetProperty("/journey/lookups/{handle}/timeline").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!)];
        Assert.Equal(["handle", "period", "campaign", "channel", "search", "days", "before"], timeline);
        Assert.Contains("sort", paths.GetProperty("/journey/lookups/{handle}/rows").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        foreach (string path in new[] { "/journey/lookups/{handle}/facets", "/journey/lookups/{handle}/summary", "/journey/lookups/{handle}/interactions/{source}/{id}", "/journey/lookups/{handle}/stream" })
        {
            Assert.True(paths.GetProperty(path).TryGetProperty("get", out _), path);
        }

        Assert.True(paths.GetProperty("/journey/lookups/{handle}").TryGetProperty("delete", out _));
        Assert.False(paths.TryGetProperty("/dev/sign-in", out _));
    }
}
