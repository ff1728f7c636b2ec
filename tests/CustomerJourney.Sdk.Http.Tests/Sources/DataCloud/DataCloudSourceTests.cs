using System.Text.Json.Nodes;
using CustomerJourney.Client;
using CustomerJourney.Fixtures.Servers;
using CustomerJourney.Indicators;
using CustomerJourney.Model;
using CustomerJourney.Query;

namespace CustomerJourney.Sources.DataCloud;

public class DataCloudSourceTests
{
    private const string Phone = "+14155550100";

    private static Task<JourneyResult> LookUp(HttpJourneyHost host, CallDirection direction = CallDirection.Inbound) =>
        host.Client.GetJourneyAsync(new JourneyQuery(LookupKey.Parse("+1 415-555-0100", "US")) { Direction = direction });

    [Fact]
    public async Task AllPages_AreFollowedInWhateverOrderTheyCome()
    {
        await using HttpJourneyHost host = await HttpJourneyHost.StartAsync("DataCloud", new Dictionary<string, string?> { ["CustomerJourney:DataCloud:PageSize"] = "2" });
        host.DataCloudApi.Add(Phone, [.. Enumerable.Range(1, 7).Select(i => WireRecords.DataCloud($"DC-{i}", HttpJourneyHost.Ago(i)))]);

        JourneyResult result = await LookUp(host);

        Assert.Equal(Enumerable.Range(1, 7).Reverse().Select(i => $"DC-{i}"), result.Items.Select(i => i.Interaction.Id));
        RecordedRequest[] pages = [.. host.DataCloud.Requests.Where(r => r.Path == "/v1/profiles/interactions")];
        Assert.Equal(4, pages.Length);
        Assert.All(pages.Skip(1), p => Assert.Contains("cursor=", p.Query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Request_FollowsTheContract()
    {
        await using HttpJourneyHost host = await HttpJourneyHost.StartAsync("DataCloud");

        JourneyResult result = await LookUp(host);

        RecordedRequest request = host.DataCloud.Requests.First(r => r.Path == "/v1/profiles/interactions");
        Assert.Contains("phone=%2B14155550100", request.Query, StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(request.Query);
        Assert.Equal(result.Period.From, DateTimeOffset.Parse(query["start"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(result.Period.To, DateTimeOffset.Parse(query["end"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("200", query["limit"]);
        Assert.Equal(HttpJourneyHost.ApiKey, request.Headers["x-api-key"]);
        Assert.False(request.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task Record_MapsEveryDetailFieldOfR12()
    {
        await using HttpJourneyHost host = await HttpJourneyHost.StartAsync("DataCloud");
        host.DataCloudApi.Add(Phone, WireRecords.DataCloud("DC-9f2c", HttpJourneyHost.Ago(3), HttpJourneyHost.Ago(3, 0.1), "Voice", "Inbound", "Success", "Home"));

        JourneyResult result = await LookUp(host);

        JourneyItem item = Assert.Single(result.Items);
        Interaction interaction = item.Interaction;
        Assert.Equal(("DataCloud", "DC-9f2c"), (interaction.Source, interaction.Id));
        Assert.Equal(TimeSpan.FromHours(0.1), interaction.End - interaction.Start);
        Assert.Equal((Channel.Voice, InteractionDirection.Inbound, ContactMode.Home), (interaction.Channel, interaction.Direction, interaction.Mode));
        Assert.Equal(new Outcome("Sale", "Sale", OutcomeKind.Success), interaction.Outcome);
        Assert.Equal(("+14155550100", "Chloé Martin", "Upgraded to the family plan"), (interaction.PhoneNumber, interaction.AgentName, interaction.AgentComments));
        Assert.Null(interaction.Campaign);
        Assert.Equal(new Indicator(InteractionIcon.Call, IndicatorColor.Green, DirectionArrow.Inbound, false), item.Indicator);
    }

    [Fact]
    public async Task UnknownMembersAndValues_AreIgnoredOrMappedToUnknown()
    {
        await using HttpJourneyHost host = await HttpJourneyHost.StartAsync("DataCloud");
        JsonObject record = WireRecords.DataCloud("DC-1", HttpJourneyHost.Ago(2), channelType: "Carrier Pigeon", channelDirection: "Sideways", outcomeType: "Escalated", contactMode: "Satellite");
        record["journeyStage"] = "consideration";
        record["tags"] = new JsonArray(1, 2, 3);
        host.DataCloudApi.Add(Phone, record, WireRecords.DataCloud("DC-2", HttpJourneyHost.Ago(1), channelType: "sms", channelDirection: "OUTBOUND", outcomeType: "failure", contactMode: null));

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Ok, result.Sources[0].State);
        Interaction odd = result.Items[0].Interaction;
        Assert.Equal((Channel.Unknown, InteractionDirection.Unknown, OutcomeKind.Unknown, ContactMode.Unknown), (odd.Channel, odd.Direction, odd.Outcome!.Kind, odd.Mode));
        Assert.Equal(InteractionIcon.Other, result.Items[0].Indicator.Icon);
        Interaction sms = result.Items[1].Interaction;
        Assert.Equal((Channel.Sms, InteractionDirection.Outbound, OutcomeKind.Failure), (sms.Channel, sms.Direction, sms.Outcome!.Kind));
        Assert.True(result.Timeline.Days[^1].HasFailure);
    }

    [Fact]
    public async Task InProgressInteraction_HasNoEnd()
    {
        await using HttpJourneyHost host = await HttpJourneyHost.StartAsync("DataCloud");
        host.DataCloudApi.Add(Phone, WireRecords.DataCloud("DC-live", HttpJourneyHost.Ago(0, -0.5), end: null));

        JourneyResult result = await LookUp(host);

        Assert.Null(Assert.Single(result.Items).Interaction.End);
    }

    [Fact]
    public async Task UnknownProfile_IsAnEmptyJourneyNotAnError()
    {
        await using HttpJourneyHost host = await HttpJourneyHost.StartAsync("DataCloud");

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Ok, result.Sources[0].State);
        Assert.Empty(result.Items);
    }

    [Fact]
    public async Task EmailKey_IsSentAsTheEmailParameter()
    {
        await using HttpJourneyHost host = await HttpJourneyHost.StartAsync("DataCloud");
        host.DataCloudApi.Add("dana.reyes@example.com", WireRecords.DataCloud("DC-mail", HttpJourneyHost.Ago(4), channelType: "Email", contactMode: "Email"));

        JourneyResult result = await host.Client.GetJourneyAsync(new JourneyQuery(LookupKey.ForEmail("Dana.Reyes@Example.com")));

        Assert.Equal(["DC-mail"], result.Items.Select(i => i.Interaction.Id));
        Assert.Contains("email=dana.reyes%40example.com", host.DataCloud.Requests.First().Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R2_CampaignListings_ComeBackAsOtherCampaigns()
    {
        await using HttpJourneyHost host = await HttpJourneyHost.StartAsync("DataCloud");
        host.DataCloudApi.List(Phone, ("CMP-7", "Winter Renewals"), ("CMP-9", "Débito Automático"));

        JourneyResult result = await LookUp(host, CallDirection.ManualOutbound);

        Assert.Equal(["CMP-7", "CMP-9"], result.OtherCampaigns.Select(c => c.Id));
        Assert.Contains(host.DataCloud.Requests, r => r.Path == "/v1/profiles/campaigns" && r.Query.Contains("phone=%2B14155550100", StringComparison.Ordinal));
    }
}
