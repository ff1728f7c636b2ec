using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using CustomerJourney.Access;
using CustomerJourney.Client;
using CustomerJourney.Grid;
using CustomerJourney.Model;
using CustomerJourney.Paths;
using CustomerJourney.Query;
using CustomerJourney.Timeline;

namespace CustomerJourney.Json;

/// <summary>
/// Writes a journey in the SDK's documented JSON form (docs/json.md): what a host sends to a web
/// widget. camelCase members, enum values as camelCase words, instants in ISO-8601 with the
/// configured zone's offset, dates as <c>yyyy-MM-dd</c>. Trim- and AOT-safe (source-generated).
/// </summary>
public static class JourneyJson
{
    // Letters of every script as they are ("Débito", not "D\u00E9bito"); HTML-sensitive characters stay escaped.
    private static readonly JavaScriptEncoder s_encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    // For hosts' own serializer options (TypeInfo): compact, with the same encoder.
    private static readonly JourneyJsonContext s_compact = new(new JsonSerializerOptions(JourneyJsonContext.Default.Options) { Encoder = s_encoder });

    // The SDK's own writes go through a writer that carries the encoder and the indentation, with
    // the generated context's own options: only those let the serializer take its generated fast
    // path (a custom encoder on the options turns it off; the metadata path costs about a third more here).
    internal static readonly JsonWriterOptions IndentedWriter = new() { Encoder = s_encoder, Indented = true };
    internal static readonly JsonWriterOptions CompactWriter = new() { Encoder = s_encoder };

    /// <summary>
    /// Resolves <see cref="JourneyResult"/> to its documented form, for hosts that compose their
    /// own serializer options (<c>options.TypeInfoResolverChain.Insert(0, JourneyJson.TypeInfoResolver)</c>).
    /// </summary>
    public static IJsonTypeInfoResolver TypeInfoResolver { get; } = new JourneyResultTypeInfoResolver();

    /// <summary>
    /// <see cref="JourneyResult"/>'s documented form as a <see cref="JsonTypeInfo{T}"/> (compact), for
    /// APIs that take one: <c>Results.Json(result, JourneyJson.TypeInfo)</c>.
    /// </summary>
    public static JsonTypeInfo<JourneyResult> TypeInfo { get; } = (JsonTypeInfo<JourneyResult>)TypeInfoResolver.GetTypeInfo(typeof(JourneyResult), s_compact.Options)!;

    /// <summary>The journey in its documented JSON form: sources, period, filter, other campaigns, facets, days oldest first, and grid rows when asked.</summary>
    /// <param name="result">The journey.</param>
    /// <param name="options">Indentation and grid rows; <see langword="null"/> for <see cref="JourneyJsonOptions.Default"/>.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(JourneyResult result, JourneyJsonOptions? options = null)
    {
        options ??= JourneyJsonOptions.Default;
        return Encoding.UTF8.GetString(Render(result, options).WrittenSpan);
    }

