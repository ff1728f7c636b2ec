using System.Text.Json;
using CustomerJourney.Model;

namespace CustomerJourney.Stores.Rows;

/// <summary>
/// The lists and parts of an interaction (divisions, hops, outcomes, scores, segments, web events,
/// the source's channel name, a visit's details, marketing, self-service, recordings, surveys),
/// stored as one JSON document in the <c>details</c> column of both stores: they are read whole
/// with their interaction, and a column per list would be a table per list. What the analytics
/// filter or count on is also in columns of its own (divisions, the self-service result, the survey
/// scores). A part this SDK cannot read (a recording without a reference, a score off its scale,
/// written by hand) is left out on reading; an enum value it does not know reads as Unknown.
/// </summary>
internal sealed record InteractionDetails(
    IReadOnlyList<string>? Divisions,
    IReadOnlyList<TransferHop>? Hops,
    IReadOnlyList<OutcomeProgress>? OutcomeProgress,
    IReadOnlyList<OutcomeScore>? PredictedScores,
    IReadOnlyList<SegmentMatch>? Segments,
    IReadOnlyList<WebEvent>? WebEvents,
    string? SourceChannel = null,
    WebVisitDetails? WebVisit = null,
    MarketingTouch? Marketing = null,
    SelfServiceRow? SelfService = null,
    IReadOnlyList<RecordingRow>? Recordings = null,
    IReadOnlyList<SurveyRow>? Surveys = null)
{
    private static InteractionDetails Empty { get; } = new(null, null, null, null, null, null);

    /// <summary>The interaction's self-service part, as the model has it.</summary>
    public SelfServiceSession? SelfServiceSession => SelfService?.ToModel();

    /// <summary>The recordings that can be read, or <see langword="null"/> when none.</summary>
    public IReadOnlyList<Recording>? RecordingList => Readable(Recordings, r => r.ToModel());

    /// <summary>The survey responses that can be read, or <see langword="null"/> when none.</summary>
    public IReadOnlyList<SurveyResponse>? SurveyList => Readable(Surveys, s => s.ToModel());

    /// <summary>The document of an interaction, or <see langword="null"/> when it has none of the fields.</summary>
    public static string? Write(Interaction interaction)
    {
        var details = new InteractionDetails(
            interaction.Divisions.Count == 0 ? null : interaction.Divisions,
            interaction.Hops,
            interaction.OutcomeProgress,
            interaction.PredictedScores,
            interaction.Segments,
            interaction.WebEvents,
            interaction.SourceChannel,
            interaction.WebVisit,
            interaction.Marketing,
            interaction.SelfService is { } selfService ? SelfServiceRow.Of(selfService) : null,
            interaction.Recordings is { } recordings ? [.. recordings.Select(RecordingRow.Of)] : null,
            interaction.Surveys is { } surveys ? [.. surveys.Select(SurveyRow.Of)] : null);
        return details == Empty ? null : JsonSerializer.Serialize(details, InteractionDetailsJson.Default.InteractionDetails);
    }

    /// <summary>The divisions column of an interaction: a JSON array of names, or <see langword="null"/> for none (what the access filter reads).</summary>
    public static string? DivisionsColumn(Interaction interaction) =>
        interaction.Divisions.Count == 0 ? null : JsonSerializer.Serialize(interaction.Divisions, InteractionDetailsJson.Default.IReadOnlyListString);

    /// <summary>Reads a document; one this SDK cannot read (written by hand, or damaged) reads as no details.</summary>
    public static InteractionDetails? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, InteractionDetailsJson.Default.InteractionDetails);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static TModel[]? Readable<TRow, TModel>(IReadOnlyList<TRow>? rows, Func<TRow, TModel?> read)
        where TModel : class
    {
        if (rows is null)
        {
            return null;
        }

        TModel[] models = [.. rows.Select(read).OfType<TModel>()];
        return models.Length == 0 ? null : models;
    }
}

/// <summary>A self-service part in the document: kinds as numbers, an unknown one read as Unknown.</summary>
internal sealed record SelfServiceRow(int Kind, string? Flow, string? StepReached, int Result)
{
    public static SelfServiceRow Of(SelfServiceSession session) => new((int)session.Kind, session.Flow, session.StepReached, (int)session.Result);

    public SelfServiceSession ToModel() => new(Known<SelfServiceKind>(Kind), Flow ?? string.Empty, StepReached, Known<SelfServiceResult>(Result));

    internal static T Known<T>(int value)
        where T : struct, Enum
    {
        T candidate = (T)Enum.ToObject(typeof(T), value);
        return Enum.IsDefined(candidate) ? candidate : default;
    }
}

/// <summary>A recording in the document; its duration in ticks.</summary>
internal sealed record RecordingRow(string? Reference, long? DurationTicks, string? MediaType)
{
    public static RecordingRow Of(Recording recording) => new(recording.Reference, recording.Duration?.Ticks, recording.MediaType);

    public Recording? ToModel() =>
        string.IsNullOrWhiteSpace(Reference) || DurationTicks < 0 ? null : new Recording(Reference, DurationTicks is { } ticks ? TimeSpan.FromTicks(ticks) : null, MediaType);
}

/// <summary>A survey response in the document; its kind as a number.</summary>
internal sealed record SurveyRow(string? Survey, int Kind, double Score, double Min, double Max, string? Comment, DateTimeOffset? RespondedAt)
{
    public static SurveyRow Of(SurveyResponse response) =>
        new(response.Survey, (int)response.Kind, response.Score, response.Scale.Min, response.Scale.Max, response.Comment, response.RespondedAt);

    public SurveyResponse? ToModel()
    {
        if (string.IsNullOrWhiteSpace(Survey) || !double.IsFinite(Min) || !double.IsFinite(Max) || Max <= Min || !double.IsFinite(Score) || Score < Min || Score > Max)
        {
            return null;
        }

        return new SurveyResponse(Survey, SelfServiceRow.Known<SurveyKind>(Kind), Score, new SurveyScale(Min, Max)) { Comment = Comment, RespondedAt = RespondedAt };
    }
}
