using System.Diagnostics;
using System.Globalization;
using CustomerJourney.Client;
using CustomerJourney.Fixtures.Servers;
using CustomerJourney.Model;
using CustomerJourney.Query;
using Microsoft.AspNetCore.Http;

namespace CustomerJourney.Sources.Http;

/// <summary>Waits the lookup cannot afford, connections lost mid-body, and a source that keeps failing.</summary>
public class HttpSourceResilienceTests
{
    private const string Phone = "+14155550100";

    private static async Task<HttpJourneyHost> BothSources(IDictionary<string, string?>? settings = null)
    {
        HttpJourneyHost host = await HttpJourneyHost.StartAsync("CampaignManager,DataCloud", settings);
        host.CampaignManagerApi.Add(Phone, WireRecords.CampaignManager("CM-1", HttpJourneyHost.Ago(5)), WireRecords.CampaignManager("CM-2", HttpJourneyHost.Ago(3)));
        host.DataCloudApi.Add(Phone, WireRecords.DataCloud("DC-1", HttpJourneyHost.Ago(2)));
        return host;
    }

    private static Task<JourneyResult> LookUp(HttpJourneyHost host) =>
        host.Client.GetJourneyAsync(new JourneyQuery(LookupKey.Parse(Phone, "US")) { Direction = CallDirection.Outbound });

    private static bool IsInteractions(HttpContext context) => context.Request.Path.Value!.EndsWith("interactions", StringComparison.Ordinal);

    private static int InteractionRequests(LoopbackServer server) => server.Requests.Count(r => r.Path.EndsWith("interactions", StringComparison.Ordinal));

    public static TheoryData<int, string, string> WaitsBeyondTheDeadline => new()
    {
        { StatusCodes.Status429TooManyRequests, "3600", "CampaignManager is rate limited (HTTP 429), retry after 3600 s: longer than the lookup can wait." },
        { StatusCodes.Status503ServiceUnavailable, "3600", "CampaignManager is unavailable (HTTP 503), retry after 3600 s: longer than the lookup can wait." },
        { StatusCodes.Status429TooManyRequests, "tomorrow", "CampaignManager is rate limited (HTTP 429), retry after 8640" },
    };