    /// <summary>Writes the journey in its documented JSON form to a stream (UTF-8).</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="result">The journey.</param>
    /// <param name="options">Indentation and grid rows; <see langword="null"/> for <see cref="JourneyJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the JSON is written.</returns>
    public static async Task WriteAsync(Stream stream, JourneyResult result, JourneyJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        // Written whole in memory, then copied: a journey is small, and the serializer's resumable
        // async path costs about six times the synchronous one for it.
        ArrayBufferWriter<byte> buffer = Render(result, options ?? JourneyJsonOptions.Default);
        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the journey in its documented JSON form with a writer the caller owns (a response's <c>BodyWriter</c>, say); the writer's own indentation applies.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The journey.</param>
    /// <param name="options">Grid rows and the page of days; <see langword="null"/> for <see cref="JourneyJsonOptions.Default"/>. <see cref="JourneyJsonOptions.Indented"/> is the writer's.</param>
    public static void Write(Utf8JsonWriter writer, JourneyResult result, JourneyJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, Document(result, options ?? JourneyJsonOptions.Default), JourneyJsonContext.Default.JourneyJsonDocument);
    }

    private static ArrayBufferWriter<byte> Render(JourneyResult result, JourneyJsonOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using var writer = new Utf8JsonWriter(buffer, options.Indented ? IndentedWriter : CompactWriter);
        JsonSerializer.Serialize(writer, Document(result, options), JourneyJsonContext.Default.JourneyJsonDocument);
        return buffer;
    }

    private static JourneyJsonDocument Document(JourneyResult result, JourneyJsonOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        (GridColumn Column, SortDirection Direction)? grid = options.GridSortBy is { } column ? (column, options.GridSortDirection) : null;
        (IReadOnlyList<JourneyDay> days, bool older) = Page(result.Timeline, options);
        return new JourneyJsonDocument(
            Word(result.Direction),
            [.. result.Sources.Select(s => new SourceJson(s.Name, Word(s.State), s.Message, s.InteractionCount, (long)s.Elapsed.TotalMilliseconds, s.Warnings, s.AvailableFrom))],
            new PeriodJson(result.Period.From, result.Period.To, result.TimeZone.Id),
            new FilterJson(result.Filter.CampaignId, result.Filter.Channel is { } channel ? Word(channel) : null, result.Filter.Text),
            [.. result.OtherCampaigns.Select(c => new CampaignJson(c.Id, c.Name))],
            new FacetsJson(
                [.. result.Facets.Campaigns.Select(f => new CampaignFacetJson(f.Campaign.Id, f.Campaign.Name, f.Count))],
                [.. result.Facets.Channels.Select(f => new ChannelFacetJson(Word(f.Channel), f.Count))]),
            [.. days.Select(d => new DayJson(d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.HasFailure, [.. d.Items.Select(Interaction)]))],
            options.DayCount is > 0 ? older : null,
            grid is { } sort ? new SortJson(Word(sort.Column), Word(sort.Direction)) : null,
            grid is { } rows ? [.. result.GetRows(rows.Column, rows.Direction).Select(Interaction)] : null,
            result.AsOf,
            new ProfileJson(
                [.. result.Profile.Keys.Select(Key)],
                [.. result.Profile.Links.Select(l => new IdentityLinkJson(l.Id.ToString("D"), Key(l.First), Key(l.Second), l.Reason, l.JoinedAt))]),
            options.Episodes ? [.. result.Path.Episodes.Select(e => Episode(e, Permitted(result, JourneyPermissions.Surveys)))] : null,
            Permitted(result, JourneyPermissions.Segments) ? [.. result.Segments.Select(Segment)] : null,
            Permitted(result, JourneyPermissions.Outcomes) ? [.. result.Outcomes.Select(Progress)] : null,
            Permitted(result, JourneyPermissions.Scores) ? [.. result.PredictedScores.Select(Score)] : null);
    }

    /// <summary>Writes one interaction in the form it has in the document's <c>days</c> and <c>rows</c>, with a writer the caller owns.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="item">The interaction, as a journey item (from <see cref="JourneyResult.Items"/>, say).</param>
    public static void WriteItem(Utf8JsonWriter writer, JourneyItem item)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(item);
        JsonSerializer.Serialize(writer, Interaction(item), JourneyJsonContext.Default.InteractionJson);
    }

    private static (IReadOnlyList<JourneyDay> Days, bool Older) Page(JourneyTimeline timeline, JourneyJsonOptions options)
    {
        if (options.DayCount is not { } count)
        {
            return (timeline.Days, false);
        }

        ArgumentOutOfRangeException.ThrowIfNegative(count, nameof(options));
        IReadOnlyList<JourneyDay> days = count == 0 ? [] : options.DaysBefore is { } before ? timeline.OlderThan(before, count) : timeline.Latest(count);
        DateOnly oldestShown = days.Count > 0 ? days[0].Date : options.DaysBefore ?? DateOnly.MaxValue;
        bool older = timeline.FirstDate is { } first && first < oldestShown;
        return (days, older);
    }

    // What the agent may not see is absent from the document, not an empty list (R15).
    private static bool Permitted(JourneyResult result, JourneyPermissions permission) => result.Access.Permissions.HasFlag(permission);

