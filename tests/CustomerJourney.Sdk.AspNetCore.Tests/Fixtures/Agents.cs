using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CustomerJourney.Fixtures;

/// <summary>HTTP clients signed in as the sample's demo agents, through its real development sign-in (a cookie).</summary>
internal static class Agents
{
    /// <summary>Agent A (Sales, Retail) holds every permission, recordings and surveys included.</summary>
    public const string WithRecordingsAndSurveys = "agent-a";

    /// <summary>Agent B (Collections) holds neither the <c>recordings</c> nor the <c>surveys</c> claim (nor <c>scores</c>).</summary>
    public const string WithoutRecordingsOrSurveys = "agent-b";

    public static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> host, string agent)
    {
        HttpClient client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using HttpResponseMessage signedIn = await client.GetAsync($"/dev/sign-in?agent={agent}");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    /// <summary>Opens a lookup of <see cref="Journeys.Phone"/> and returns its handle.</summary>
    public static async Task<string> OpenAsync(HttpClient client, string phone = Journeys.Phone, string direction = "inbound")
    {
        using HttpResponseMessage response = await client.PostAsJsonAsync("/journey/lookups", new { phone, direction });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("handle").GetString()!;
    }

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using HttpResponseMessage response = await client.GetAsync(path);
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