    [Theory]
    [MemberData(nameof(WaitsBeyondTheDeadline))]
    public async Task RetryAfter_LongerThanTheTimeLeft_FailsAtOnceSayingWhen(int status, string retryAfter, string message)
    {
        await using HttpJourneyHost host = await BothSources();
        host.CampaignManager.Handler = context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.RetryAfter = retryAfter == "tomorrow"
                ? DateTimeOffset.UtcNow.AddDays(1).ToString("R", CultureInfo.InvariantCulture)
                : retryAfter;
            return Task.CompletedTask;
        };
        var watch = Stopwatch.StartNew();

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Failed, result.Sources[0].State);
        Assert.StartsWith(message, result.Sources[0].Message, StringComparison.Ordinal);
        Assert.Equal(1, InteractionRequests(host.CampaignManager));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"the lookup took {watch.Elapsed.TotalSeconds:0.0} s; its deadline is 4 s");
        Assert.Equal(["DC-1"], result.Items.Select(i => i.Interaction.Id));
    }

    [Fact]
    public async Task ConnectionReset_InTheMiddleOfABody_IsRetriedLikeOneBeforeTheHeaders()
    {
        await using HttpJourneyHost host = await BothSources();
        int calls = 0;
        RequestDelegate contract = host.CampaignManagerApi.Handle;
        host.CampaignManager.Handler = async context =>
        {
            if (IsInteractions(context) && Interlocked.Increment(ref calls) <= 2)
            {
                await ResetMidBody(context);
                return;
            }

            await contract(context);
        };

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Ok, result.Sources[0].State);
        Assert.Equal(3, calls);
        Assert.Equal(["CM-1", "CM-2", "DC-1"], result.Items.Select(i => i.Interaction.Id));
    }

    [Fact]
    public async Task ConnectionReset_InTheMiddleOfEveryBody_IsReportedAsConnectionLost()
    {
        await using HttpJourneyHost host = await BothSources();
        host.CampaignManager.Handler = context => IsInteractions(context) ? ResetMidBody(context) : host.CampaignManagerApi.Handle(context);

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Failed, result.Sources[0].State);
        Assert.Equal("CampaignManager lost the connection (connection lost), and retries did not get through.", result.Sources[0].Message);
        Assert.Equal(3, InteractionRequests(host.CampaignManager));
        Assert.Equal(["DC-1"], result.Items.Select(i => i.Interaction.Id));
    }

    [Fact]
    public async Task FailingSource_OpensItsCircuit_ThenOneTrialClosesItAgain()
    {
        await using HttpJourneyHost host = await BothSources(new Dictionary<string, string?>
        {
            ["CustomerJourney:CampaignManager:MaxRetries"] = "0",
            ["CustomerJourney:CampaignManager:CircuitMinimumThroughput"] = "4",
            ["CustomerJourney:CampaignManager:CircuitFailureRatio"] = "0.5",
            ["CustomerJourney:CampaignManager:CircuitBreakDuration"] = "00:00:02",
        });
        bool failing = true;
        RequestDelegate contract = host.CampaignManagerApi.Handle;
        host.CampaignManager.Handler = context =>
        {
            if (failing)
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return Task.CompletedTask;
            }

            return contract(context);
        };

        // Closed: every lookup asks (interactions and listings), every one fails.
        JourneyResult first = await LookUp(host);
        JourneyResult second = await LookUp(host);
        Assert.All(new[] { first, second }, r => Assert.Equal("CampaignManager failed (HTTP 500) and retries did not get through.", r.Sources[0].Message));
        int asked = host.CampaignManager.Requests.Count;

        // Open: asked no more, "unavailable" at once, the other source intact.
        JourneyResult[] open = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => LookUp(host)));
        Assert.Equal(asked, host.CampaignManager.Requests.Count);
        Assert.All(open, r =>
        {
            Assert.Equal(SourceState.Failed, r.Sources[0].State);
            Assert.StartsWith("CampaignManager is unavailable: it failed repeatedly, so it is not asked again for ", r.Sources[0].Message, StringComparison.Ordinal);
            Assert.EndsWith("(circuit open).", r.Sources[0].Message, StringComparison.Ordinal);
            Assert.Equal(["DC-1"], r.Items.Select(i => i.Interaction.Id));
        });

        // Half-open after the break: one trial that fails opens it again.
        await Task.Delay(TimeSpan.FromSeconds(2.3));
        await LookUp(host);
        Assert.Equal(asked + 1, host.CampaignManager.Requests.Count);
        Assert.StartsWith("CampaignManager is unavailable", (await LookUp(host)).Sources[0].Message, StringComparison.Ordinal);
        Assert.Equal(asked + 1, host.CampaignManager.Requests.Count);

        // The source recovers: after the next break, the trial succeeds and the circuit closes.
        failing = false;
        await Task.Delay(TimeSpan.FromSeconds(2.3));
        await LookUp(host);
        JourneyResult closed = await LookUp(host);
        Assert.Equal(SourceState.Ok, closed.Sources[0].State);
        Assert.Equal(["CM-1", "CM-2", "DC-1"], closed.Items.Select(i => i.Interaction.Id));
        Assert.True(host.CampaignManager.Requests.Count >= asked + 4, "the closed circuit lets every request through");
    }

    [Fact]
    public async Task TimedOutSource_StopsReadingItsResponse_TheServerSeesTheRequestAborted()
    {
        await using HttpJourneyHost host = await BothSources(new Dictionary<string, string?> { ["CustomerJourney:DataCloud:Timeout"] = "00:00:01", ["CustomerJourney:DataCloud:AttemptTimeout"] = "00:00:00.500" });
        var aborted = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        var sending = Stopwatch.StartNew();
        host.DataCloud.Handler = async context =>
        {
            if (!IsInteractions(context))
            {
                await host.DataCloudApi.Handle(context);
                return;
            }

            // Headers at once, then a body that trickles on for as long as anyone reads it.
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"items\": [", context.RequestAborted);
            try
            {
                while (true)
                {
                    await Task.Delay(50, context.RequestAborted);
                    await context.Response.WriteAsync(" ", context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
                aborted.TrySetResult(sending.Elapsed);
            }
        };

        JourneyResult result = await LookUp(host);
        TimeSpan returned = sending.Elapsed;

        Assert.Equal(SourceState.TimedOut, result.Sources[1].State);
        TimeSpan abortedAt = await aborted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(abortedAt - returned < TimeSpan.FromSeconds(2), $"the response was still read {(abortedAt - returned).TotalSeconds:0.0} s after the lookup returned");
    }

    // Headers and half a body, then the connection is dropped.
    private static async Task ResetMidBody(HttpContext context)
    {
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = 10_000;
        await context.Response.WriteAsync("{\"interactions\": [{\"interactionId\": \"CM-9\", ");
        await context.Response.Body.FlushAsync();
        context.Abort();
    }
}
