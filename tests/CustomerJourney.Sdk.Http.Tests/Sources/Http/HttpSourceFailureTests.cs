using System.Text;
using CustomerJourney.Client;
using CustomerJourney.Fixtures.Servers;
using CustomerJourney.Model;
using CustomerJourney.Query;
using Microsoft.AspNetCore.Http;

namespace CustomerJourney.Sources.Http;

/// <summary>How the HTTP sources fail, retry and give up, against real loopback servers. Each test keeps the other source healthy.</summary>
public class HttpSourceFailureTests
{
    private const string Phone = "+14155550100";

    private static async Task<HttpJourneyHost> BothSourcesWithData(IDictionary<string, string?>? settings = null)
    {
        HttpJourneyHost host = await HttpJourneyHost.StartAsync("CampaignManager,DataCloud", settings);
        host.CampaignManagerApi.Add(Phone, WireRecords.CampaignManager("CM-1", HttpJourneyHost.Ago(5)), WireRecords.CampaignManager("CM-2", HttpJourneyHost.Ago(2, 3), failure: true));
        host.DataCloudApi.Add(Phone, WireRecords.DataCloud("DC-1", HttpJourneyHost.Ago(2)), WireRecords.DataCloud("DC-2", HttpJourneyHost.Ago(1), channelType: "SMS", contactMode: "Mobile", channelDirection: "Outbound"));
        return host;
    }

    private static Task<JourneyResult> LookUp(HttpJourneyHost host) =>
        host.Client.GetJourneyAsync(new JourneyQuery(LookupKey.Parse(Phone, "US")) { Direction = CallDirection.Outbound });

    private static int InteractionRequests(LoopbackServer server) => server.Requests.Count(r => r.Path.EndsWith("interactions", StringComparison.Ordinal));

    [Fact]
    public async Task BothSources_MergeIntoOneTimeline()
    {
        await using HttpJourneyHost host = await BothSourcesWithData();

        JourneyResult result = await LookUp(host);

        Assert.Equal([SourceState.Ok, SourceState.Ok], result.Sources.Select(s => s.State));
        Assert.Equal(["CM-1", "DC-1", "CM-2", "DC-2"], result.Items.Select(i => i.Interaction.Id));
        Assert.Equal(result.Items.Select(i => i.Date).Distinct().Order(), result.Timeline.Days.Select(d => d.Date));
        Assert.Equal(4, result.Timeline.Days.Sum(d => d.Items.Count));
    }

