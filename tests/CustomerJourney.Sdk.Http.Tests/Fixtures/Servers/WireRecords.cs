using System.Text.Json.Nodes;

namespace CustomerJourney.Fixtures.Servers;

/// <summary>Records as each API sends them (docs/contracts), with realistic defaults.</summary>
internal static class WireRecords
{
    public static JsonObject CampaignManager(
        string id,
        string dateTime,
        string mode = "Mobile",
        bool failure = false,
        string campaignId = "CMP-7",
        string campaignName = "Winter Renewals",
        string comments = "Asked to call back after 5pm") => new()
        {
            ["interactionId"] = id,
            ["dateTime"] = dateTime,
            ["campaign"] = new JsonObject { ["id"] = campaignId, ["name"] = campaignName },
            ["mode"] = mode,
            ["outcome"] = new JsonObject { ["code"] = failure ? "NOANS" : "CALLBK", ["name"] = failure ? "No Answer" : "Callback", ["failure"] = failure },
            ["phoneNumber"] = "+14155550100",
            ["previousScore"] = 40,
            ["currentScore"] = 35,
            ["agentName"] = "Dana Reyes",
            ["agentComments"] = comments,
        };

    public static JsonObject DataCloud(
        string id,
        string start,
        string? end = null,
        string channelType = "Voice",
        string channelDirection = "Inbound",
        string outcomeType = "Success",
        string? contactMode = "Home",
        string comments = "Upgraded to the family plan",
        bool withCampaign = false) => new()
        {
            ["id"] = id,
            ["phoneNumber"] = "+14155550100",
            ["callStartTime"] = start,
            ["callEndTime"] = end,
            ["outcome"] = "Sale",
            ["outcomeType"] = outcomeType,
            ["agentName"] = "Chloé Martin",
            ["agentComments"] = comments,
            ["channelType"] = channelType,
            ["channelDirection"] = channelDirection,
            ["contactMode"] = contactMode,
            ["campaign"] = withCampaign ? new JsonObject { ["id"] = "CMP-9", ["name"] = "Débito Automático" } : null,
        };
}
