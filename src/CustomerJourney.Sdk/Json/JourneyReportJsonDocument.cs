using System.Text.Json.Serialization;

namespace CustomerJourney.Json;

// The documented JSON form of a journey report (docs/analytics.md). Rates are 0–1 and written as
// null when there is nothing to divide by; durations are ISO-8601; enum values camelCase words.

internal sealed record JourneyReportJsonDocument(
    ReportPeriodJson Period,
    ReportFilterJson Filter,
    EpisodeRuleJson EpisodeRule,
    int Contacts,
    IReadOnlyList<ChannelCountJson> ContactsByChannel,
    int Episodes,
    int ResolvedEpisodes,
    int FailedEpisodes,
    int FirstContactResolutions,
    double? FirstContactResolutionRate,
    int RepeatContacts7d,
    double? RepeatContactRate7d,
    int RepeatContacts30d,
    double? RepeatContactRate30d,
    string? MedianTimeToResolution,
    string? P90TimeToResolution,
    IReadOnlyList<ChannelPathJson> ChannelPaths,
    SelfServiceStatsJson SelfService,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SurveyStatsJson? Surveys);

internal sealed record ReportPeriodJson(DateTimeOffset From, DateTimeOffset To, DateTimeOffset ReadUntil);

internal sealed record ReportFilterJson(string? CampaignId, string? Channel);

internal sealed record EpisodeRuleJson(string Window, string Grouping);

internal sealed record ChannelCountJson(string Channel, int Count);

internal sealed record ChannelPathJson(
    IReadOnlyList<string> Path,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Truncated,
    int Count,
    int Resolved,
    int Failed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SurveyScoresJson? Surveys);

internal sealed record SelfServiceStatsJson(int Sessions, int Contained, int HandedToAgent, int Abandoned, double? ContainmentRate);

internal sealed record SurveyScoresJson(int Responses, double? AverageScore, int NpsResponses, double? NetPromoterScore, int CsatResponses, double? SatisfiedShare);

internal sealed record SurveyStatsJson(SurveyScoresJson Overall, IReadOnlyList<ChannelSurveyScoresJson> ByChannel);

internal sealed record ChannelSurveyScoresJson(string Channel, SurveyScoresJson Scores);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(JourneyReportJsonDocument))]
internal sealed partial class JourneyReportJsonContext : JsonSerializerContext;
