using System.Text.Json.Nodes;
using CustomerJourney.Access;
using CustomerJourney.Client;
using CustomerJourney.Fixtures;
using CustomerJourney.Model;
using CustomerJourney.Query;

namespace CustomerJourney.Sources.GenesysCloud;

/// <summary>Finding the customer (contract §3.1) and reading their sessions (§4): keys, merge sets, cursor pages.</summary>
public class GenesysCloudLookupTests
{
    private static readonly DateTimeOffset s_now = DateTimeOffset.UtcNow;

    private static Task<JourneyResult> LookUp(GenesysHost host, LookupKey key, CallDirection direction = CallDirection.None) =>
        host.Client.GetJourneyAsync(new JourneyQuery(key) { Direction = direction, Access = AccessContext.Unrestricted, Period = JourneyPeriod.LastMonths(1) });

    private static JsonObject[] Calls(int count, int firstDayAgo = 1) =>
        [.. Enumerable.Range(0, count).Select(i => GenesysSessions.Conversation($"s-{i:000}", s_now.AddDays(-firstDayAgo).AddMinutes(-i * 7), s_now.AddDays(-firstDayAgo).AddMinutes((-i * 7) + 5)))];

    // The body is JSON: compared as values, since an encoder may escape '+' or '@'.
    private static void AssertIdentifier(string type, string value, string body)
    {
        JsonObject sent = Assert.IsType<JsonObject>(JsonNode.Parse(body));
        Assert.Equal(2, sent.Count);
        Assert.Equal(type, (string?)sent["type"]);
        Assert.Equal(value, (string?)sent["value"]);
    }

    [Fact]
    public async Task Phone_IsLookedUpAsE164_AndAnInboundCallIsServed_R3()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();
        host.Api.AddContact("c-maeve", ("Phone", "+353871234567")).AddSessions("c-maeve", Calls(2));

        JourneyResult result = await LookUp(host, LookupKey.Parse("087 123 4567", "IE"), CallDirection.Inbound);

