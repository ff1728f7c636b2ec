using CustomerJourney.Client;
using CustomerJourney.Fixtures.Servers;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources.DataCloud;

namespace CustomerJourney.Sources.Http;

/// <summary>
/// Personal data outside logs, over HTTP: traces, metrics, options' <c>ToString()</c> carry no key,
/// search text or secret. (Every test over <see cref="HttpJourneyHost"/> also scans all of these for
/// the host's canaries when it ends.)
/// </summary>
public class HttpSourcePrivacyTests
{
    private const string Phone = "+14155550100";

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
        Assert.Contains("span CustomerJourney.Sdk.Http GET api/v1/contacts/{phone}/interactions", seen, StringComparison.Ordinal);
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

    [Fact]
    public async Task Lookup_InADefaultHost_LogsOneInformationLine_TheSdksSummary()
    {
        await using HttpJourneyHost host = await HttpJourneyHost.StartAsync();
        host.CampaignManagerApi.Add(Phone, WireRecords.CampaignManager("CM-1", HttpJourneyHost.Ago(5)));
        host.DataCloudApi.Add(Phone, WireRecords.DataCloud("DC-1", HttpJourneyHost.Ago(2)));

        await host.Client.GetJourneyAsync(new JourneyQuery(LookupKey.Parse(Phone, "US")) { Direction = CallDirection.Outbound });

        var information = host.Logs.GetSnapshot().Where(r => r.Level >= Microsoft.Extensions.Logging.LogLevel.Information).ToList();
        Assert.Equal("CustomerJourney.Client.JourneyClient", Assert.Single(information).Category);
    }
}
