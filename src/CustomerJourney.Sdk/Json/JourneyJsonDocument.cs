using System.Text.Json.Serialization;

namespace CustomerJourney.Json;

// The documented JSON form of a journey (docs/json.md). Records, not the model, so the wire form
// stays put when the model grows; enum values are written as camelCase words.

internal sealed record JourneyJsonDocument(
    string Direction,
    IReadOnlyList<SourceJson> Sources,
    PeriodJson Period,
    FilterJson Filter,
    IReadOnlyList<CampaignJson> OtherCampaigns,
    FacetsJson Facets,
    IReadOnlyList<DayJson> Days,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SortJson? Sort,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<InteractionJson>? Rows);

internal sealed record SourceJson(
    string Name,
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message,
    int InteractionCount,
    long ElapsedMs,
    IReadOnlyList<string> Warnings);

internal sealed record PeriodJson(DateTimeOffset From, DateTimeOffset To, string TimeZone);

internal sealed record FilterJson(string? CampaignId, string? Channel, string? Text);

internal sealed record CampaignJson(string Id, string Name);

internal sealed record FacetsJson(IReadOnlyList<CampaignFacetJson> Campaigns, IReadOnlyList<ChannelFacetJson> Channels);

internal sealed record CampaignFacetJson(string Id, string Name, int Count);

internal sealed record ChannelFacetJson(string Name, int Count);

internal sealed record DayJson(string Date, bool HasFailure, IReadOnlyList<InteractionJson> Interactions);

internal sealed record InteractionJson(
    string Id,
    string Source,
    DateTimeOffset Start,
    DateTimeOffset? End,
    string Channel,
    string Mode,
    string Direction,
    CampaignJson? Campaign,
    OutcomeJson? Outcome,
    bool Failure,
    string? PhoneNumber,
    int? PreviousScore,
    int? CurrentScore,
    string? AgentName,
    string? AgentComments,
    IndicatorJson Indicator);

internal sealed record OutcomeJson(string? Code, string Name, string Kind);

internal sealed record IndicatorJson(string Icon, string Color, string Arrow, bool FailureDot);

internal sealed record SortJson(string Column, string Direction);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(JourneyJsonDocument))]
internal sealed partial class JourneyJsonContext : JsonSerializerContext;
