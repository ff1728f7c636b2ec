using System.Diagnostics;
using CustomerJourney.Access;
using CustomerJourney.Client;
using CustomerJourney.Fixtures;
using CustomerJourney.Model;
using CustomerJourney.Query;
using Microsoft.AspNetCore.Http;

namespace CustomerJourney.Sources.GenesysCloud;

/// <summary>Rate limits and failures (contract §7): 429 and Retry-After within the deadline, 5xx retried on GETs only, 4xx never, self-pacing.</summary>
public class GenesysCloudLimitTests
{
    private const string Phone = "+353871234567";
    private const string SessionsPath = "/api/v2/externalcontacts/contacts/c-maeve/journey/sessions";
    private const string LookupPath = "/api/v2/externalcontacts/identifierlookup/contacts";

    private static readonly DateTimeOffset s_now = DateTimeOffset.UtcNow;

    private static async Task<GenesysHost> StartAsync(Dictionary<string, string?>? settings = null)
    {
        GenesysHost host = await GenesysHost.StartAsync(settings);
        host.Api.AddContact("c-maeve", ("Phone", Phone)).AddSessions("c-maeve", GenesysSessions.Conversation("s-1", s_now.AddDays(-1), s_now.AddDays(-1).AddMinutes(2)));
        return host;
    }

    private static Task<JourneyResult> LookUp(GenesysHost host) =>
        host.Client.GetJourneyAsync(new JourneyQuery(LookupKey.Parse(Phone, "IE")) { Access = AccessContext.Unrestricted, Period = JourneyPeriod.LastMonths(1) });

    // Answers the first `times` requests to the path with this status, then lets the contract answer.
    private static Func<HttpContext, Task<bool>> FailFirst(string path, int times, int status, string? retryAfter = null)
    {
        int seen = 0;
        return async context =>
        {
            if (context.Request.Path.Value != path || Interlocked.Increment(ref seen) > times)
            {
                return false;
            }

            await GenesysFake.ErrorAsync(context, status, status == 429 ? "too.many.requests" : "internal.server.error", retryAfter);
            return true;
        };
    }

    [Fact]
    public async Task TooManyRequests_IsAskedAgainAfterRetryAfter_WhenThatFitsTheDeadline()
    {
        await using GenesysHost host = await StartAsync();
        host.Api.Intercept = FailFirst(SessionsPath, 1, 429, retryAfter: "1");

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Ok, result.Sources[0].State);
        Assert.Single(result.Items);
        DateTimeOffset[] asked = [.. host.Api.Requests.Where(r => r.Path == SessionsPath).Select(r => r.At)];
        Assert.Equal(2, asked.Length);
        Assert.True(asked[1] - asked[0] >= TimeSpan.FromSeconds(0.9), $"asked again after {(asked[1] - asked[0]).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task TooManyRequests_WithARetryAfterPastTheDeadline_FailsAtOnce_WithoutWaiting()
    {
        await using GenesysHost host = await StartAsync();
        host.Api.Intercept = FailFirst(SessionsPath, 1, 429, retryAfter: "120");
        var clock = Stopwatch.StartNew();

        JourneyResult result = await LookUp(host);

        SourceStatus status = result.Sources[0];
        Assert.Equal(SourceState.Failed, status.State);
        Assert.Equal("GenesysCloud is rate limited (HTTP 429), retry after 120 s: longer than the lookup can wait.", status.Message);
        Assert.Equal(1, host.Api.Count(SessionsPath));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"waited {clock.Elapsed}");
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task ServerError_OnAGet_IsRetriedWithBackoff(int status)
    {
        await using GenesysHost host = await StartAsync();
        host.Api.Intercept = FailFirst(SessionsPath, 2, status);

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Ok, result.Sources[0].State);
        Assert.Single(result.Items);
        Assert.Equal(3, host.Api.Count(SessionsPath));
    }

    [Fact]
    public async Task ServerError_OnThePostedLookup_IsNotRetried()
    {
        await using GenesysHost host = await StartAsync();
        host.Api.Intercept = FailFirst(LookupPath, 1, 500);

        JourneyResult result = await LookUp(host);

        SourceStatus status = result.Sources[0];
        Assert.Equal(SourceState.Failed, status.State);
        Assert.Equal("GenesysCloud failed (HTTP 500, api/v2/externalcontacts/identifierlookup/contacts) and retries did not get through.", status.Message);
        Assert.Equal(1, host.Api.Count(LookupPath));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(422)]
    public async Task ClientError_IsNeverRetried(int status)
    {
        await using GenesysHost host = await StartAsync();
        host.Api.Intercept = FailFirst(SessionsPath, 1, status);

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Failed, result.Sources[0].State);
        Assert.Equal($"GenesysCloud answered HTTP {status} (api/v2/externalcontacts/contacts/{{contactId}}/journey/sessions).", result.Sources[0].Message);
        Assert.Equal(1, host.Api.Count(SessionsPath));
    }

    [Fact]
    public async Task ManyLookupsAtOnce_ArePacedUnderTheRequestsPerMinuteLimit()
    {
        // 120 a minute: 24 may go at once, then one every 0.625 s. 16 lookups ask 32 requests.
        await using GenesysHost host = await StartAsync(new Dictionary<string, string?>
        {
            ["CustomerJourney:GenesysCloud:RequestsPerMinute"] = "120",
            ["CustomerJourney:GenesysCloud:Timeout"] = "00:00:30",
            ["CustomerJourney:GenesysCloud:AttemptTimeout"] = "00:00:10",
        });

        JourneyResult[] results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => LookUp(host)));

        Assert.All(results, r => Assert.Equal(SourceState.Ok, r.Sources[0].State));
        DateTimeOffset[] api = [.. host.Api.Requests.Where(r => r.Path.StartsWith("/api/", StringComparison.Ordinal)).Select(r => r.At).Order()];
        Assert.Equal(32, api.Length);
        // Unpaced, all 32 arrive within a fraction of a second; paced, the last 8 wait for the bucket to refill.
        TimeSpan spread = api[^1] - api[0];
        Assert.True(spread >= TimeSpan.FromSeconds(4), $"32 requests arrived within {spread.TotalMilliseconds} ms");
        for (int i = 24; i < api.Length; i++)
        {
            Assert.True(api[i] - api[0] >= TimeSpan.FromSeconds(0.625 * (i - 23) * 0.8), $"request {i + 1} arrived {(api[i] - api[0]).TotalMilliseconds} ms after the first");
        }
    }
}
