using CustomerJourney.Model;

namespace CustomerJourney.Analytics;

/// <summary>
/// A channel path (the channels of an episode's steps in order, a channel repeated by consecutive
/// steps written once: <c>WebVisit → Chat → Voice</c>), how many episodes took it and how they ended.
/// </summary>
/// <param name="Channels">The path.</param>
/// <param name="IsTruncated">Whether the episodes had more than <see cref="MaxSteps"/> steps on their path: it is counted under its first ones.</param>
/// <param name="Count">How many episodes took it.</param>
/// <param name="Resolved">How many of those ended resolved.</param>
/// <param name="Failed">How many of those ended failed.</param>
/// <param name="Surveys">The survey answers about those episodes' steps; <see langword="null"/> when the access context may not read surveys.</param>
public sealed record ChannelPathStats(IReadOnlyList<Channel> Channels, bool IsTruncated, int Count, int Resolved, int Failed, SurveyScoreStats? Surveys)
{
    /// <summary>The longest path counted as it is.</summary>
    public const int MaxSteps = 12;
}
