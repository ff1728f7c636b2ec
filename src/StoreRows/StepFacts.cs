using System.Runtime.CompilerServices;
using CustomerJourney.Analytics;
using CustomerJourney.Model;

namespace CustomerJourney.Stores.Rows;

/// <summary>
/// The small facts of an analytics row packed into one integer, so a row of the report costs one
/// column instead of five: the channel (bits 0–4), agentless (bit 5), the outcome kind plus one
/// (bits 6–9, 0 for none), the self-service result plus one (bits 10–13, 0 for none), and whether
/// the row has survey scores (bit 14). The SQLite store writes it with each row (<see cref="Of"/>);
/// the PostgreSQL store packs it in its SQL (<see cref="Sql"/>). A value this SDK does not know
/// (a newer SDK's) still fits its bits and reads as Unknown.
/// </summary>
internal static class StepFacts
{
    private const long Agentless = 1 << 5;
    private const int OutcomeShift = 6;
    private const int SelfServiceShift = 10;
    private const long Surveys = 1 << 14;

    // What each value of the bits reads as: a value this SDK does not know (a newer SDK's) reads as Unknown.
    private static readonly Channel[] s_channels = Table<Channel>(32);
    private static readonly OutcomeKind[] s_outcomes = Table<OutcomeKind>(16);
    private static readonly SelfServiceResult[] s_results = Table<SelfServiceResult>(16);

    /// <summary>The packed facts of an interaction.</summary>
    public static long Of(Interaction interaction) =>
        ((long)interaction.Channel & 31)
        | (interaction.IsAgentless ? Agentless : 0)
        | (interaction.Outcome is { } outcome ? Plus1(outcome.Kind) << OutcomeShift : 0)
        | (interaction.SelfService is { } selfService ? Plus1(selfService.Result) << SelfServiceShift : 0)
        | (interaction.Surveys is { Count: > 0 } ? Surveys : 0);

    /// <summary>
    /// The same packing in SQL (integer arithmetic; booleans as 0/1), over the columns channel,
    /// outcome_kind, self_service_result and survey_scores; a value out of its bits packs as Unknown.
    /// </summary>
    public static string Sql(string agentless, string selfServiceResult = "self_service_result", string surveyScores = "survey_scores") =>
        $"""
        ((CASE WHEN channel BETWEEN 0 AND 31 THEN channel ELSE 0 END)
         + ({agentless} * 32)
         + ((CASE WHEN outcome_kind IS NULL THEN 0 WHEN outcome_kind BETWEEN 0 AND 14 THEN outcome_kind + 1 ELSE 1 END) * 64)
         + ((CASE WHEN {selfServiceResult} IS NULL THEN 0 WHEN {selfServiceResult} BETWEEN 0 AND 14 THEN {selfServiceResult} + 1 ELSE 1 END) * 1024)
         + (CASE WHEN {surveyScores} IS NULL THEN 0 ELSE 16384 END))
        """;

    /// <summary>Whether the packed facts say the row has survey scores.</summary>
    public static bool HasSurveys(long facts) => (facts & Surveys) != 0;

    /// <summary>The step of a row, from its packed facts and its other columns (an end at or before the start reads as none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JourneyStepFacts Read(long facts, long startTicks, long endTicks, string? campaignId, IReadOnlyList<SurveyScore>? surveys)
    {
        int outcome = (int)((facts >> OutcomeShift) & 15);
        int selfService = (int)((facts >> SelfServiceShift) & 15);
        return new JourneyStepFacts
        {
            Start = new DateTimeOffset(startTicks, TimeSpan.Zero),
            End = endTicks > startTicks ? new DateTimeOffset(endTicks, TimeSpan.Zero) : null,
            Channel = s_channels[facts & 31],
            IsAgentless = (facts & Agentless) != 0,
            CampaignId = campaignId,
            Outcome = outcome == 0 ? null : s_outcomes[outcome - 1],
            SelfService = selfService == 0 ? null : s_results[selfService - 1],
            Surveys = surveys,
        };
    }

    private static long Plus1<T>(T value)
        where T : struct, Enum => Math.Clamp(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture), 0, 14) + 1;

    private static T[] Table<T>(int size)
        where T : struct, Enum =>
        [.. Enumerable.Range(0, size).Select(i => (T)Enum.ToObject(typeof(T), i)).Select(v => Enum.IsDefined(v) ? v : default)];
}
