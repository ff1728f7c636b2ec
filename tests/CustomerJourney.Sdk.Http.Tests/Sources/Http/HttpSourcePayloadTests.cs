using System.Text;
using CustomerJourney.Client;
using CustomerJourney.Fixtures.Servers;
using CustomerJourney.Model;
using CustomerJourney.Query;
using Microsoft.AspNetCore.Http;

namespace CustomerJourney.Sources.Http;

/// <summary>What an HTTP source does with bodies it did not expect: each bad record costs that record (a counted warning), never the page or the other source.</summary>
public class HttpSourcePayloadTests
{
    private const string Phone = "+14155550100";

    private static async Task<HttpJourneyHost> BothSources()
    {
        HttpJourneyHost host = await HttpJourneyHost.StartAsync("CampaignManager,DataCloud");
        host.CampaignManagerApi.Add(Phone, WireRecords.CampaignManager("CM-1", HttpJourneyHost.Ago(5)));
        host.DataCloudApi.Add(Phone, WireRecords.DataCloud("DC-1", HttpJourneyHost.Ago(2)));
        return host;
    }

    private static Task<JourneyResult> LookUp(HttpJourneyHost host) =>
        host.Client.GetJourneyAsync(new JourneyQuery(LookupKey.Parse(Phone, "US")) { Direction = CallDirection.Outbound });

    /// <summary>Answers the interactions request with these bytes, and everything else as the contract does.</summary>
    private static void Serve(LoopbackServer server, RequestDelegate contract, byte[] body) =>
        server.Handler = async context =>
        {
            if (!context.Request.Path.Value!.EndsWith("interactions", StringComparison.Ordinal))
            {
                await contract(context);
                return;
            }

            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(body);
        };

    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    private static byte[] DataCloudPage(params string[] items) =>
        Utf8("{\"items\": [" + string.Join(", ", items) + "], \"cursor\": {\"next\": null}}");

    private static string DataCloudItem(string id, string start, string extra = "") =>
        $$"""{"id": "{{id}}", "callStartTime": "{{start}}", "channelType": "Voice", "channelDirection": "Inbound"{{extra}}}""";

    [Fact]
    public async Task ByteOrderMark_BeforeAValidPage_IsReadLikeThePageWithoutIt()
    {
        await using HttpJourneyHost host = await BothSources();
        Serve(host.DataCloud, host.DataCloudApi.Handle, [0xEF, 0xBB, 0xBF, .. DataCloudPage(DataCloudItem("DC-7", HttpJourneyHost.Ago(1)))]);

        JourneyResult result = await LookUp(host);

        Assert.Equal([SourceState.Ok, SourceState.Ok], result.Sources.Select(s => s.State));
        Assert.Equal(["CM-1", "DC-7"], result.Items.Select(i => i.Interaction.Id));
    }

