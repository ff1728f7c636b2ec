using CustomerJourney.Access;
using CustomerJourney.Fixtures;
using CustomerJourney.Fixtures.Servers;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using CustomerJourney.Sources.DataCloud;
using Microsoft.Extensions.Time.Testing;

namespace CustomerJourney.Client;

/// <summary>
/// Personal data outside logs: statuses, <c>ToString()</c>, traces and metrics carry no key, search
/// text or secret. (Every test over <see cref="HttpJourneyHost"/> also scans all of these for the
/// host's canaries when it ends.)
/// </summary>
public class PersonalDataTests
{
    private const string Phone = "+14155550100";

    [Fact]
    public async Task CustomSourceMessages_QuotingTheKeyInAnyForm_AreShownWithTheKeyMasked()
    {
        LookupKey key = LookupKey.Parse(Phone, "US");
        var failing = ScriptedSource.Throwing("Tickets", new JourneySourceException("Tickets", "no ticket for (415) 555-0100, 1-415-555-0100, +1.415.555.0100, %2B14155550100 or 4155550100 (ask jane.DOE@Example.com)"));
        var warning = new ScriptedSource("Notes", (_, _) => Task.FromResult<IReadOnlyList<Interaction>>(new SourceInteractions([], ["skipped a note of 415 555 0100"])));
        var client = new JourneyClient([failing, warning], timeProvider: new FakeTimeProvider(JourneyResults.Now));

        JourneyResult result = await client.GetJourneyAsync(new JourneyQuery(key));

        string message = result.Sources[0].Message!;
        Assert.StartsWith("no ticket for +14*******00, +14*******00, +14*******00, +14*******00 or +14*******00 (ask j***@***.com)", message, StringComparison.Ordinal);
        Assert.Equal(["skipped a note of +14*******00"], result.Sources[1].Warnings);
    }

    [Fact]
    public async Task CustomSourceMessages_QuotingAnAddressOrWebId_AreShownMasked()
    {
        LookupKey email = LookupKey.ForEmail("dana.reyes@example.com");
        var failing = ScriptedSource.Throwing("Tickets", new JourneySourceException("Tickets", "nothing for DANA.REYES@EXAMPLE.COM nor dana.reyes%40example.com"));
        var client = new JourneyClient([failing], timeProvider: new FakeTimeProvider(JourneyResults.Now));

        JourneyResult result = await client.GetJourneyAsync(new JourneyQuery(email));

        Assert.Equal("nothing for D***@***.COM nor d***@***.com", result.Sources[0].Message);
    }

    [Fact]
    public void ToString_OfQueriesFiltersAndSourceQueries_CarriesNoKeyOrSearchText()
    {
        LookupKey key = LookupKey.Parse(Phone, "US");
        var query = new JourneyQuery(key) { Filter = new JourneyFilter { CampaignId = "CMP-7", Text = "ssn 078-05-1120" }, Access = AccessContext.ForDivisions(JourneyPermissions.All, "Retail") };

        string text = query + " " + query.Filter + " " + new SourceQuery(key, JourneyResults.Now.AddDays(-1), JourneyResults.Now);

        Assert.Contains("+14*******00", text, StringComparison.Ordinal);
        Assert.Contains("CMP-7", text, StringComparison.Ordinal);
        Assert.Contains("(15 characters)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("4155550100", text, StringComparison.Ordinal);
        Assert.DoesNotContain("078-05", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ssn", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_OfSourceOptions_CarriesNoCredentialOfTheBaseAddress()
    {
        var options = new DataCloudOptions { BaseAddress = new Uri("https://svc-user:hunter2@dc.example.com/api/?key=abc123#frag"), ApiKey = "dc-key-9f" };

        string text = options.ToString();

        Assert.Equal("DataCloud https://dc.example.com/api/ (API key set)", text);
    }

    [Fact]
    public async Task Traces_OfAnHttpLookup_NameTheUrlTemplateAndNeverTheUrl()
    {
        await using HttpJourneyHost host = await HttpJourneyHost.StartAsync();
        host.CampaignManagerApi.Add(Phone, WireRecords.CampaignManager("CM-1", HttpJourneyHost.Ago(5)));
        host.DataCloudApi.Add(Phone, WireRecords.DataCloud("DC-1", HttpJourneyHost.Ago(2)));

        JourneyResult result = await host.Client.GetJourneyAsync(new JourneyQuery(LookupKey.Parse(Phone, "US")) { Direction = CallDirection.Outbound });

        Assert.Equal(2, result.Items.Count);
        string seen = host.Scan.All();
        Assert.Contains("span CustomerJourney.Sdk GET api/v1/contacts/{phone}/interactions", seen, StringComparison.Ordinal);
        Assert.Contains("url.template=v1/profiles/interactions", seen, StringComparison.Ordinal);
        Assert.Contains("http.response.status_code=200", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("span System.Net.Http", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("url.full", seen, StringComparison.Ordinal);
        // The trace context still reaches the API.
        Assert.All(host.CampaignManager.Requests, r => Assert.True(r.Headers.ContainsKey("traceparent"), "no traceparent"));
    }

    [Fact]
    public async Task SearchText_NeverReachesLogsTracesMetricsStatusesOrExceptions()
    {
        const string Search = "canary-search-7731";
        await using HttpJourneyHost host = await HttpJourneyHost.StartAsync();
        host.CampaignManagerApi.Add(Phone, WireRecords.CampaignManager("CM-1", HttpJourneyHost.Ago(5), comments: "mentions canary-search-7731"));

        JourneyResult result = await host.Client.GetJourneyAsync(new JourneyQuery(LookupKey.Parse(Phone, "US")) { Filter = new JourneyFilter { Text = Search } });
        JourneyResult again = result.WithFilter(new JourneyFilter { Text = Search + " renewals" });

        Assert.Single(result.Items);
        Assert.Single(again.Items);
        Assert.True(host.Scan.Spans > 0, "tracing was on");
        host.Scan.Add(host.AllLogs());
        host.Scan.AssertFreeOf(Search);
    }
}
