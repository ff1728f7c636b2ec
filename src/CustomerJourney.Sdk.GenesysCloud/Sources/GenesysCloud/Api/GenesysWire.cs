using System.Text.Json.Serialization;
using CustomerJourney.Sources.Http;

namespace CustomerJourney.Sources.GenesysCloud.Api;

// The Genesys Cloud Platform API as this source reads it (docs/contracts/genesys-cloud.md): only the
// members it uses; every enum-like member stays a string, so a value never seen is kept as raw
// text instead of failing the page; every record of a page is read on its own (WireRecord).

internal sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("token_type")] string? TokenType,
    [property: JsonPropertyName("expires_in")] long? ExpiresIn);

internal sealed record ContactIdentifier(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] string Value);

internal sealed record EntityRef(
    [property: JsonPropertyName("id")] string? Id);

internal sealed record ExternalContact(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("canonicalContact")] EntityRef? CanonicalContact,
    [property: JsonPropertyName("mergedTo")] EntityRef? MergedTo);

internal sealed record SessionListing(
    [property: JsonPropertyName("entities")] IReadOnlyList<WireRecord<Session>>? Entities,
    [property: JsonPropertyName("nextUri")] string? NextUri);

internal sealed record Session(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("createdDate")] string? CreatedDate,
    [property: JsonPropertyName("endedDate")] string? EndedDate,
    [property: JsonPropertyName("idleDate")] string? IdleDate,
    [property: JsonPropertyName("awayDate")] string? AwayDate,
    [property: JsonPropertyName("lastEvent")] SessionLastEvent? LastEvent,
    [property: JsonPropertyName("conversation")] EntityRef? Conversation,
    [property: JsonPropertyName("conversationChannels")] IReadOnlyList<ConversationChannel>? ConversationChannels,
    [property: JsonPropertyName("originatingDirection")] string? OriginatingDirection,
    [property: JsonPropertyName("lastConnectedQueue")] EntityRef? LastConnectedQueue,
    [property: JsonPropertyName("lastConnectedUser")] EntityRef? LastConnectedUser,
    [property: JsonPropertyName("lastUserDisposition")] Disposition? LastUserDisposition,
    [property: JsonPropertyName("lastAcdOutcome")] string? LastAcdOutcome,
    [property: JsonPropertyName("segmentAssignments")] IReadOnlyList<SegmentAssignment>? SegmentAssignments,
    [property: JsonPropertyName("outcomeAchievements")] IReadOnlyList<OutcomeAchievement>? OutcomeAchievements,
    [property: JsonPropertyName("divisionIds")] IReadOnlyList<string>? DivisionIds,
    [property: JsonPropertyName("pageviewCount")] int? PageviewCount,
    [property: JsonPropertyName("browser")] Browser? Browser,
    [property: JsonPropertyName("device")] Device? Device,
    [property: JsonPropertyName("lastPage")] JourneyPage? LastPage,
    [property: JsonPropertyName("referrer")] Referrer? Referrer,
    [property: JsonPropertyName("mktCampaign")] MarketingCampaign? MktCampaign,
    [property: JsonPropertyName("app")] JourneyApp? App);

internal sealed record SessionLastEvent(
    [property: JsonPropertyName("eventName")] string? EventName,
    [property: JsonPropertyName("createdDate")] string? CreatedDate);

internal sealed record ConversationChannel(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("messageType")] string? MessageType);

internal sealed record Disposition(
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("notes")] string? Notes);

internal sealed record SegmentAssignment(
    [property: JsonPropertyName("segment")] EntityRef? Segment,
    [property: JsonPropertyName("assignedDate")] string? AssignedDate);

internal sealed record OutcomeAchievement(
    [property: JsonPropertyName("outcome")] EntityRef? Outcome,
    [property: JsonPropertyName("achievedDate")] string? AchievedDate);

internal sealed record Browser(
    [property: JsonPropertyName("family")] string? Family,
    [property: JsonPropertyName("version")] string? Version);

