using System.Text.Json.Serialization;
using CustomerJourney.Sources.Http;

namespace CustomerJourney.Sources.CampaignManager;

// The Campaign Manager API v1 as the SDK reads it (docs/contracts/campaign-manager.md). Enum-like
// members stay strings so that a value the SDK does not know maps to Unknown instead of failing the page.

internal sealed record CampaignManagerPage(
    [property: JsonPropertyName("interactions")] IReadOnlyList<WireRecord<CampaignManagerInteraction>>? Interactions,
    [property: JsonPropertyName("nextPageToken")] string? NextPageToken);

internal sealed record CampaignManagerInteraction(
    [property: JsonPropertyName("interactionId")] string? InteractionId,
    [property: JsonPropertyName("dateTime")] string? DateTime,
    [property: JsonPropertyName("campaign")] CampaignManagerCampaign? Campaign,
    [property: JsonPropertyName("mode")] string? Mode,
    [property: JsonPropertyName("outcome")] CampaignManagerOutcome? Outcome,
    [property: JsonPropertyName("phoneNumber")] string? PhoneNumber,
    [property: JsonPropertyName("previousScore")] int? PreviousScore,
    [property: JsonPropertyName("currentScore")] int? CurrentScore,
    [property: JsonPropertyName("agentName")] string? AgentName,
    [property: JsonPropertyName("agentComments")] string? AgentComments);

internal sealed record CampaignManagerCampaign(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("name")] string? Name);

internal sealed record CampaignManagerOutcome(
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("failure")] bool? Failure);

internal sealed record CampaignManagerListings(
    [property: JsonPropertyName("campaigns")] IReadOnlyList<WireRecord<CampaignManagerCampaign>>? Campaigns);

// Each record is read on its own (WireRecordConverter): one mistyped field costs that record, not the page.
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(WireRecordConverter<CampaignManagerInteraction>), typeof(WireRecordConverter<CampaignManagerCampaign>)])]
[JsonSerializable(typeof(CampaignManagerPage))]
[JsonSerializable(typeof(CampaignManagerListings))]
[JsonSerializable(typeof(CampaignManagerInteraction))]
[JsonSerializable(typeof(CampaignManagerCampaign))]
internal sealed partial class CampaignManagerJsonContext : JsonSerializerContext;
