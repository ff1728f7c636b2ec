using System.Text.Json.Nodes;
using CustomerJourney.Access;
using CustomerJourney.Client;
using CustomerJourney.Fixtures;
using CustomerJourney.Live;
using CustomerJourney.Model;
using CustomerJourney.Query;
using Microsoft.Extensions.Time.Testing;

namespace CustomerJourney.Sources.GenesysCloud;

/// <summary>Sessions as the SDK's interactions (contract §4.3, §8b): channels, names, wrap-up, segments, outcomes, visits, live status.</summary>
public class GenesysCloudMappingTests
{
    private const string Phone = "+353871234567";

    private static readonly DateTimeOffset s_now = DateTimeOffset.UtcNow;

    private static async Task<JourneyResult> LookUpAsync(GenesysHost host, params JsonObject[] sessions)
    {
        host.Api.AddContact("c-maeve", ("Phone", Phone)).AddSessions("c-maeve", sessions);
        return await host.Client.GetJourneyAsync(new JourneyQuery(LookupKey.Parse(Phone, "IE")) { Access = AccessContext.Unrestricted, Period = JourneyPeriod.LastMonths(1) });
    }

    [Theory]
    [InlineData("Voice", null, Channel.Voice)]
    [InlineData("Call", null, Channel.Voice)]
    [InlineData("Email", null, Channel.Email)]
    [InlineData("Messaging", "Sms", Channel.Sms)]
    [InlineData("Messaging", "WhatsApp", Channel.WhatsApp)]
    [InlineData("Messaging", "Line", Channel.Line)]
    [InlineData("Messaging", "Twitter", Channel.Twitter)]
    [InlineData("Messaging", "Facebook", Channel.FacebookMessenger)]
    [InlineData("Messaging", "Apple", Channel.AppleMessages)]
    [InlineData("Messaging", "WebMessaging", Channel.WebMessaging)]
    [InlineData("Webchat", null, Channel.WebMessaging)]
    public async Task ConversationChannel_MapsToTheSdksChannel(string type, string? messageType, Channel expected)
    {
        await using GenesysHost host = await GenesysHost.StartAsync();

        JourneyResult result = await LookUpAsync(host, GenesysSessions.Conversation("s-1", s_now.AddDays(-1), s_now.AddDays(-1).AddMinutes(3), type, messageType));

        Interaction interaction = Assert.Single(result.Items).Interaction;
        Assert.Equal(expected, interaction.Channel);
        Assert.Null(interaction.SourceChannel);
        Assert.False(interaction.IsAgentless);
    }

    [Theory]
    [InlineData("Messaging", "Instagram")]
    [InlineData("Cobrowse", null)]
    public async Task ChannelsThatCarryNoJourney_AreLeftOut_AsForEverySource(string type, string? messageType)
    {
        await using GenesysHost host = await GenesysHost.StartAsync();

        JourneyResult result = await LookUpAsync(
            host,
            GenesysSessions.Conversation("s-1", s_now.AddDays(-1), s_now.AddDays(-1).AddMinutes(3), type, messageType),
            GenesysSessions.Conversation("s-2", s_now.AddDays(-2), s_now.AddDays(-2).AddMinutes(3)));

        Assert.Equal("s-2", Assert.Single(result.Items).Interaction.Id);
    }

    [Theory]
    [InlineData("Inbound", InteractionDirection.Inbound)]
    [InlineData("Outbound", InteractionDirection.Outbound)]
    public async Task Direction_ComesFromOriginatingDirection(string wire, InteractionDirection expected)
    {
        await using GenesysHost host = await GenesysHost.StartAsync();

        JourneyResult result = await LookUpAsync(host, GenesysSessions.Conversation("s-1", s_now.AddDays(-1), s_now.AddDays(-1).AddMinutes(3), direction: wire));

        Assert.Equal(expected, Assert.Single(result.Items).Interaction.Direction);
    }