internal sealed record Device(
    [property: JsonPropertyName("category")] string? Category,
    [property: JsonPropertyName("osFamily")] string? OsFamily,
    [property: JsonPropertyName("osVersion")] string? OsVersion);

internal sealed record JourneyPage(
    [property: JsonPropertyName("hostname")] string? Hostname,
    [property: JsonPropertyName("domain")] string? Domain,
    [property: JsonPropertyName("pathname")] string? Pathname,
    [property: JsonPropertyName("title")] string? Title);

internal sealed record Referrer(
    [property: JsonPropertyName("medium")] string? Medium,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("domain")] string? Domain);

// clickId is not read: it identifies the person who clicked.
internal sealed record MarketingCampaign(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("medium")] string? Medium,
    [property: JsonPropertyName("term")] string? Term,
    [property: JsonPropertyName("content")] string? Content);

internal sealed record JourneyApp(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("version")] string? Version);

internal sealed record EventListing(
    [property: JsonPropertyName("entities")] IReadOnlyList<WireRecord<JourneyEvent>>? Entities,
    [property: JsonPropertyName("nextUri")] string? NextUri);

internal sealed record JourneyEvent(
    [property: JsonPropertyName("eventType")] string? EventType,
    [property: JsonPropertyName("createdDate")] string? CreatedDate,
    [property: JsonPropertyName("webEvent")] WebEventBody? WebEvent,
    [property: JsonPropertyName("appEvent")] AppEventBody? AppEvent,
    [property: JsonPropertyName("webActionEvent")] WebActionEventBody? WebActionEvent);

internal sealed record WebEventBody(
    [property: JsonPropertyName("eventName")] string? EventName,
    [property: JsonPropertyName("page")] JourneyPage? Page);

internal sealed record AppEventBody(
    [property: JsonPropertyName("eventName")] string? EventName,
    [property: JsonPropertyName("screenName")] string? ScreenName);

internal sealed record WebActionEventBody(
    [property: JsonPropertyName("action")] EventAction? Action,
    [property: JsonPropertyName("actionMap")] ActionMap? ActionMap);

internal sealed record EventAction(
    [property: JsonPropertyName("state")] string? State,
    [property: JsonPropertyName("mediaType")] string? MediaType);

internal sealed record ActionMap(
    [property: JsonPropertyName("displayName")] string? DisplayName);

internal sealed record OutcomeScoresResult(
    [property: JsonPropertyName("outcomeScores")] IReadOnlyList<WireRecord<OutcomeScoreWire>>? OutcomeScores);

internal sealed record OutcomeScoreWire(
    [property: JsonPropertyName("outcome")] EntityRef? Outcome,
    [property: JsonPropertyName("probability")] double? Probability);

/// <summary>A named entity (queue, user, wrap-up code): its name, the only member read.</summary>
internal sealed record NamedEntity(
    [property: JsonPropertyName("name")] string? Name);

/// <summary>A journey segment or outcome definition: its display name, and whether agents may see it (segments).</summary>
internal sealed record JourneyDefinition(
    [property: JsonPropertyName("displayName")] string? DisplayName,
    [property: JsonPropertyName("shouldDisplayToAgent")] bool? ShouldDisplayToAgent);

[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(WireRecordConverter<Session>), typeof(WireRecordConverter<JourneyEvent>), typeof(WireRecordConverter<OutcomeScoreWire>)])]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(ContactIdentifier))]
[JsonSerializable(typeof(ExternalContact))]
[JsonSerializable(typeof(SessionListing))]
[JsonSerializable(typeof(Session))]
[JsonSerializable(typeof(EventListing))]
[JsonSerializable(typeof(JourneyEvent))]
[JsonSerializable(typeof(OutcomeScoresResult))]
[JsonSerializable(typeof(OutcomeScoreWire))]
[JsonSerializable(typeof(NamedEntity))]
[JsonSerializable(typeof(JourneyDefinition))]
internal sealed partial class GenesysJsonContext : JsonSerializerContext;
