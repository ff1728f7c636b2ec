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
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? OlderDays,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SortJson? Sort,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<InteractionJson>? Rows,
    DateTimeOffset AsOf,
    ProfileJson Profile,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<EpisodeJson>? Episodes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SegmentJson>? Segments,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<OutcomeProgressJson>? Outcomes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<OutcomeScoreJson>? PredictedScores);

internal sealed record EpisodeJson(
    CampaignJson? Campaign,
    DateTimeOffset Start,
    IReadOnlyList<StepRefJson> Steps,
    IReadOnlyList<string> Channels,
    int Contacts,
    OutcomeJson? Outcome,
    bool Resolved,
    bool Failed,
    bool FirstContactResolution,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TimeToResolution,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? SurveyResponses);

internal sealed record StepRefJson(string Source, string Id);

internal sealed record ProfileJson(IReadOnlyList<KeyJson> Keys, IReadOnlyList<IdentityLinkJson> Links);

internal sealed record KeyJson(string Kind, string Value);

internal sealed record IdentityLinkJson(string Id, KeyJson First, KeyJson Second, string Reason, DateTimeOffset JoinedAt);

internal sealed record HopJson([property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Queue, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Agent);

internal sealed record SegmentJson(string Id, string Name, DateTimeOffset AssignedAt);

internal sealed record OutcomeProgressJson(string Outcome, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Stage, double Progress, bool Achieved);

internal sealed record OutcomeScoreJson(string Outcome, double Probability);

internal sealed record SourceJson(
    string Name,
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message,
    int InteractionCount,
    long ElapsedMs,
    IReadOnlyList<string> Warnings,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? AvailableFrom);

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
    IndicatorJson Indicator,
    string LiveStatus,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? LastActivity,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Agentless,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<HopJson>? Hops,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] HopJson? LastHop,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? WrapUpCode,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Notes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Divisions,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<OutcomeProgressJson>? OutcomeProgress,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<OutcomeScoreJson>? PredictedScores,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SegmentJson>? Segments,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<WebEventJson>? WebEvents,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SourceChannel,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] WebVisitJson? WebVisit,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] MarketingJson? Marketing,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SelfServiceJson? SelfService,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<RecordingJson>? Recordings,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SurveyJson>? Surveys);

internal sealed record WebVisitJson(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Device,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Referrer,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? LastPage,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? PageViews);

internal sealed record MarketingJson(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Campaign,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Source,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Medium,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Term,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Content);

internal sealed record SelfServiceJson(string Kind, string Flow, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StepReached, string Result);

internal sealed record RecordingJson(
    string Reference,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Duration,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? MediaType);

internal sealed record SurveyJson(
    string Survey,
    string Kind,
    double Score,
    ScaleJson Scale,
    double NormalizedScore,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Comment,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? RespondedAt);

internal sealed record ScaleJson(double Min, double Max);

internal sealed record WebEventJson(string Kind, string Name, DateTimeOffset At);

internal sealed record OutcomeJson(string? Code, string Name, string Kind);

internal sealed record IndicatorJson(string Icon, string Color, string Arrow, bool FailureDot);

internal sealed record SortJson(string Column, string Direction);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(JourneyJsonDocument))]
[JsonSerializable(typeof(InteractionJson))]
internal sealed partial class JourneyJsonContext : JsonSerializerContext;
