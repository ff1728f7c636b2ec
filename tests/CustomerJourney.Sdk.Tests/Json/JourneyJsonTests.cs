using System.Text.Json;
using CustomerJourney.Client;
using CustomerJourney.Fixtures;
using CustomerJourney.Grid;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using Microsoft.Extensions.Time.Testing;

namespace CustomerJourney.Json;

public class JourneyJsonTests
{
    private static readonly JsonSerializerOptions s_reflection = new() { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };

    // A host's own options: its resolvers, with the SDK's put first.
    private static readonly JsonSerializerOptions s_host = new()
    {
        TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(JourneyJson.TypeInfoResolver, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()),
    };

    private static async Task<JourneyResult> Journey()
    {
        var dataCloud = new InMemoryJourneySource("DataCloud")
            .Add(Keys.Dana, Interactions.At("DC-1", "2026-10-01T13:00:00Z", Channel.Voice, ContactMode.Mobile, null, OutcomeKind.Failure, "DataCloud", direction: InteractionDirection.Inbound, end: "2026-10-01T13:06:00Z"))
            .Add(Keys.Dana, Interactions.At("DC-2", "2026-10-03T13:00:00Z", Channel.Sms, ContactMode.Sms, Interactions.WinterRenewals, OutcomeKind.Success, "DataCloud", agent: null) with { PreviousScore = null, CurrentScore = null })
            .List(Keys.Dana, Interactions.SpringOffers);
        var failing = ScriptedSource.Throwing("CampaignManager", new InvalidOperationException());
        var client = new JourneyClient([failing, dataCloud], new JourneyClientOptions { TimeZone = "America/New_York" }, new FakeTimeProvider(JourneyResults.Now));
        return await client.GetJourneyAsync(new JourneyQuery(Keys.Dana) { Direction = CallDirection.ManualOutbound, Filter = new JourneyFilter { Text = "  " } });
    }

