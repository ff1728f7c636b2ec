namespace CustomerJourney.Analytics;

/// <summary>
/// Journey analytics over a period (seed 004: "first call resolution is not the full story"):
/// contacts, episodes and how they were resolved, repeat contacts, time to resolution, the channel
/// paths that led to a resolved or failed outcome, containment of self-service, and survey scores
/// by path and by channel. Exact definitions in docs/analytics.md. Immutable.
/// </summary>
public sealed record JourneyReport
{
    /// <summary>What the report covers.</summary>
    public required JourneyReportQuery Query { get; init; }

    /// <summary>How many contacts started in the period.</summary>
    public int Contacts { get; init; }

    /// <summary>The contacts per channel, most first.</summary>
    public required IReadOnlyList<ChannelCount> ContactsByChannel { get; init; }

    /// <summary>How many episodes with at least one contact started in the period.</summary>
    public int Episodes { get; init; }

    /// <summary>How many of <see cref="Episodes"/> ended resolved (their outcome a success).</summary>
    public int ResolvedEpisodes { get; init; }

    /// <summary>How many of <see cref="Episodes"/> ended failed (their outcome a failure).</summary>
    public int FailedEpisodes { get; init; }

    /// <summary>How many of <see cref="Episodes"/> were resolved at first contact.</summary>
    public int FirstContactResolutions { get; init; }

    /// <summary><see cref="FirstContactResolutions"/> over <see cref="Episodes"/> (0–1); <see langword="null"/> without episodes.</summary>
    public double? FirstContactResolutionRate => Rate(FirstContactResolutions, Episodes);

    /// <summary>How many of <see cref="Contacts"/> the same customer followed with another contact within 7 days.</summary>
    public int RepeatContacts7d { get; init; }

    /// <summary>How many of <see cref="Contacts"/> the same customer followed with another contact within 30 days.</summary>
    public int RepeatContacts30d { get; init; }

    /// <summary><see cref="RepeatContacts7d"/> over <see cref="Contacts"/> (0–1); <see langword="null"/> without contacts.</summary>
    public double? RepeatContactRate7d => Rate(RepeatContacts7d, Contacts);

    /// <summary><see cref="RepeatContacts30d"/> over <see cref="Contacts"/> (0–1); <see langword="null"/> without contacts.</summary>
    public double? RepeatContactRate30d => Rate(RepeatContacts30d, Contacts);

    /// <summary>The median time to resolution of the resolved episodes, in whole minutes; <see langword="null"/> without any.</summary>
    public TimeSpan? MedianTimeToResolution { get; init; }

    /// <summary>The 90th percentile of the time to resolution, in whole minutes; <see langword="null"/> without resolved episodes.</summary>
    public TimeSpan? P90TimeToResolution { get; init; }

    /// <summary>The most frequent channel paths of the episodes, most first (at most <see cref="JourneyReportQuery.MaxPaths"/>).</summary>
    public required IReadOnlyList<ChannelPathStats> ChannelPaths { get; init; }

    /// <summary>Self-service sessions in the period and how they ended.</summary>
    public required SelfServiceStats SelfService { get; init; }

    /// <summary>Survey scores in the period, overall and by channel; <see langword="null"/> when the access context may not read surveys.</summary>
    public SurveyStats? Surveys { get; init; }

    internal static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
