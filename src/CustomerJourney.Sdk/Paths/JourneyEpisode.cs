using CustomerJourney.Model;

namespace CustomerJourney.Paths;

/// <summary>
/// One episode of a customer's path (<see cref="EpisodeRule"/>): the steps about one reason, in
/// order, with the outcome they reached and whether the first contact resolved it (docs/analytics.md).
/// </summary>
public sealed record JourneyEpisode
{
    /// <summary>The campaign its steps share; <see langword="null"/> for steps outside any campaign, or when episodes are cut by customer.</summary>
    public Campaign? Campaign { get; init; }

    /// <summary>Its steps, in order.</summary>
    public required IReadOnlyList<JourneyStep> Steps { get; init; }

    /// <summary>The channels of its steps in order, a channel repeated by consecutive steps written once (<c>WebVisit → Chat → Voice</c>).</summary>
    public required IReadOnlyList<Channel> Channels { get; init; }

    /// <summary>How many of its steps are contacts.</summary>
    public int Contacts { get; init; }

    /// <summary>The outcome of its last contact that has one: where the episode got to; <see langword="null"/> when none has one.</summary>
    public Outcome? Outcome { get; init; }

    /// <summary>Whether it reached a success (<see cref="Outcome"/> is a <see cref="OutcomeKind.Success"/>).</summary>
    public bool IsResolved => Outcome?.Kind == OutcomeKind.Success;

    /// <summary>Whether it ended in a failure (<see cref="Outcome"/> is a <see cref="OutcomeKind.Failure"/>).</summary>
    public bool IsFailed => Outcome?.Kind == OutcomeKind.Failure;

    /// <summary>Whether it was resolved at first contact: resolved, with one contact only.</summary>
    public bool IsResolvedAtFirstContact => IsResolved && Contacts == 1;

    /// <summary>From its first step's start to the end of the contact that resolved it (its start when it has no end); <see langword="null"/> when not resolved.</summary>
    public TimeSpan? TimeToResolution { get; init; }

    /// <summary>The survey answers given about its steps, in step order; empty when none (or when the agent may not read them).</summary>
    public required IReadOnlyList<SurveyResponse> Surveys { get; init; }

    /// <summary>When its first step started, in the journey's time zone.</summary>
    public DateTimeOffset Start => Steps[0].Item.LocalStart;
}
