using CustomerJourney.Model;

namespace CustomerJourney.Live;

/// <summary>Whether two versions of an interaction differ, lists compared by content (a record compares them by reference).</summary>
internal static class InteractionRevision
{
    private static readonly string[] s_noDivisions = [];

    public static bool Same(Interaction a, Interaction b) =>
        Same(a.Hops, b.Hops) && Same(a.Divisions, b.Divisions) && Same(a.OutcomeProgress, b.OutcomeProgress)
        && Same(a.PredictedScores, b.PredictedScores) && Same(a.Segments, b.Segments) && Same(a.WebEvents, b.WebEvents)
        && WithoutLists(a) == WithoutLists(b);

    private static Interaction WithoutLists(Interaction interaction) =>
        interaction with { Hops = null, Divisions = s_noDivisions, OutcomeProgress = null, PredictedScores = null, Segments = null, WebEvents = null };

    private static bool Same<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.SequenceEqual(b));
}
