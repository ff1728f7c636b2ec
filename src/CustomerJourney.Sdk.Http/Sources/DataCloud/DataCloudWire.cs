using System.Text.Json.Serialization;
using CustomerJourney.Sources.Http;

namespace CustomerJourney.Sources.DataCloud;

// The Data Cloud API v1 as the SDK reads it (docs/contracts/data-cloud.md). Enum-like members
// stay strings so that a value the SDK does not know maps to Unknown instead of failing the page.

internal sealed record DataCloudPage(
    [property: JsonPropertyName("items")] IReadOnlyList<WireRecord<DataCloudInteraction>>? Items,
    [property: JsonPropertyName("cursor")] DataCloudCursor? Cursor);

internal sealed record DataCloudCursor(
    [property: JsonPropertyName("next")] string? Next);

internal sealed record DataCloudInteraction(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("phoneNumber")] string? PhoneNumber,
    [property: JsonPropertyName("callStartTime")] string? CallStartTime,
    [property: JsonPropertyName("callEndTime")] string? CallEndTime,
    [property: JsonPropertyName("outcome")] string? Outcome,
    [property: JsonPropertyName("outcomeType")] string? OutcomeType,
    [property: JsonPropertyName("agentName")] string? AgentName,
    [property: JsonPropertyName("agentComments")] string? AgentComments,
    [property: JsonPropertyName("channelType")] string? ChannelType,
    [property: JsonPropertyName("channelDirection")] string? ChannelDirection,
    [property: JsonPropertyName("contactMode")] string? ContactMode,
    [property: JsonPropertyName("campaign")] DataCloudCampaign? Campaign);

internal sealed record DataCloudCampaign(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("name")] string? Name);

internal sealed record DataCloudListings(
    [property: JsonPropertyName("items")] IReadOnlyList<WireRecord<DataCloudCampaign>>? Items);

// Each record is read on its own (WireRecordConverter): one mistyped field costs that record, not the page.
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    Converters = [typeof(WireRecordConverter<DataCloudInteraction>), typeof(WireRecordConverter<DataCloudCampaign>)])]
[JsonSerializable(typeof(DataCloudPage))]
[JsonSerializable(typeof(DataCloudListings))]
[JsonSerializable(typeof(DataCloudInteraction))]
[JsonSerializable(typeof(DataCloudCampaign))]
internal sealed partial class DataCloudJsonContext : JsonSerializerContext;
