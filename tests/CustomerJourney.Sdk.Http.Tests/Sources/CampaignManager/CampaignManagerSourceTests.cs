using System.Text.Json.Nodes;
using CustomerJourney.Client;
using CustomerJourney.Fixtures.Servers;
using CustomerJourney.Model;
using CustomerJourney.Query;

namespace CustomerJourney.Sources.CampaignManager;

public class CampaignManagerSourceTests
{
    private const string Phone = "+14155550100";

    private static Task<JourneyResult> LookUp(HttpJourneyHost host, CallDirection direction = CallDirection.Outbound) =>
        host.Client.GetJourneyAsync(new JourneyQuery(LookupKey.Parse("(415) 555-0100", "US")) { Direction = direction });

    [Fact]
    public async Task AllPages_AreFollowedAndNothingIsLost()
    {
        await using HttpJourneyHost host = await HttpJourneyHost.StartAsync("CampaignManager", new Dictionary<string, string?> { ["CustomerJourney:CampaignManager:PageSize"] = "3" });
        host.CampaignManagerApi.Add(Phone, [.. Enumerable.Range(1, 10).Select(i => WireRecords.CampaignManager($"CM-{i}", HttpJourneyHost.Ago(i * 7)))]);

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Ok, result.Sources[0].State);
        Assert.Equal(Enumerable.Range(1, 10).Reverse().Select(i => $"CM-{i}"), result.Items.Select(i => i.Interaction.Id));
        Assert.Equal(4, host.CampaignManager.Requests.Count(r => r.Path.EndsWith("/interactions", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Request_FollowsTheContract()
    {
        await using HttpJourneyHost host = await HttpJourneyHost.StartAsync("CampaignManager");
        host.CampaignManagerApi.Add(Phone, WireRecords.CampaignManager("CM-1", HttpJourneyHost.Ago(3)));

        JourneyResult result = await LookUp(host);

        RecordedRequest request = host.CampaignManager.Requests.First(r => r.Path.EndsWith("/interactions", StringComparison.Ordinal));
        Assert.StartsWith("/api/v1/contacts/%2B14155550100/interactions?", request.RawTarget, StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(request.Query);
        Assert.Equal(result.Period.From, DateTimeOffset.Parse(query["from"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(result.Period.To, DateTimeOffset.Parse(query["to"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("100", query["pageSize"]);
        Assert.Null(query["pageToken"]);
        Assert.Equal($"Bearer {HttpJourneyHost.Token}", request.Headers["Authorization"]);
        Assert.Equal("application/json", request.Headers["Accept"]);
    }

    [Fact]
    public async Task Record_MapsEveryDetailFieldOfR12()
    {
        await using HttpJourneyHost host = await HttpJourneyHost.StartAsync("CampaignManager");
        host.CampaignManagerApi.Add(Phone, WireRecords.CampaignManager("CM-000123", "2026-10-01T09:15:00+01:00", "Mobile", failure: true));
        host.CampaignManagerApi.List(Phone, ("CMP-7", "Winter Renewals"), ("CMP-3", "Spring Offers"));

        JourneyResult result = await host.Client.GetJourneyAsync(new JourneyQuery(LookupKey.Parse(Phone, "US")) { Period = JourneyPeriod.LastMonths(120), CurrentCampaignId = "CMP-7" });

        Interaction interaction = Assert.Single(result.Items).Interaction;
        Assert.Equal("CampaignManager", interaction.Source);
        Assert.Equal("CM-000123", interaction.Id);
        Assert.Equal(DateTimeOffset.Parse("2026-10-01T08:15:00Z", System.Globalization.CultureInfo.InvariantCulture), interaction.Start);
        Assert.Null(interaction.End);
        Assert.Equal(new Campaign("CMP-7", "Winter Renewals"), interaction.Campaign);
        Assert.Equal(ContactMode.Mobile, interaction.Mode);
        Assert.Equal(Channel.Voice, interaction.Channel);
        Assert.Equal(InteractionDirection.Unknown, interaction.Direction);
        Assert.Equal(new Outcome("NOANS", "No Answer", OutcomeKind.Failure), interaction.Outcome);
        Assert.Equal("+14155550100", interaction.PhoneNumber);
        Assert.Equal((40, 35), (interaction.PreviousScore, interaction.CurrentScore));
        Assert.Equal("Dana Reyes", interaction.AgentName);
        Assert.Equal("Asked to call back after 5pm", interaction.AgentComments);
        Assert.Equal([new Campaign("CMP-3", "Spring Offers")], result.OtherCampaigns);
    }

    [Fact]
    public async Task UnknownMembersAndValues_AreIgnoredOrMappedToUnknown()
    {
        await using HttpJourneyHost host = await HttpJourneyHost.StartAsync("CampaignManager");
        JsonObject record = WireRecords.CampaignManager("CM-1", HttpJourneyHost.Ago(2), mode: "Satellite");
        record["sentiment"] = new JsonObject { ["score"] = 0.7, ["labels"] = new JsonArray("calm") };
        record["outcome"]!.AsObject()["severity"] = "high";
        JsonObject minimal = new() { ["interactionId"] = "CM-2", ["dateTime"] = HttpJourneyHost.Ago(1) };
        host.CampaignManagerApi.Add(Phone, record, minimal);

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Ok, result.Sources[0].State);
        Assert.Equal([ContactMode.Unknown, ContactMode.Unknown], result.Items.Select(i => i.Interaction.Mode));
        Assert.Equal(Channel.Unknown, result.Items[0].Interaction.Channel);
        Assert.Null(result.Items[1].Interaction.Campaign);
    }

    [Fact]
    public async Task RecordsWithoutIdOrDate_AreLeftOutWithAWarning()
    {
        await using HttpJourneyHost host = await HttpJourneyHost.StartAsync("CampaignManager");
        host.CampaignManagerApi.Add(
            Phone,
            WireRecords.CampaignManager("CM-1", HttpJourneyHost.Ago(2)),
            new JsonObject { ["interactionId"] = "CM-2", ["dateTime"] = "the day after tomorrow" },
            new JsonObject { ["dateTime"] = HttpJourneyHost.Ago(1) });

        JourneyResult result = await LookUp(host);

        Assert.Equal(["CM-1"], result.Items.Select(i => i.Interaction.Id));
        Assert.Equal(
            ["1 record without an id or a date/time was left out.", "1 record with a date/time that is not ISO-8601 with an offset was left out."],
            result.Sources[0].Warnings);
    }

    [Fact]
    public async Task UnknownNumber_IsAnEmptyJourneyNotAnError()
    {
        await using HttpJourneyHost host = await HttpJourneyHost.StartAsync("CampaignManager");

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Ok, result.Sources[0].State);
        Assert.Empty(result.Items);
        Assert.Empty(result.OtherCampaigns);
    }

    [Fact]
    public async Task R3_InboundCall_WithCampaignManagerOnly_IsNotSupportedAndNoRequestIsSent()
    {
        await using HttpJourneyHost host = await HttpJourneyHost.StartAsync("CampaignManager");
        host.CampaignManagerApi.Add(Phone, WireRecords.CampaignManager("CM-1", HttpJourneyHost.Ago(2)));

        JourneyResult result = await LookUp(host, CallDirection.Inbound);

        Assert.Equal(SourceState.NotSupported, Assert.Single(result.Sources).State);
        Assert.Empty(result.Items);
        Assert.Empty(host.CampaignManager.Requests);
    }

    [Fact]
    public async Task EmailKey_IsNotSupported()
    {
        await using HttpJourneyHost host = await HttpJourneyHost.StartAsync("CampaignManager");

        JourneyResult result = await host.Client.GetJourneyAsync(new JourneyQuery(LookupKey.ForEmail("dana@example.com")));

        Assert.Equal(SourceState.NotSupported, result.Sources[0].State);
        Assert.Empty(host.CampaignManager.Requests);
    }
}
