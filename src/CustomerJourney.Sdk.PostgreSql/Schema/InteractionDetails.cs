using System.Text.Json;
using CustomerJourney.Model;

namespace CustomerJourney.PostgreSql.Schema;

/// <summary>
/// The list fields of an interaction (divisions, hops, outcomes, scores, segments, web events, and
/// the source's channel name and a visit's details), stored as one
/// JSON document in the <c>details</c> column (the same document as the SQLite store's): they are read whole with their interaction, never
/// queried, and a column per list would be a table per list.
/// </summary>
internal sealed record InteractionDetails(
    IReadOnlyList<string>? Divisions,
    IReadOnlyList<TransferHop>? Hops,
    IReadOnlyList<OutcomeProgress>? OutcomeProgress,
    IReadOnlyList<OutcomeScore>? PredictedScores,
    IReadOnlyList<SegmentMatch>? Segments,
    IReadOnlyList<WebEvent>? WebEvents,
    string? SourceChannel = null,
    WebVisitDetails? WebVisit = null)
{
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
            interaction.WebVisit);
        return details == Empty ? null : JsonSerializer.Serialize(details, InteractionDetailsJson.Default.InteractionDetails);
    }

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

    private static InteractionDetails Empty { get; } = new(null, null, null, null, null, null);
}
