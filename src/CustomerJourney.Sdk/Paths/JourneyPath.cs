namespace CustomerJourney.Paths;

/// <summary>
/// A customer's path: the journey's interactions as ordered steps across channels, with the time
/// between them, cut into episodes (seed 004). Made from what the journey shows (its period and
/// filter), so a narrower filter gives the path of what is shown.
/// </summary>
public sealed class JourneyPath
{
    internal JourneyPath(EpisodeRule rule, IReadOnlyList<JourneyStep> steps, IReadOnlyList<JourneyEpisode> episodes)
    {
        Rule = rule;
        Steps = steps;
        Episodes = episodes;
    }

    /// <summary>The rule the episodes were cut by.</summary>
    public EpisodeRule Rule { get; }

    /// <summary>Every step, oldest first; steps that start at the same instant ordered by source, then id.</summary>
    public IReadOnlyList<JourneyStep> Steps { get; }

    /// <summary>The episodes, in the order of their first step.</summary>
    public IReadOnlyList<JourneyEpisode> Episodes { get; }
}