        Assert.Equal(SourceState.Ok, result.Sources[0].State);
        Assert.Equal(2, result.TotalCount);
        AssertIdentifier("Phone", "+353871234567", Assert.Single(host.Api.LookupBodies));
    }

    [Fact]
    public async Task Email_IsLookedUpTrimmedAndLowerCase()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();
        host.Api.AddContact("c-maeve", ("Email", "maeve.byrne@example.ie")).AddSessions("c-maeve", Calls(1));

        JourneyResult result = await LookUp(host, LookupKey.Parse("  Maeve.Byrne@Example.IE ", "IE"));

        Assert.Single(result.Items);
        AssertIdentifier("Email", "maeve.byrne@example.ie", Assert.Single(host.Api.LookupBodies));
    }

    [Fact]
    public async Task WebVisitorId_IsLookedUpAsACookie()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();
        host.Api.AddContact("c-maeve", ("Cookie", "7c2e1f30a9b84d5c")).AddSessions("c-maeve", GenesysSessions.Web("w-1", s_now.AddHours(-3), ended: s_now.AddHours(-2)));

        JourneyResult result = await LookUp(host, LookupKey.ForWebId("7c2e1f30a9b84d5c"));

        Assert.Equal(Channel.WebVisit, Assert.Single(result.Items).Interaction.Channel);
        AssertIdentifier("Cookie", "7c2e1f30a9b84d5c", Assert.Single(host.Api.LookupBodies));
    }

    [Fact]
    public async Task UnknownCustomer_IsAnEmptyJourney_NotAFailure()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();

        JourneyResult result = await LookUp(host, LookupKey.Parse("+353 87 000 0000", "IE"));

        Assert.Equal(SourceState.Ok, result.Sources[0].State);
        Assert.Empty(result.Items);
        Assert.Equal(0, host.Api.Count("/api/v2/externalcontacts/contacts"));
    }

    [Fact]
    public async Task MergeSet_IsHonoured_TheMergedContactsSessionsComeToo()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();
        host.Api.AddContact("c-maeve", ("Phone", "+353871234567")).AddSessions("c-maeve", Calls(1));
        host.Api.AddSessions("c-maeve-old", GenesysSessions.Conversation("s-old", s_now.AddDays(-9), s_now.AddDays(-9).AddMinutes(4)));
        host.Api.MergeSets["c-maeve"] = ["c-maeve-old"];

        JourneyResult result = await LookUp(host, LookupKey.Parse("+353871234567", "IE"));

        Assert.Equal(["s-old", "s-000"], result.Items.Select(i => i.Interaction.Id));
        Assert.Contains(host.Api.Requests, r => r.Path.EndsWith("/journey/sessions", StringComparison.Ordinal) && r.Query.Contains("includeMerged=true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MergedContact_IsReadThroughTheHeadOfItsMergeTree()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();
        host.Api.AddContact("c-merged-away", ("Phone", "+353871234567"));
        host.Api.Contacts[("Phone", "+353871234567")]["canonicalContact"] = new JsonObject { ["id"] = "c-head" };
        host.Api.AddSessions("c-head", Calls(1));

        JourneyResult result = await LookUp(host, LookupKey.Parse("+353871234567", "IE"));

        Assert.Single(result.Items);
        Assert.Contains(host.Api.Requests, r => r.Path == "/api/v2/externalcontacts/contacts/c-head/journey/sessions");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Sessions_AreReadPageByPage_WithRelativeOrAbsoluteNextUri_AndSortedByStart(bool absolute)
    {
        await using GenesysHost host = await GenesysHost.StartAsync(new Dictionary<string, string?> { ["CustomerJourney:GenesysCloud:PageSize"] = "4" });
        host.Api.AbsoluteNextUri = absolute;
        host.Api.AddContact("c-maeve", ("Phone", "+353871234567")).AddSessions("c-maeve", [.. Calls(10).Reverse()]);

        JourneyResult result = await LookUp(host, LookupKey.Parse("+353871234567", "IE"));

        Assert.Equal(SourceState.Ok, result.Sources[0].State);
        Assert.Equal(10, result.TotalCount);
        Assert.Equal(3, host.Api.Count("/api/v2/externalcontacts/contacts/c-maeve/journey/sessions"));
        Assert.All(host.Api.Requests.Where(r => r.Path.EndsWith("/sessions", StringComparison.Ordinal)), r => Assert.Contains("pageSize=4", r.Query, StringComparison.Ordinal));
        Assert.Equal(result.Items.Select(i => i.Interaction.Start).Order(), result.Items.Select(i => i.Interaction.Start));
    }

    [Fact]
    public async Task RepeatedCursor_StopsWithAClearFailure_InsteadOfLooping()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();
        host.Api.AddContact("c-maeve", ("Phone", "+353871234567"));
        host.Api.Intercept = async context =>
        {
            if (!context.Request.Path.Value!.EndsWith("/sessions", StringComparison.Ordinal))
            {
                return false;
            }

            context.Response.ContentType = "application/json";
            await Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(context.Response, new JsonObject
            {
                ["entities"] = new JsonArray(GenesysSessions.Conversation(Guid.NewGuid().ToString(), s_now.AddDays(-1), s_now.AddDays(-1))),
                ["nextUri"] = "/api/v2/externalcontacts/contacts/c-maeve/journey/sessions?pageSize=200&after=same",
            }.ToJsonString());
            return true;
        };

        JourneyResult result = await LookUp(host, LookupKey.Parse("+353871234567", "IE"));

        Assert.Equal(SourceState.Failed, result.Sources[0].State);
        Assert.Equal("GenesysCloud repeated a page cursor after 2 pages; reading stopped instead of looping.", result.Sources[0].Message);
    }

    [Fact]
    public async Task EndlessPages_StopAtThePageLimit()
    {
        await using GenesysHost host = await GenesysHost.StartAsync(new Dictionary<string, string?> { ["CustomerJourney:GenesysCloud:PageSize"] = "1", ["CustomerJourney:GenesysCloud:MaxPages"] = "5" });
        host.Api.AddContact("c-maeve", ("Phone", "+353871234567")).AddSessions("c-maeve", Calls(8));

        JourneyResult result = await LookUp(host, LookupKey.Parse("+353871234567", "IE"));

        Assert.Equal(SourceState.Failed, result.Sources[0].State);
        Assert.Equal("GenesysCloud had more than 5 pages; reading stopped at the limit (MaxPages).", result.Sources[0].Message);
        Assert.Equal(5, host.Api.Count("/api/v2/externalcontacts/contacts/c-maeve/journey/sessions"));
    }

    [Fact]
    public async Task NextUriOnAnotherHost_IsNotFollowed_TheTokenStaysWithTheApi()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();
        await using GenesysFake elsewhere = await GenesysFake.StartAsync();
        host.Api.AddContact("c-maeve", ("Phone", "+353871234567"));
        host.Api.Intercept = async context =>
        {
            if (!context.Request.Path.Value!.EndsWith("/sessions", StringComparison.Ordinal))
            {
                return false;
            }

            context.Response.ContentType = "application/json";
            await Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(context.Response, new JsonObject
            {
                ["entities"] = new JsonArray(GenesysSessions.Conversation("s-1", s_now.AddDays(-1), s_now.AddDays(-1))),
                ["nextUri"] = new Uri(elsewhere.BaseAddress, "api/v2/externalcontacts/contacts/c-maeve/journey/sessions?after=x").ToString(),
            }.ToJsonString());
            return true;
        };

        JourneyResult result = await LookUp(host, LookupKey.Parse("+353871234567", "IE"));

        Assert.Equal(SourceState.Failed, result.Sources[0].State);
        Assert.Empty(elsewhere.Requests);
    }

    [Fact]
    public async Task HistoryLimit_ATwelveMonthLookup_IsAnsweredForTheSixtyDaysKept()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();
        host.Api.AddContact("c-maeve", ("Phone", "+353871234567")).AddSessions("c-maeve", Calls(1));

        JourneyResult result = await host.Client.GetJourneyAsync(new JourneyQuery(LookupKey.Parse("+353871234567", "IE")) { Access = AccessContext.Unrestricted, Period = JourneyPeriod.LastMonths(12) });

        SourceStatus status = result.Sources[0];
        Assert.Equal(SourceState.Ok, status.State);
        Assert.NotNull(status.AvailableFrom);
        Assert.InRange(status.AvailableFrom!.Value, result.AsOf.AddDays(-60).AddMinutes(-1), result.AsOf.AddDays(-60).AddMinutes(1));
        Assert.Contains(status.Warnings, w => w.StartsWith("GenesysCloud keeps 60 days of history", StringComparison.Ordinal));
        Assert.Single(result.Items);
    }
}
