using CustomerJourney.Paths;

namespace CustomerJourney.Demo.Rendering;

/// <summary>An episode rule in a few words: <c>same campaign, steps within 7d</c>, <c>any campaign, steps within 30d</c>.</summary>
internal static class EpisodeRuleText
{
    public static string Of(EpisodeRule rule) =>
        $"{(rule.Grouping == EpisodeGrouping.Campaign ? "same campaign" : "any campaign")}, steps within {DurationText.Of(rule.Window)}";
}
