using System.Text.Json.Nodes;
using CustomerJourney.Access;
using CustomerJourney.Client;
using CustomerJourney.Fixtures;
using CustomerJourney.Model;
using CustomerJourney.Query;

namespace CustomerJourney.Sources.GenesysCloud;

/// <summary>Names for the ids sessions carry (contract §8a): read once, cached across lookups, bounded; a failure shows the id.</summary>
public class GenesysCloudNameTests
{
    private const string Phone = "+353871234567";

    private static readonly DateTimeOffset s_now = DateTimeOffset.UtcNow;

    private static Task<JourneyResult> LookUp(GenesysHost host) =>
        host.Client.GetJourneyAsync(new JourneyQuery(LookupKey.Parse(Phone, "IE")) { Access = AccessContext.Unrestricted, Period = JourneyPeriod.LastMonths(1) });

    private static JsonObject Call(string id, int daysAgo, string queue, string user) =>
        GenesysSessions.Conversation(id, s_now.AddDays(-daysAgo), s_now.AddDays(-daysAgo).AddMinutes(4), queue: queue, user: user);

    [Fact]
    public async Task Names_AreReadOnce_AndKeptAcrossLookups()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();
        host.Api.Names["queue:q-billing"] = "Billing";
        host.Api.Names["user:u-aoife"] = "Aoife Kelly";
        host.Api.AddContact("c-maeve", ("Phone", Phone)).AddSessions("c-maeve", Call("s-1", 1, "q-billing", "u-aoife"), Call("s-2", 2, "q-billing", "u-aoife"), Call("s-3", 3, "q-billing", "u-aoife"));

        JourneyResult first = await LookUp(host);
        JourneyResult second = await LookUp(host);

        Assert.All(second.Items, i => Assert.Equal(new TransferHop("Billing", "Aoife Kelly"), Assert.Single(i.Interaction.Hops!)));
        Assert.Equal(first.Items.Select(i => i.Interaction.Hops![0]), second.Items.Select(i => i.Interaction.Hops![0]));
        Assert.Equal(1, host.Api.Count("/api/v2/routing/queues/q-billing"));
        Assert.Equal(1, host.Api.Count("/api/v2/users/u-aoife"));
    }

    [Fact]
    public async Task ConcurrentLookups_AskForANameOnce()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();
        host.Api.Names["queue:q-billing"] = "Billing";
        host.Api.AddContact("c-maeve", ("Phone", Phone)).AddSessions("c-maeve", Call("s-1", 1, "q-billing", "u-aoife"));
        host.Api.Intercept = async context =>
        {
            // A slow name, so that the lookups overlap while it is read.
            if (context.Request.Path.StartsWithSegments("/api/v2/routing/queues"))
            {
                await Task.Delay(200);
            }

            return false;
        };

        JourneyResult[] results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => LookUp(host)));

        Assert.All(results, r => Assert.Equal("Billing", Assert.Single(r.Items).Interaction.Hops![0].Queue));
        Assert.Equal(1, host.Api.Count("/api/v2/routing/queues/q-billing"));
    }

    [Fact]
    public async Task NameCache_IsBounded_NamesPastItsSizeAreReadAgain()
    {
        await using GenesysHost host = await GenesysHost.StartAsync(new Dictionary<string, string?> { ["CustomerJourney:GenesysCloud:NameCacheSize"] = "2" });
        for (int q = 0; q < 6; q++)
        {
            host.Api.Names[$"queue:q-{q}"] = $"Queue {q}";
        }

        host.Api.AddContact("c-maeve", ("Phone", Phone)).AddSessions("c-maeve", [.. Enumerable.Range(0, 6).Select(q => Call($"s-{q}", q + 1, $"q-{q}", "u-aoife"))]);

        JourneyResult first = await LookUp(host);
        JourneyResult second = await LookUp(host);

        Assert.Equal(Enumerable.Range(0, 6).Select(q => $"Queue {q}").Order(), second.Items.Select(i => i.Interaction.Hops![0].Queue).Order());
        Assert.Equal(first.TotalCount, second.TotalCount);
        // Six queues (and one agent) do not fit in two places: the second lookup reads most of them again.
        Assert.True(host.Api.Count("/api/v2/routing/queues/") >= 10, $"{host.Api.Count("/api/v2/routing/queues/")} queue reads");
    }

    [Fact]
    public async Task FailedName_ShowsTheId_WithAWarning_AndDoesNotFailTheJourney()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();
        host.Api.Names["user:u-aoife"] = "Aoife Kelly";
        host.Api.AddContact("c-maeve", ("Phone", Phone)).AddSessions("c-maeve", Call("s-1", 1, "q-secret", "u-aoife"));
        host.Api.Intercept = async context =>
        {
            if (!context.Request.Path.StartsWithSegments("/api/v2/routing/queues"))
            {
                return false;
            }

            await GenesysFake.ErrorAsync(context, 403, "missing.permissions");
            return true;
        };

        JourneyResult result = await LookUp(host);

        SourceStatus status = result.Sources[0];
        Assert.Equal(SourceState.Ok, status.State);
        Assert.Equal(new TransferHop("q-secret", "Aoife Kelly"), Assert.Single(result.Items).Interaction.Hops![0]);
        Assert.Equal(["1 queue name could not be read; their ids are shown."], status.Warnings);
    }

    [Fact]
    public async Task UnknownName_ShowsTheId_WithoutAWarning()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();
        host.Api.AddContact("c-maeve", ("Phone", Phone)).AddSessions("c-maeve", GenesysSessions.Conversation("s-1", s_now.AddDays(-1), s_now.AddDays(-1), user: "u-gone", wrapUp: "w-gone"));

        JourneyResult result = await LookUp(host);

        Interaction interaction = Assert.Single(result.Items).Interaction;
        Assert.Equal(("u-gone", "w-gone"), (interaction.AgentName, interaction.WrapUpCode));
        Assert.Empty(result.Sources[0].Warnings);
    }
}
