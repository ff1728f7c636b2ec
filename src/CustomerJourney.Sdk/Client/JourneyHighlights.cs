using CustomerJourney.Model;

namespace CustomerJourney.Client;

/// <summary>
/// What the journey says about the customer as a whole (R16), from the interactions the agent may
/// see: segments in the order assigned (each once, at its first assignment), the furthest progress
/// toward each outcome, and the latest predicted score of each.
/// </summary>
internal sealed record JourneyHighlights(IReadOnlyList<SegmentMatch> Segments, IReadOnlyList<OutcomeProgress> Outcomes, IReadOnlyList<OutcomeScore> Scores)
{
    public static JourneyHighlights Of(IReadOnlyList<Interaction> interactions)
    {
        SegmentMatch[] segments =
        [
            .. interactions.SelectMany(i => i.Segments ?? [])
                .OrderBy(s => s.AssignedAt)
                .ThenBy(s => s.Id, StringComparer.Ordinal)
                .DistinctBy(s => s.Id, StringComparer.Ordinal),
        ];
        OutcomeProgress[] outcomes =
        [
            .. interactions.SelectMany(i => i.OutcomeProgress ?? [])
                .GroupBy(o => o.Outcome, StringComparer.Ordinal)
                .Select(g => g.MaxBy(o => o.Progress)!)
                .OrderBy(o => o.Outcome, StringComparer.Ordinal),
        ];
        OutcomeScore[] scores =
        [
            .. interactions.Where(i => i.PredictedScores is not null)
                .OrderBy(i => i.LastActivity ?? i.Start)
                .SelectMany(i => i.PredictedScores!)
                .GroupBy(s => s.Outcome, StringComparer.Ordinal)
                .Select(g => g.Last())
                .OrderBy(s => s.Outcome, StringComparer.Ordinal),
        ];
        return new JourneyHighlights(segments, outcomes, scores);
    }
}