    [Fact]
    public async Task LastQueueAndAgent_AreShownByName_AsTheLastTransferHop_R16()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();
        host.Api.Names["queue:q-billing"] = "Billing";
        host.Api.Names["user:u-aoife"] = "Aoife Kelly";

        JourneyResult result = await LookUpAsync(host, GenesysSessions.Conversation("s-1", s_now.AddDays(-1), s_now.AddDays(-1).AddMinutes(3), queue: "q-billing", user: "u-aoife"));

        Interaction interaction = Assert.Single(result.Items).Interaction;
        Assert.Equal([new TransferHop("Billing", "Aoife Kelly")], interaction.Hops);
        Assert.Equal("Aoife Kelly", interaction.AgentName);
        Assert.Empty(result.Sources[0].Warnings);
    }

    [Fact]
    public async Task WrapUpCode_IsShownByName_WithTheAgentsNotes_R12()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();
        host.Api.Names["wrapup:w-refund"] = "Refund issued";

        JourneyResult result = await LookUpAsync(host, GenesysSessions.Conversation("s-1", s_now.AddDays(-1), s_now.AddDays(-1).AddMinutes(3), user: "u-aoife", wrapUp: "w-refund", notes: "Refund promised to Maeve by Friday"));

        Interaction interaction = Assert.Single(result.Items).Interaction;
        Assert.Equal("Refund issued", interaction.WrapUpCode);
        Assert.Equal("Refund promised to Maeve by Friday", interaction.Notes);
    }

    [Fact]
    public async Task AbandonedInQueue_IsAFailure_TheRedDot_R11()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();

        JourneyResult result = await LookUpAsync(host, GenesysSessions.Conversation("s-1", s_now.AddDays(-1), s_now.AddDays(-1).AddMinutes(3), acdOutcome: "Abandon"));

        JourneyItem item = Assert.Single(result.Items);
        Assert.Equal(OutcomeKind.Failure, item.Interaction.Outcome?.Kind);
        Assert.True(item.Indicator.HasFailureDot);
    }

    [Fact]
    public async Task Segments_OnlyThoseShownToAgents_ByName_InTheOrderAssigned_R16()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();
        host.Api.Names["segment:seg-vip"] = new JsonObject { ["id"] = "seg-vip", ["displayName"] = "VIP", ["shouldDisplayToAgent"] = true };
        host.Api.Names["segment:seg-mobile"] = new JsonObject { ["id"] = "seg-mobile", ["displayName"] = "Mobile shopper", ["shouldDisplayToAgent"] = true };
        host.Api.Names["segment:seg-churn"] = new JsonObject { ["id"] = "seg-churn", ["displayName"] = "Churn risk", ["shouldDisplayToAgent"] = false };
        JsonObject visit = GenesysSessions.Web("w-1", s_now.AddHours(-3), ended: s_now.AddHours(-2));
        visit["segmentAssignments"] = new JsonArray(
            new JsonObject { ["segment"] = new JsonObject { ["id"] = "seg-mobile" }, ["assignedDate"] = GenesysSessions.At(s_now.AddHours(-2.5)) },
            new JsonObject { ["segment"] = new JsonObject { ["id"] = "seg-churn" }, ["assignedDate"] = GenesysSessions.At(s_now.AddHours(-2.9)) },
            new JsonObject { ["segment"] = new JsonObject { ["id"] = "seg-vip" }, ["assignedDate"] = GenesysSessions.At(s_now.AddHours(-2.8)) });

        JourneyResult result = await LookUpAsync(host, visit);

        Assert.Equal(["VIP", "Mobile shopper"], Assert.Single(result.Items).Interaction.Segments!.Select(s => s.Name));
    }

    [Fact]
    public async Task OutcomesAchieved_AreShownByName_R16()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();
        host.Api.Names["outcome:o-buy"] = new JsonObject { ["id"] = "o-buy", ["displayName"] = "Purchase" };
        JsonObject visit = GenesysSessions.Web("w-1", s_now.AddHours(-3), ended: s_now.AddHours(-2));
        visit["outcomeAchievements"] = new JsonArray(new JsonObject { ["outcome"] = new JsonObject { ["id"] = "o-buy" }, ["achievedDate"] = GenesysSessions.At(s_now.AddHours(-2.2)) });

        JourneyResult result = await LookUpAsync(host, visit);

        OutcomeProgress progress = Assert.Single(Assert.Single(result.Items).Interaction.OutcomeProgress!);
        Assert.Equal("Purchase", progress.Outcome);
        Assert.Equal(1.0, progress.Progress);
    }

    [Fact]
    public async Task OutcomeScores_AreReadForTheSessionsGoingOn_Only_R16()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();
        host.Api.Names["outcome:o-buy"] = new JsonObject { ["id"] = "o-buy", ["displayName"] = "Purchase" };
        host.Api.OutcomeScores["w-live"] = new JsonObject
        {
            ["outcomeScores"] = new JsonArray(new JsonObject { ["outcome"] = new JsonObject { ["id"] = "o-buy" }, ["probability"] = 0.72, ["percentile"] = 88 }),
        };

        JourneyResult result = await LookUpAsync(
            host,
            GenesysSessions.Web("w-past", s_now.AddDays(-2), ended: s_now.AddDays(-2).AddMinutes(20)),
            GenesysSessions.Web("w-live", s_now.AddMinutes(-4), lastEvent: s_now.AddSeconds(-5)));

        Interaction live = result.Items.Single(i => i.Interaction.Id == "w-live").Interaction;
        Assert.Equal([new OutcomeScore("Purchase", 0.72)], live.PredictedScores);
        Assert.Null(result.Items.Single(i => i.Interaction.Id == "w-past").Interaction.PredictedScores);
        Assert.Equal(1, host.Api.Count("/api/v2/journey/sessions/"));
    }

    [Theory]
    [InlineData(404)]
    [InlineData(410)]
    public async Task OutcomeScoresGone_TheDeprecatedEndpoint_IsNoFailure(int status)
    {
        await using GenesysHost host = await GenesysHost.StartAsync();
        host.Api.Intercept = async context =>
        {
            if (!context.Request.Path.Value!.EndsWith("/outcomescores", StringComparison.Ordinal))
            {
                return false;
            }

            await GenesysFake.ErrorAsync(context, status, "not.found");
            return true;
        };

        JourneyResult result = await LookUpAsync(host, GenesysSessions.Web("w-live", s_now.AddMinutes(-4), lastEvent: s_now.AddSeconds(-5)));

        Assert.Equal(SourceState.Ok, result.Sources[0].State);
        Assert.Empty(result.Sources[0].Warnings);
        Assert.Null(Assert.Single(result.Items).Interaction.PredictedScores);
    }

    [Fact]
    public async Task WebVisit_CarriesDeviceReferrerAndLastPage_WithoutItsQueryString_AndItsCampaignAsAMarketingTouch()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();

        JourneyResult result = await LookUpAsync(host, GenesysSessions.Web("w-1", s_now.AddHours(-3), ended: s_now.AddHours(-2)));

        Interaction visit = Assert.Single(result.Items).Interaction;
        Assert.Equal(Channel.WebVisit, visit.Channel);
        Assert.True(visit.IsAgentless);
        Assert.Equal(new WebVisitDetails("mobile · Android 14 · Chrome 124.0", "search · Google", "shop.example.ie/checkout", 7), visit.WebVisit);
        // UTM parts as sent, a blank one absent, the click id (it identifies the person) not read.
        Assert.Equal(new MarketingTouch("spring-sale", "google", "cpc", Term: null, Content: "banner-b"), visit.Marketing);
        Assert.DoesNotContain("Cj0KCQ", visit.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppVisit_IsAnAppVisit_WithTheAppAsItsDevice()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();
        JsonObject app = GenesysSessions.Web("a-1", s_now.AddHours(-3), ended: s_now.AddHours(-2));
        app["type"] = "app";
        app["app"] = new JsonObject { ["name"] = "Shop", ["namespace"] = "ie.example.shop", ["version"] = "5.2" };
        app.Remove("browser");

        JourneyResult result = await LookUpAsync(host, app);

        Interaction visit = Assert.Single(result.Items).Interaction;
        Assert.Equal(Channel.AppVisit, visit.Channel);
        Assert.Equal("mobile · Android 14 · Shop 5.2", visit.WebVisit?.Device);
    }

    [Fact]
    public async Task VisitEvents_AreNotReadByTheLookup_OnlyForTheVisitOpenedInDetails()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();
        host.Api.Events["w-1"] =
        [
            Event("com.genesys.journey.WebEvent", s_now.AddHours(-3).AddMinutes(1), new JsonObject { ["webEvent"] = new JsonObject { ["eventName"] = "page_viewed", ["page"] = new JsonObject { ["title"] = "Broadband deals", ["pathname"] = "/deals" } } }),
            Event("com.genesys.journey.WebActionEvent", s_now.AddHours(-3).AddMinutes(3), new JsonObject { ["webActionEvent"] = new JsonObject { ["action"] = new JsonObject { ["state"] = "offered", ["mediaType"] = "webchat" }, ["actionMap"] = new JsonObject { ["displayName"] = "Chat offer" } } }),
            Event("com.genesys.journey.WebActionEvent", s_now.AddHours(-3).AddMinutes(4), new JsonObject { ["webActionEvent"] = new JsonObject { ["action"] = new JsonObject { ["state"] = "accepted", ["mediaType"] = "webchat" }, ["actionMap"] = new JsonObject { ["displayName"] = "Chat offer" } } }),
            Event("com.genesys.journey.WebEvent", s_now.AddHours(-3).AddMinutes(2), new JsonObject { ["webEvent"] = new JsonObject { ["eventName"] = "added_to_cart" } }),
        ];

        JourneyResult result = await LookUpAsync(host, GenesysSessions.Web("w-1", s_now.AddHours(-3), ended: s_now.AddHours(-2)));
        Interaction visit = Assert.Single(result.Items).Interaction;
        Assert.Null(visit.WebEvents);
        Assert.Equal(0, host.Api.Count("/api/v2/journey/sessions/w-1/events"));

        Interaction? detailed = await host.Client.GetDetailsAsync(visit, AccessContext.Unrestricted);

        Assert.Equal(
            [(WebEventKind.PageView, "Broadband deals"), (WebEventKind.Custom, "added_to_cart"), (WebEventKind.ContentOfferShown, "Chat offer"), (WebEventKind.ContentOfferAccepted, "Chat offer")],
            detailed!.WebEvents!.Select(e => (e.Kind, e.Name)));
        Assert.Equal(1, host.Api.Count("/api/v2/journey/sessions/w-1/events"));
    }

    [Fact]
    public async Task LiveStatus_WebVisitsAndMessaging_LiveThenIdleAfter45sThenInactiveAfter60s_CallsLiveUntilTheyEnd_R14()
    {
        var time = new FakeTimeProvider(s_now);
        await using GenesysHost host = await GenesysHost.StartAsync(time: time);
        DateTimeOffset now = time.GetUtcNow();

        JourneyResult result = await LookUpAsync(
            host,
            GenesysSessions.Web("w-live", now.AddMinutes(-10), lastEvent: now.AddSeconds(-10)),
            GenesysSessions.Web("w-idle", now.AddMinutes(-11), lastEvent: now.AddSeconds(-50)),
            GenesysSessions.Web("w-inactive", now.AddMinutes(-12), lastEvent: now.AddSeconds(-70)),
            GenesysSessions.Web("w-ended", now.AddMinutes(-13), lastEvent: now.AddSeconds(-5), ended: now.AddSeconds(-4)),
            WithLastEvent(GenesysSessions.Conversation("m-idle", now.AddMinutes(-14), null, "Messaging", "WhatsApp"), now.AddSeconds(-46)),
            WithLastEvent(GenesysSessions.Conversation("v-live", now.AddMinutes(-15), null), now.AddMinutes(-9)));

        Assert.Equal(
            [("w-live", LiveStatus.Live), ("w-idle", LiveStatus.Idle), ("w-inactive", LiveStatus.Inactive), ("w-ended", LiveStatus.Past), ("m-idle", LiveStatus.Idle), ("v-live", LiveStatus.Live)],
            result.Items.OrderByDescending(i => i.Interaction.Start).Select(i => (i.Interaction.Id, i.Status)));
    }

    [Fact]
    public async Task UnknownKinds_AreKeptAsRawText_NeverAFailedPage()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();
        JsonObject kiosk = GenesysSessions.Web("k-1", s_now.AddHours(-5), ended: s_now.AddHours(-4));
        kiosk["type"] = "kiosk";
        JsonObject video = GenesysSessions.Conversation("v-1", s_now.AddHours(-3), s_now.AddHours(-2), "Video", direction: "Sideways", acdOutcome: "Deflected");
        JsonObject sparse = new() { ["id"] = "x-1", ["type"] = "web", ["createdDate"] = GenesysSessions.At(s_now.AddHours(-1)) };

        JourneyResult result = await LookUpAsync(host, kiosk, video, sparse);

        Assert.Equal(SourceState.Ok, result.Sources[0].State);
        Assert.Empty(result.Sources[0].Warnings);
        Interaction k = result.Items.Single(i => i.Interaction.Id == "k-1").Interaction;
        Assert.Equal((Channel.Unknown, "kiosk"), (k.Channel, k.SourceChannel));
        Interaction v = result.Items.Single(i => i.Interaction.Id == "v-1").Interaction;
        Assert.Equal((Channel.Unknown, "Video", InteractionDirection.Unknown, "Deflected"), (v.Channel, v.SourceChannel, v.Direction, v.Outcome?.Code));
        Interaction x = result.Items.Single(i => i.Interaction.Id == "x-1").Interaction;
        Assert.Equal(Channel.WebVisit, x.Channel);
    }

    [Fact]
    public async Task MistypedSession_IsLeftOutWithAWarning_TheRestOfThePageIsKept()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();
        JsonObject broken = GenesysSessions.Web("w-broken", s_now.AddHours(-5), ended: s_now.AddHours(-4));
        broken["pageviewCount"] = new JsonObject { ["many"] = true };
        JsonObject undated = GenesysSessions.Web("w-undated", s_now.AddHours(-5), ended: s_now.AddHours(-4));
        undated["createdDate"] = "yesterday";

        JourneyResult result = await LookUpAsync(host, broken, GenesysSessions.Web("w-good", s_now.AddHours(-3), ended: s_now.AddHours(-2)), undated);

        Assert.Equal(SourceState.Ok, result.Sources[0].State);
        Assert.Equal("w-good", Assert.Single(result.Items).Interaction.Id);
        Assert.NotEmpty(result.Sources[0].Warnings);
        Assert.All(result.Sources[0].Warnings, w => Assert.DoesNotContain("w-broken", w, StringComparison.Ordinal));
    }

    private static JsonObject Event(string type, DateTimeOffset at, JsonObject body)
    {
        body["id"] = Guid.NewGuid().ToString();
        body["eventType"] = type;
        body["createdDate"] = GenesysSessions.At(at);
        return body;
    }

    private static JsonObject WithLastEvent(JsonObject session, DateTimeOffset at)
    {
        session["lastEvent"]!["createdDate"] = GenesysSessions.At(at);
        return session;
    }
}