    [Fact]
    public async Task Serialize_WritesTheDocumentedForm()
    {
        using JsonDocument json = JsonDocument.Parse(JourneyJson.Serialize(await Journey()));
        JsonElement root = json.RootElement;

        Assert.Equal("manualOutbound", root.GetProperty("direction").GetString());
        JsonElement[] sources = [.. root.GetProperty("sources").EnumerateArray()];
        Assert.Equal(["failed", "ok"], sources.Select(s => s.GetProperty("status").GetString()));
        Assert.Equal("CampaignManager failed with InvalidOperationException.", sources[0].GetProperty("message").GetString());
        Assert.False(sources[1].TryGetProperty("message", out _));
        Assert.Equal("2025-11-15T00:00:00-05:00", root.GetProperty("period").GetProperty("from").GetString());
        Assert.Equal("America/New_York", root.GetProperty("period").GetProperty("timeZone").GetString());
        Assert.Equal("CMP-3", root.GetProperty("otherCampaigns")[0].GetProperty("id").GetString());
        Assert.Equal(("CMP-7", "Winter Renewals", 1), Facet(root.GetProperty("facets").GetProperty("campaigns")[0]));
        Assert.Equal(["voice", "sms"], root.GetProperty("facets").GetProperty("channels").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.False(root.TryGetProperty("rows", out _));

        JsonElement[] days = [.. root.GetProperty("days").EnumerateArray()];
        Assert.Equal(["2026-10-01", "2026-10-03"], days.Select(d => d.GetProperty("date").GetString()));
        Assert.Equal([true, false], days.Select(d => d.GetProperty("hasFailure").GetBoolean()));

        JsonElement call = days[0].GetProperty("interactions")[0];
        Assert.Equal("DC-1", call.GetProperty("id").GetString());
        Assert.Equal("DataCloud", call.GetProperty("source").GetString());
        Assert.Equal("2026-10-01T09:00:00-04:00", call.GetProperty("start").GetString());
        Assert.Equal("2026-10-01T09:06:00-04:00", call.GetProperty("end").GetString());
        Assert.Equal(("voice", "mobile", "inbound"), (call.GetProperty("channel").GetString(), call.GetProperty("mode").GetString(), call.GetProperty("direction").GetString()));
        Assert.Equal(JsonValueKind.Null, call.GetProperty("campaign").ValueKind);
        Assert.Equal("failure", call.GetProperty("outcome").GetProperty("kind").GetString());
        Assert.True(call.GetProperty("failure").GetBoolean());
        Assert.Equal("+14155550100", call.GetProperty("phoneNumber").GetString());
        Assert.Equal(40, call.GetProperty("previousScore").GetInt32());
        Assert.Equal("Dana Reyes", call.GetProperty("agentName").GetString());
        JsonElement indicator = call.GetProperty("indicator");
        Assert.Equal(("mobile", "blue", "inbound", true), (indicator.GetProperty("icon").GetString(), indicator.GetProperty("color").GetString(), indicator.GetProperty("arrow").GetString(), indicator.GetProperty("failureDot").GetBoolean()));

        JsonElement sms = days[1].GetProperty("interactions")[0];
        Assert.Equal(JsonValueKind.Null, sms.GetProperty("end").ValueKind);
        Assert.Equal(JsonValueKind.Null, sms.GetProperty("agentName").ValueKind);
        Assert.Equal(JsonValueKind.Null, sms.GetProperty("previousScore").ValueKind);
        Assert.Equal("Winter Renewals", sms.GetProperty("campaign").GetProperty("name").GetString());
        Assert.Equal(("sms", "neutral", "none"), (sms.GetProperty("indicator").GetProperty("icon").GetString(), sms.GetProperty("indicator").GetProperty("color").GetString(), sms.GetProperty("indicator").GetProperty("arrow").GetString()));
    }

    [Fact]
    public async Task Serialize_GridView_AddsRowsInTheSortOrder()
    {
        using JsonDocument json = JsonDocument.Parse(JourneyJson.Serialize(await Journey(), new JourneyJsonOptions { GridSortBy = GridColumn.Start, GridSortDirection = SortDirection.Descending }));

        Assert.Equal(["DC-2", "DC-1"], json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("start", json.RootElement.GetProperty("sort").GetProperty("column").GetString());
        Assert.Equal("descending", json.RootElement.GetProperty("sort").GetProperty("direction").GetString());
    }

    [Fact]
    public async Task WriteAsync_WritesTheSameJsonAsSerialize()
    {
        JourneyResult journey = await Journey();
        using var stream = new MemoryStream();

        await JourneyJson.WriteAsync(stream, journey);

        Assert.Equal(JourneyJson.Serialize(journey), System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static (string?, string?, int) Facet(JsonElement facet) =>
        (facet.GetProperty("id").GetString(), facet.GetProperty("name").GetString(), facet.GetProperty("count").GetInt32());

    [Fact]
    public async Task Serialize_ShowsLiveStatusLastHopSegmentsAndOutcomes_AndLeavesOutWhatIsNotPermitted()
    {
        var engage = new InMemoryJourneySource("Engage").Add(
            Keys.Dana,
            Interactions.At("chat", "2026-11-15T14:20:00Z", Channel.WebMessaging, source: "Engage") with
            {
                LastActivity = JourneyResults.Now.AddSeconds(-50),
                Divisions = ["EMEA"],
                Hops = [new TransferHop("Front desk", "Ana"), new TransferHop("Retention", "Chloé")],
                WrapUpCode = "RETAINED",
                Segments = [new SegmentMatch("fr", "From France", JourneyResults.Now.AddMinutes(-9))],
                OutcomeProgress = [new OutcomeProgress("Purchased", "Put in cart", 0.5)],
                WebEvents = [new WebEvent(WebEventKind.ContentOfferAccepted, "Chat with an adviser", JourneyResults.Now.AddMinutes(-9))],
            });
        var client = new JourneyClient([engage], new JourneyClientOptions(), new FakeTimeProvider(JourneyResults.Now));
        JourneyResult all = await client.GetJourneyAsync(new JourneyQuery(Keys.Dana) { Access = Access.AccessContext.ForDivisions(Access.JourneyPermissions.All, "EMEA") });
        JourneyResult bare = await client.GetJourneyAsync(new JourneyQuery(Keys.Dana) { Access = Access.AccessContext.ForDivisions(Access.JourneyPermissions.None, "EMEA") });

        using JsonDocument full = JsonDocument.Parse(JourneyJson.Serialize(all));
        JsonElement chat = full.RootElement.GetProperty("days")[0].GetProperty("interactions")[0];
        Assert.Equal("idle", chat.GetProperty("liveStatus").GetString());
        Assert.Equal(("Retention", "Chloé"), (chat.GetProperty("lastHop").GetProperty("queue").GetString(), chat.GetProperty("lastHop").GetProperty("agent").GetString()));
        Assert.Equal("RETAINED", chat.GetProperty("wrapUpCode").GetString());
        Assert.Equal("contentOfferAccepted", chat.GetProperty("webEvents")[0].GetProperty("kind").GetString());
        Assert.Equal("fr", full.RootElement.GetProperty("segments")[0].GetProperty("id").GetString());
        Assert.Equal(0.5, full.RootElement.GetProperty("outcomes")[0].GetProperty("progress").GetDouble());
        Assert.Equal("phone", full.RootElement.GetProperty("profile").GetProperty("keys")[0].GetProperty("kind").GetString());

        using JsonDocument limited = JsonDocument.Parse(JourneyJson.Serialize(bare));
        JsonElement seen = limited.RootElement.GetProperty("days")[0].GetProperty("interactions")[0];
        foreach (string absent in new[] { "wrapUpCode", "segments", "outcomeProgress", "predictedScores" })
        {
            Assert.False(seen.TryGetProperty(absent, out _), absent);
        }

        Assert.False(seen.GetProperty("lastHop").TryGetProperty("queue", out _));
        Assert.False(limited.RootElement.TryGetProperty("segments", out _));
        Assert.False(limited.RootElement.TryGetProperty("outcomes", out _));
    }

    [Fact]
    public async Task Serialize_Compact_IsTheSameDocumentOnOneLine()
    {
        JourneyResult journey = await Journey();

        string indented = JourneyJson.Serialize(journey);
        string compact = JourneyJson.Serialize(journey, new JourneyJsonOptions { Indented = false });

        Assert.Contains('\n', indented);
        Assert.DoesNotContain('\n', compact);
        Assert.Equal(JsonSerializer.Serialize(JsonDocument.Parse(indented).RootElement), JsonSerializer.Serialize(JsonDocument.Parse(compact).RootElement));
    }

    [Fact]
    public async Task TypeInfo_AndTypeInfoResolver_WriteTheDocumentedForm_InsideAHostsOwnOptions()
    {
        JourneyResult journey = await Journey();

        string viaTypeInfo = JsonSerializer.Serialize(journey, JourneyJson.TypeInfo);
        string viaResolver = JsonSerializer.Serialize(new Dictionary<string, JourneyResult> { ["journey"] = journey }, s_host);

        string expected = JourneyJson.Serialize(journey, new JourneyJsonOptions { Indented = false });
        Assert.Equal(expected, viaTypeInfo);
        Assert.Equal("{\"journey\":" + expected + "}", viaResolver);
    }

    [Fact]
    public async Task Reflection_CannotWriteAJourney_AndWritesKeysMasked()
    {
        JourneyResult journey = await Journey();

        var refused = Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(journey, s_reflection));
        string query = JsonSerializer.Serialize(new JourneyQuery(Keys.Dana), s_reflection);

        Assert.Contains("JourneyJson", refused.Message, StringComparison.Ordinal);
        Assert.Equal("+14*******00", JsonDocument.Parse(query).RootElement.GetProperty("Key").GetString());
        Assert.DoesNotContain("4155550100", query, StringComparison.Ordinal);
    }
}
