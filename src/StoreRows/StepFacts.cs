using CustomerJourney.Analytics;
using CustomerJourney.Model;

namespace CustomerJourney.Stores.Rows;

/// <summary>
/// The small facts of an analytics row packed by the store's SQL into one integer, so a row costs
/// one column read instead of five: the channel (bits 0–4), agentless (bit 5), the outcome kind
/// plus one (bits 6–8, 0 for none), the self-service result plus one (bits 9–11, 0 for none), and
/// whether the row has survey scores (bit 12). <see cref="Sql"/> is the expression; <see cref="Read"/> unpacks it.
/// </summary>
internal static class StepFacts
{
    /// <summary>
    /// The packing, in SQL both stores run (integer arithmetic; booleans as 0/1). A value out of its
    /// bits (written by a newer SDK) packs as Unknown rather than spilling into its neighbours.
    /// </summary>
    public static string Sql(string agentless) =>
        $"""
        ((CASE WHEN channel BETWEEN 0 AND 31 THEN channel ELSE 0 END)
         + ({agentless} * 32)
         + ((CASE WHEN outcome_kind IS NULL THEN 0 WHEN outcome_kind BETWEEN 0 AND 6 THEN outcome_kind + 1 ELSE 1 END) * 64)
         + ((CASE WHEN self_service_result IS NULL THEN 0 WHEN self_service_result BETWEEN 0 AND 6 THEN self_service_result + 1 ELSE 1 END) * 512)
         + (CASE WHEN survey_scores IS NULL THEN 0 ELSE 4096 END))
        """;

    /// <summary>Whether the packed facts say the row has survey scores.</summary>
    public static bool HasSurveys(long facts) => (facts & 4096) != 0;

    /// <summary>The step of a row, from its packed facts and its other columns.</summary>
    public static JourneyStepFacts Read(long facts, long startTicks, long endTicks, string? campaignId, IReadOnlyList<SurveyScore>? surveys)
    {
        int outcome = (int)((facts >> 6) & 7);
        int selfService = (int)((facts >> 9) & 7);
        var start = new DateTimeOffset(startTicks, TimeSpan.Zero);
        return new JourneyStepFacts
        {
            Start = start,
            End = endTicks > startTicks ? new DateTimeOffset(endTicks, TimeSpan.Zero) : null,
            Channel = Known((Channel)(int)(facts & 31)),
            IsAgentless = (facts & 32) != 0,
            CampaignId = campaignId,
            Outcome = outcome == 0 ? null : Known((OutcomeKind)(outcome - 1)),
            SelfService = selfService == 0 ? null : Known((SelfServiceResult)(selfService - 1)),
            Surveys = surveys,
        };
    }

    // A value written by a newer SDK that this one does not know reads as Unknown (0), never throws.
    private static T Known<T>(T value)
        where T : struct, Enum => Enum.IsDefined(value) ? value : default;
}