    [Fact]
    public async Task Unauthorized_IsNotRetriedAndTheErrorNamesTheSource()
    {
        await using HttpJourneyHost host = await BothSourcesWithData();
        host.CampaignManager.Handler = context =>
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        };

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Failed, result.Sources[0].State);
        Assert.Equal("CampaignManager refused the credentials (HTTP 401).", result.Sources[0].Message);
        Assert.Equal(1, InteractionRequests(host.CampaignManager));
        Assert.Equal(["DC-1", "DC-2"], result.Items.Select(i => i.Interaction.Id));
    }

    [Fact]
    public async Task Forbidden_IsNotRetried()
    {
        await using HttpJourneyHost host = await BothSourcesWithData();
        host.DataCloud.Handler = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };

        JourneyResult result = await LookUp(host);

        Assert.Equal("DataCloud refused the credentials (HTTP 403).", result.Sources[1].Message);
        Assert.Equal(1, InteractionRequests(host.DataCloud));
    }

    [Fact]
    public async Task TooManyRequests_WaitsForRetryAfterThenSucceeds()
    {
        await using HttpJourneyHost host = await BothSourcesWithData();
        int calls = 0;
        DateTimeOffset? refusedAt = null;
        DateTimeOffset? retriedAt = null;
        RequestDelegate contract = host.DataCloudApi.Handle;
        host.DataCloud.Handler = context =>
        {
            if (context.Request.Path == "/v1/profiles/interactions" && Interlocked.Increment(ref calls) == 1)
            {
                refusedAt = DateTimeOffset.UtcNow;
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = "1";
                return Task.CompletedTask;
            }

            retriedAt ??= context.Request.Path == "/v1/profiles/interactions" ? DateTimeOffset.UtcNow : null;
            return contract(context);
        };

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Ok, result.Sources[1].State);
        Assert.Equal(2, calls);
        Assert.True(retriedAt - refusedAt >= TimeSpan.FromMilliseconds(900), $"retried after {(retriedAt - refusedAt)?.TotalMilliseconds} ms, before Retry-After");
        Assert.Equal(4, result.Items.Count);
    }

    [Fact]
    public async Task ServerError_TwiceThenSuccess_IsRetriedToSuccess()
    {
        await using HttpJourneyHost host = await BothSourcesWithData();
        int calls = 0;
        RequestDelegate contract = host.CampaignManagerApi.Handle;
        host.CampaignManager.Handler = context =>
        {
            if (context.Request.Path.Value!.EndsWith("interactions", StringComparison.Ordinal) && Interlocked.Increment(ref calls) <= 2)
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return Task.CompletedTask;
            }

            return contract(context);
        };

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Ok, result.Sources[0].State);
        Assert.Equal(3, calls);
        Assert.Equal(4, result.Items.Count);
    }

    [Fact]
    public async Task ServerError_EveryTime_FailsAfterTheRetries()
    {
        await using HttpJourneyHost host = await BothSourcesWithData();
        host.CampaignManager.Handler = context =>
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        };

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Failed, result.Sources[0].State);
        Assert.Equal("CampaignManager failed (HTTP 503) and retries did not get through.", result.Sources[0].Message);
        Assert.Equal(3, InteractionRequests(host.CampaignManager));
        Assert.Equal(2, result.Items.Count);
    }

    [Fact]
    public async Task ServerThatNeverAnswers_TimesOutWhileTheOtherSourcesDataComesBack()
    {
        await using HttpJourneyHost host = await BothSourcesWithData(new Dictionary<string, string?>
        {
            ["CustomerJourney:DataCloud:Timeout"] = "00:00:01",
            ["CustomerJourney:DataCloud:AttemptTimeout"] = "00:00:00.400",
        });
        host.DataCloud.Handler = async context => await Task.Delay(Timeout.Infinite, context.RequestAborted);

        JourneyResult result = await LookUp(host);

        Assert.Equal([SourceState.Ok, SourceState.TimedOut], result.Sources.Select(s => s.State));
        Assert.InRange(result.Sources[1].Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(3));
        Assert.Equal(["CM-1", "CM-2"], result.Items.Select(i => i.Interaction.Id));
    }

    [Fact]
    public async Task MalformedJson_FailsThatSourceAndLeavesTheOtherIntact()
    {
        await using HttpJourneyHost host = await BothSourcesWithData();
        host.DataCloud.Handler = async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"items\": [ {\"id\": \"DC-1\", \"callStartTime\": ");
        };

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Failed, result.Sources[1].State);
        Assert.StartsWith("DataCloud sent malformed JSON", result.Sources[1].Message, StringComparison.Ordinal);
        Assert.Equal(["CM-1", "CM-2"], result.Items.Select(i => i.Interaction.Id));
    }

    [Fact]
    public async Task ItemsOfTheWrongShape_FailThatSourceWithAClearMessage()
    {
        await using HttpJourneyHost host = await BothSourcesWithData();
        host.DataCloud.Handler = async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"items\": \"not a list\"}");
        };

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Failed, result.Sources[1].State);
        Assert.Contains("malformed JSON (at $.items", result.Sources[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task OversizedBody_IsRefused(bool withContentLength)
    {
        await using HttpJourneyHost host = await BothSourcesWithData(new Dictionary<string, string?> { ["CustomerJourney:CampaignManager:MaxResponseBytes"] = "4096" });
        host.CampaignManager.Handler = async context =>
        {
            byte[] body = Encoding.UTF8.GetBytes("{\"interactions\": [], \"padding\": \"" + new string('x', 64 * 1024) + "\"}");
            context.Response.ContentType = "application/json";
            if (withContentLength)
            {
                context.Response.ContentLength = body.Length;
            }

            await context.Response.Body.WriteAsync(body);
        };

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Failed, result.Sources[0].State);
        Assert.Equal("CampaignManager sent a response larger than the limit of 4096 bytes; it was refused.", result.Sources[0].Message);
        Assert.Equal(2, result.Items.Count);
    }

    [Fact]
    public async Task RepeatingPageToken_StopsWithAClearFailureInsteadOfLooping()
    {
        await using HttpJourneyHost host = await BothSourcesWithData();
        host.CampaignManager.Handler = context => ContractApi.Write(context, new System.Text.Json.Nodes.JsonObject
        {
            ["interactions"] = new System.Text.Json.Nodes.JsonArray(WireRecords.CampaignManager("CM-loop", HttpJourneyHost.Ago(3))),
            ["nextPageToken"] = "same-token",
        });

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Failed, result.Sources[0].State);
        Assert.Equal("CampaignManager repeated a page token after 2 pages; reading stopped instead of looping.", result.Sources[0].Message);
        Assert.Equal(2, InteractionRequests(host.CampaignManager));
    }

    [Fact]
    public async Task EndlessPages_StopAtThePageLimit()
    {
        await using HttpJourneyHost host = await BothSourcesWithData(new Dictionary<string, string?> { ["CustomerJourney:DataCloud:MaxPages"] = "5" });
        int page = 0;
        host.DataCloud.Handler = context => ContractApi.Write(context, new System.Text.Json.Nodes.JsonObject
        {
            ["items"] = new System.Text.Json.Nodes.JsonArray(),
            ["cursor"] = new System.Text.Json.Nodes.JsonObject { ["next"] = $"page-{Interlocked.Increment(ref page)}" },
        });

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Failed, result.Sources[1].State);
        Assert.Equal("DataCloud had more than 5 pages; reading stopped at the limit.", result.Sources[1].Message);
    }

    [Fact]
    public async Task Redirect_IsNotFollowedAndCredentialsNeverLeaveTheBaseAddress()
    {
        await using HttpJourneyHost host = await BothSourcesWithData();
        await using LoopbackServer elsewhere = await LoopbackServer.StartAsync(context => ContractApi.Write(context, new System.Text.Json.Nodes.JsonObject { ["items"] = new System.Text.Json.Nodes.JsonArray() }));
        host.DataCloud.Handler = context =>
        {
            context.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
            context.Response.Headers.Location = new Uri(elsewhere.BaseAddress, "v1/profiles/interactions").ToString();
            return Task.CompletedTask;
        };

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Failed, result.Sources[1].State);
        Assert.StartsWith("DataCloud answered a redirect (HTTP 307)", result.Sources[1].Message, StringComparison.Ordinal);
        Assert.Empty(elsewhere.Requests);
    }

    [Fact]
    public async Task UnreachableServer_FailsThatSourceOnly()
    {
        await using HttpJourneyHost host = await BothSourcesWithData();
        await host.DataCloud.DisposeAsync();

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Failed, result.Sources[1].State);
        Assert.StartsWith("DataCloud could not be reached", result.Sources[1].Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Items.Count);
    }
}