    private static EpisodeJson Episode(JourneyEpisode episode, bool surveysPermitted) => new(
        episode.Campaign is { } campaign ? new CampaignJson(campaign.Id, campaign.Name) : null,
        episode.Start,
        [.. episode.Steps.Select(s => new StepRefJson(s.Item.Interaction.Source, s.Item.Interaction.Id))],
        [.. episode.Channels.Select(c => Word(c))],
        episode.Contacts,
        episode.Outcome is { } outcome ? new OutcomeJson(outcome.Code, outcome.Name, Word(outcome.Kind)) : null,
        episode.IsResolved,
        episode.IsFailed,
        episode.IsResolvedAtFirstContact,
        episode.TimeToResolution is { } time ? IsoDuration.Format(time) : null,
        // Without the permission the count is absent too, not 0: nothing says whether there were answers (R15).
        surveysPermitted ? episode.Surveys.Count : null);

    private static KeyJson Key(LookupKey key) => new(Word(key.Kind), key.Value);

    private static HopJson Hop(TransferHop hop) => new(hop.Queue, hop.Agent);

    private static SegmentJson Segment(SegmentMatch segment) => new(segment.Id, segment.Name, segment.AssignedAt);

    private static OutcomeProgressJson Progress(OutcomeProgress progress) => new(progress.Outcome, progress.Stage, progress.Progress, progress.IsAchieved);

    private static OutcomeScoreJson Score(OutcomeScore score) => new(score.Outcome, score.Probability);

    private static InteractionJson Interaction(JourneyItem item)
    {
        var i = item.Interaction;
        return new InteractionJson(
            i.Id,
            i.Source,
            item.LocalStart,
            item.LocalEnd,
            Word(i.Channel),
            Word(i.Mode),
            Word(i.Direction),
            i.Campaign is { } campaign ? new CampaignJson(campaign.Id, campaign.Name) : null,
            i.Outcome is { } outcome ? new OutcomeJson(outcome.Code, outcome.Name, Word(outcome.Kind)) : null,
            i.IsFailure,
            i.PhoneNumber,
            i.PreviousScore,
            i.CurrentScore,
            i.AgentName,
            i.AgentComments,
            new IndicatorJson(Word(item.Indicator.Icon), Word(item.Indicator.Color), Word(item.Indicator.Arrow), item.Indicator.HasFailureDot),
            Word(item.Status),
            i.LastActivity,
            i.IsAgentless ? true : null,
            i.Hops is { } hops ? [.. hops.Select(Hop)] : null,
            i.LastHop is { } last ? Hop(last) : null,
            i.WrapUpCode,
            i.Notes,
            i.Divisions.Count > 0 ? i.Divisions : null,
            i.OutcomeProgress is { } progress ? [.. progress.Select(Progress)] : null,
            i.PredictedScores is { } scores ? [.. scores.Select(Score)] : null,
            i.Segments is { } segments ? [.. segments.Select(Segment)] : null,
            i.WebEvents is { } events ? [.. events.Select(e => new WebEventJson(Word(e.Kind), e.Name, e.At))] : null,
            i.SourceChannel,
            i.WebVisit is { } visit ? new WebVisitJson(visit.Device, visit.Referrer, visit.LastPage, visit.PageViews) : null,
            i.Marketing is { } marketing ? new MarketingJson(marketing.Campaign, marketing.Source, marketing.Medium, marketing.Term, marketing.Content) : null,
            i.SelfService is { } selfService ? new SelfServiceJson(Word(selfService.Kind), selfService.Flow, selfService.StepReached, Word(selfService.Result)) : null,
            i.Recordings is { } recordings ? [.. recordings.Select(r => new RecordingJson(r.Reference, r.Duration is { } duration ? IsoDuration.Format(duration) : null, r.MediaType))] : null,
            i.Surveys is { } surveys ? [.. surveys.Select(Survey)] : null);
    }

    private static SurveyJson Survey(SurveyResponse response) =>
        new(response.Survey, Word(response.Kind), response.Score, new ScaleJson(response.Scale.Min, response.Scale.Max), Math.Round(response.NormalizedScore, 2), response.Comment, response.RespondedAt);

    // "NotSupported" → "notSupported", "ManualOutbound" → "manualOutbound".
    internal static string Word<T>(T value)
        where T : struct, Enum
    {
        string name = value.ToString();
        return string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1));
    }
}