    [Fact]
    public async Task MistypedFields_CostOnlyTheirRecord_WithACountedWarning()
    {
        await using HttpJourneyHost host = await BothSources();
        string ago = HttpJourneyHost.Ago(1);
        Serve(host.CampaignManager, host.CampaignManagerApi.Handle, Utf8($$"""
            {"interactions": [
              {"interactionId": "CM-2", "dateTime": "{{ago}}", "mode": "Home"},
              {"interactionId": 12345, "dateTime": "{{ago}}"},
              {"interactionId": "CM-3", "dateTime": "{{ago}}", "previousScore": "abc"},
              {"interactionId": "CM-4", "dateTime": "{{ago}}", "campaign": "not an object"},
              {"interactionId": "CM-5", "dateTime": "{{ago}}", "currentScore": 99999999999999999999},
              {"interactionId": "CM-6", "dateTime": "{{ago}}", "previousScore": "41"}
            ]}
            """));

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Ok, result.Sources[0].State);
        Assert.Equal(["CM-2", "CM-6"], result.Items.Where(i => i.Interaction.Source == "CampaignManager").Select(i => i.Interaction.Id).Order());
        Assert.Equal(41, result.Items.Single(i => i.Interaction.Id == "CM-6").Interaction.PreviousScore);
        Assert.Equal(["4 records could not be read (a field of the wrong type, or text that is not valid Unicode) and were left out."], result.Sources[0].Warnings);
        Assert.Equal(SourceState.Ok, result.Sources[1].State);
    }

    [Fact]
    public async Task InvalidUnicode_InAField_CostsOnlyThatRecord()
    {
        await using HttpJourneyHost host = await BothSources();
        string ago = HttpJourneyHost.Ago(1);
        byte[] body =
        [
            .. Utf8($$"""{"items": [{{DataCloudItem("DC-2", ago, ", \"agentComments\": \"lone \\ud800 surrogate\"")}}, {{DataCloudItem("DC-3", ago, ", \"agentName\": \"")}}"""),
            0xED, 0xA0, 0x80, // a surrogate encoded as UTF-8: not valid UTF-8
            .. Utf8("\"}, " + DataCloudItem("DC-4", ago, ", \"agentComments\": \"Débito ✓\"") + "], \"cursor\": {\"next\": null}}"),
        ];
        Serve(host.DataCloud, host.DataCloudApi.Handle, body);

        JourneyResult result = await LookUp(host);

        Assert.Equal([SourceState.Ok, SourceState.Ok], result.Sources.Select(s => s.State));
        Assert.Equal(["CM-1", "DC-4"], result.Items.Select(i => i.Interaction.Id));
        Assert.Equal("Débito ✓", result.Items[1].Interaction.AgentComments);
        Assert.Equal(["2 records could not be read (a field of the wrong type, or text that is not valid Unicode) and were left out."], result.Sources[1].Warnings);
        Assert.Equal(["DC-4"], result.WithFilter(new JourneyFilter { Text = "debito" }).Items.Select(i => i.Interaction.Id));
    }

    [Theory]
    [InlineData("05/10/2026 09:15")] // a European server's 5 October, or 10 May?
    [InlineData("2026-10-05")] // a date without a time
    [InlineData("Mon, 05 Oct 2026 09:15:00 GMT")] // RFC 1123
    [InlineData("2026-10-05T09:15:00")] // no offset: whose 09:15?
    [InlineData("2026-10-05 09:15:00Z")] // a space for the T
    [InlineData("1760000000")] // a Unix time
    public async Task StartTimes_NotIso8601WithAnOffset_AreLeftOutWithAWarningNeverGuessed(string start)
    {
        await using HttpJourneyHost host = await BothSources();
        Serve(host.DataCloud, host.DataCloudApi.Handle, DataCloudPage(DataCloudItem("DC-2", start), DataCloudItem("DC-3", HttpJourneyHost.Ago(1))));

        JourneyResult result = await LookUp(host);

        Assert.Equal(["CM-1", "DC-3"], result.Items.Select(i => i.Interaction.Id));
        Assert.Equal(["1 record with a start time that is not ISO-8601 with an offset was left out."], result.Sources[1].Warnings);
    }

    [Theory]
    [InlineData("2026-10-05T09:15:00Z")]
    [InlineData("2026-10-05T09:15:00.1234567+05:30")]
    [InlineData("2026-10-05T09:15-03:00")]
    public async Task StartTimes_InIso8601WithAnOffset_AreReadExactly(string start)
    {
        await using HttpJourneyHost host = await BothSources();
        Serve(host.DataCloud, host.DataCloudApi.Handle, DataCloudPage(DataCloudItem("DC-2", start)));

        JourneyResult result = await host.Client.GetJourneyAsync(new JourneyQuery(LookupKey.Parse(Phone, "US")) { Period = JourneyPeriod.LastMonths(120) });

        Interaction read = result.Items.Single(i => i.Interaction.Id == "DC-2").Interaction;
        Assert.Equal(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture), read.Start);
        Assert.Equal(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture).Offset, read.Start.Offset);
        Assert.Empty(result.Sources[1].Warnings);
    }

    [Fact]
    public async Task EndTime_NotIso8601WithAnOffset_KeepsTheRecordWithoutAnEndAndSaysSo()
    {
        await using HttpJourneyHost host = await BothSources();
        Serve(host.DataCloud, host.DataCloudApi.Handle, DataCloudPage(DataCloudItem("DC-2", HttpJourneyHost.Ago(1), ", \"callEndTime\": \"05/10/2026 09:21\"")));

        JourneyResult result = await LookUp(host);

        Assert.Null(result.Items.Single(i => i.Interaction.Id == "DC-2").Interaction.End);
        Assert.Equal(["1 record with an end time that is not ISO-8601 with an offset is shown without an end."], result.Sources[1].Warnings);
    }
}

/// <summary>Measured alone: the allocation figure would otherwise count the other tests' work.</summary>
[CollectionDefinition(nameof(AllocationMeasurement), DisableParallelization = true)]
public sealed class AllocationMeasurement;

[Collection(nameof(AllocationMeasurement))]
public class HttpSourceStreamingTests
{
    [Fact]
    public async Task LargeBody_IsParsedAsItArrives_AllocatingLessThanItsSize()
    {
        const int Records = 8_000;
        await using HttpJourneyHost host = await HttpJourneyHost.StartAsync("DataCloud", new Dictionary<string, string?> { ["CustomerJourney:DataCloud:MaxResponseBytes"] = (64 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        string padding = new('x', 2_000); // an unknown member: skipped, never materialised
        var json = new StringBuilder("{\"items\": [");
        for (int i = 0; i < Records; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append(System.Globalization.CultureInfo.InvariantCulture, $$"""{"id": "DC-{{i}}", "callStartTime": "{{HttpJourneyHost.Ago(1)}}", "channelType": "Voice", "padding": "{{padding}}"}""");
        }

        byte[] body = Encoding.UTF8.GetBytes(json.Append("], \"cursor\": {\"next\": null}}").ToString());
        host.DataCloud.Handler = async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(body);
        };
        var query = new JourneyQuery(LookupKey.Parse("+14155550100", "US"));
        await host.Client.GetJourneyAsync(query); // warm: connections, JIT

        long before = GC.GetTotalAllocatedBytes(precise: true);
        JourneyResult result = await host.Client.GetJourneyAsync(query);
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.True(result.Sources[0].IsOk, result.Sources[0].Message);
        Assert.Equal(Records, result.TotalCount);
        Assert.True(body.Length > 16_000_000, $"the body is {body.Length} bytes");
        Assert.True(allocated < body.Length, $"reading a body of {body.Length:N0} bytes allocated {allocated:N0} bytes");
    }
}
