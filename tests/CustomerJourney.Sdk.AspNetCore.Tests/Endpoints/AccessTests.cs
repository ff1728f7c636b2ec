using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using CustomerJourney.Access;
using CustomerJourney.AspNetCore;
using CustomerJourney.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerJourney.Endpoints;

/// <summary>Each agent sees their own divisions (R15), through their own handles only; nothing held for one is served to another.</summary>
public class AccessTests(WidgetHost host) : IClassFixture<WidgetHost>
{
    [Fact]
    public async Task AHandleOpenedByAgentA_IsForbiddenToAgentB_OnEveryEndpoint()
    {
        using HttpClient agentA = await Agents.SignInAsync(host, "agent-a");
        using HttpClient agentB = await Agents.SignInAsync(host, "agent-b");
        string handle = await Agents.OpenAsync(agentA);

        foreach (string view in new[] { "timeline", "rows", "facets", "summary", "path", "stream", "interactions/Memory/C-1", "interactions/Memory/C-4/recordings/0" })
        {
            using HttpResponseMessage response = await agentB.GetAsync($"/journey/lookups/{handle}/{view}");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            JsonElement problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("handle_forbidden", problem.GetProperty("code").GetString());
            Assert.DoesNotContain("Sales", problem.GetRawText(), StringComparison.Ordinal);
        }

        using HttpResponseMessage close = await agentB.DeleteAsync($"/journey/lookups/{handle}");
        Assert.Equal(HttpStatusCode.Forbidden, close.StatusCode);
        await Agents.GetJsonAsync(agentA, $"/journey/lookups/{handle}/timeline");
    }

    [Fact]
    public async Task TheSameCustomer_ForTwoAgents_ShowsEachOnlyTheirOwnDivisions()
    {
        using HttpClient agentA = await Agents.SignInAsync(host, "agent-a");
        using HttpClient agentB = await Agents.SignInAsync(host, "agent-b");
        string handleA = await Agents.OpenAsync(agentA);
        string handleB = await Agents.OpenAsync(agentB);

        JsonElement rowsA = await Agents.GetJsonAsync(agentA, $"/journey/lookups/{handleA}/rows");
        JsonElement rowsB = await Agents.GetJsonAsync(agentB, $"/journey/lookups/{handleB}/rows");
        JsonElement facetsB = await Agents.GetJsonAsync(agentB, $"/journey/lookups/{handleB}/facets");

        Assert.NotEqual(handleA, handleB);
        Assert.Equal(["C-6", "C-5", "C-1", "C-2", "C-4", "V-1"], Ids(rowsA));
        Assert.Equal(["C-7", "C-3", "C-4"], Ids(rowsB));
        Assert.DoesNotContain("Sales", rowsB.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Retail", rowsB.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(["CMP-9"], facetsB.GetProperty("campaigns").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        // Agent B holds no Scores permission: the predicted scores are not in the document at all.
        Assert.True(rowsA.TryGetProperty("predictedScores", out _));
        Assert.False(rowsB.TryGetProperty("predictedScores", out _));
    }

    [Fact]
    public async Task AnInteractionOfAnotherDivision_IsUnknownToTheAgent_NotForbidden()
    {
        using HttpClient agentB = await Agents.SignInAsync(host, "agent-b");
        string handle = await Agents.OpenAsync(agentB);

        using HttpResponseMessage response = await agentB.GetAsync($"/journey/lookups/{handle}/interactions/Memory/C-1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("unknown_interaction", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task TheAccessResolver_IsReplaceable()
    {
        using WidgetHost fresh = new();
        using WebApplicationFactory<Program> custom = fresh.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IJourneyAccessResolver, CollectionsOnly>()));
        using HttpClient agentA = await Agents.SignInAsync(custom, "agent-a");
        string handle = await Agents.OpenAsync(agentA);

        JsonElement rows = await Agents.GetJsonAsync(agentA, $"/journey/lookups/{handle}/rows");

        // The host's own resolver puts every agent in Collections alone, whatever their claims say.
        Assert.Equal(["C-7", "C-3", "C-4"], Ids(rows));
    }

    private static string[] Ids(JsonElement grid) => [.. grid.GetProperty("rows").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];

    private sealed class CollectionsOnly : IJourneyAccessResolver
    {
        public ValueTask<AccessContext> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
            ValueTask.FromResult(AccessContext.ForDivisions(JourneyPermissions.All, "Collections") with { SeesUndivided = true });
    }
}
