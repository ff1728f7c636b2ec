using System.Globalization;
using System.Text.Json.Nodes;

namespace CustomerJourney.Fixtures;

/// <summary>Sessions as the API writes them (docs/contracts/genesys-cloud.md), with realistic defaults.</summary>
public static class GenesysSessions
{
    public static string At(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static JsonObject Web(string id, DateTimeOffset created, DateTimeOffset? lastEvent = null, DateTimeOffset? ended = null, params string[] divisions) => new()
    {
        ["id"] = id,
        ["type"] = "web",
        ["customerId"] = "7c2e1f30a9b84d5c",
        ["customerIdType"] = "cookie",
        ["eventCount"] = 12,
        ["pageviewCount"] = 7,
        ["authenticated"] = false,
        ["browser"] = new JsonObject { ["family"] = "Chrome", ["version"] = "124.0" },
        ["device"] = new JsonObject { ["category"] = "mobile", ["type"] = "Phone", ["isMobile"] = true, ["osFamily"] = "Android", ["osVersion"] = "14" },
        ["lastPage"] = new JsonObject { ["url"] = "https://shop.example.ie/checkout?email=maeve%40example.ie", ["hostname"] = "shop.example.ie", ["pathname"] = "/checkout", ["title"] = "Checkout" },
        ["referrer"] = new JsonObject { ["medium"] = "search", ["url"] = "https://www.google.com/", ["domain"] = "google.com", ["name"] = "Google" },
        ["mktCampaign"] = new JsonObject { ["name"] = "spring-sale", ["source"] = "google", ["medium"] = "cpc", ["content"] = "banner-b", ["term"] = " ", ["clickId"] = "Cj0KCQ-click-7f3a" },
        ["lastEvent"] = new JsonObject { ["id"] = id + "-last", ["eventName"] = "page_viewed", ["createdDate"] = At(lastEvent ?? created.AddMinutes(5)) },
        ["divisionIds"] = new JsonArray([.. divisions.Select(d => (JsonNode)d)]),
        ["createdDate"] = At(created),
        ["endedDate"] = ended is { } end ? At(end) : null,
    };

    public static JsonObject Conversation(
        string id,
        DateTimeOffset created,
        DateTimeOffset? ended,
        string channelType = "Voice",
        string? messageType = null,
        string direction = "Inbound",
        string? queue = null,
        string? user = null,
        string? wrapUp = null,
        string? notes = null,
        string acdOutcome = "Answered",
        params string[] divisions) => new()
        {
            ["id"] = id,
            ["type"] = "conversation",
            ["eventCount"] = 3,
            ["authenticated"] = true,
            ["conversation"] = new JsonObject { ["id"] = "conv-" + id },
            ["originatingDirection"] = direction,
            ["conversationChannels"] = new JsonArray(new JsonObject { ["type"] = channelType, ["messageType"] = messageType, ["platform"] = "Edge" }),
            ["lastConnectedQueue"] = queue is null ? null : new JsonObject { ["id"] = queue },
            ["lastConnectedUser"] = user is null ? null : new JsonObject { ["id"] = user },
            ["lastUserDisposition"] = wrapUp is null ? null : new JsonObject { ["code"] = wrapUp, ["notes"] = notes, ["user"] = new JsonObject { ["id"] = user } },
            ["lastAcdOutcome"] = acdOutcome,
            ["lastEvent"] = new JsonObject { ["id"] = id + "-last", ["eventName"] = "conversation_ended", ["createdDate"] = At(ended ?? created.AddSeconds(30)) },
            ["divisionIds"] = new JsonArray([.. divisions.Select(d => (JsonNode)d)]),
            ["createdDate"] = At(created),
            ["endedDate"] = ended is { } end ? At(end) : null,
        };
}
