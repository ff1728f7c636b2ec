using System.Text.Json;
using CustomerJourney.Fixtures;

namespace CustomerJourney.Endpoints;

/// <summary>The OpenAPI document a host serves describes every journey endpoint: its name, summary, parameters and answers.</summary>
public class OpenApiTests(WidgetHost host) : IClassFixture<WidgetHost>
{
    [Fact]
    public async Task EveryJourneyEndpoint_IsDescribed_WithASummaryAndItsProblems()
    {
        JsonElement paths = (await DocumentAsync()).GetProperty("paths");

        JsonProperty[] journey = [.. paths.EnumerateObject().Where(p => p.Name.StartsWith("/journey/", StringComparison.Ordinal))];
        Assert.Equal(
            ["/journey/lookups", "/journey/lookups/{handle}", "/journey/lookups/{handle}/facets", "/journey/lookups/{handle}/interactions/{source}/{id}",
             "/journey/lookups/{handle}/interactions/{source}/{id}/recordings/{index}", "/journey/lookups/{handle}/path", "/journey/lookups/{handle}/rows",
             "/journey/lookups/{handle}/stream", "/journey/lookups/{handle}/summary", "/journey/lookups/{handle}/timeline"],
            journey.Select(p => p.Name).Order(StringComparer.Ordinal));
        foreach (JsonProperty path in journey)
        {
            foreach (JsonProperty operation in path.Value.EnumerateObject())
            {
                Assert.False(string.IsNullOrWhiteSpace(operation.Value.GetProperty("summary").GetString()), $"{operation.Name} {path.Name}");
                Assert.True(operation.Value.GetProperty("responses").EnumerateObject().Any(r => r.Name is "403" or "415"), $"{operation.Name} {path.Name} names no problem");
            }
        }
    }

    [Fact]
    public async Task ThePathEndpoint_TakesTheViewsFilters()
    {
        JsonElement operation = (await DocumentAsync()).GetProperty("paths").GetProperty("/journey/lookups/{handle}/path").GetProperty("get");

        Assert.Equal("GetJourneyPath", operation.GetProperty("operationId").GetString());
        Assert.Equal(["campaign", "channel", "handle", "period", "search"], Parameters(operation));
        Assert.Equal(["200", "400", "403", "404"], Responses(operation));
    }

    [Fact]
    public async Task TheRecordingEndpoint_IsARedirect_OrAProblem()
    {
        JsonElement operation = (await DocumentAsync()).GetProperty("paths").GetProperty("/journey/lookups/{handle}/interactions/{source}/{id}/recordings/{index}").GetProperty("get");

        Assert.Equal("PlayJourneyRecording", operation.GetProperty("operationId").GetString());
        Assert.Equal(["handle", "id", "index", "source"], Parameters(operation));
        Assert.Equal(["302", "403", "404", "502"], Responses(operation));
        Assert.Contains("never logged", operation.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> DocumentAsync()
    {
        using HttpClient client = host.CreateClient();
        return await Agents.GetJsonAsync(client, "/openapi/v1.json");
    }

    private static string[] Parameters(JsonElement operation) =>
        [.. operation.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).Order(StringComparer.Ordinal)];

    private static string[] Responses(JsonElement operation) =>
        [.. operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal)];
}
