using CustomerJourney.Access;
using CustomerJourney.Model;
using CustomerJourney.Paths;
using CustomerJourney.Query;

namespace CustomerJourney.Analytics;

/// <summary>
/// What a journey report covers: a period, the campaign and channel filters, who is asking (R15:
/// a manager sees their divisions' interactions only, and the report is computed from those alone)
/// and the episode rule. The filters select the interactions the report reads; every measure is
/// computed over what they select (docs/analytics.md).
/// </summary>
public sealed record JourneyReportQuery
{
    /// <summary>How long after the period's end the report keeps reading, at least: repeat contacts are counted within 30 days.</summary>
    public static readonly TimeSpan MinimumFollowUp = TimeSpan.FromDays(30);

    private readonly int _maxPaths = 10;

    /// <summary>A report over a period.</summary>
    /// <param name="period">The half-open period; <see cref="PeriodRange.Resolve"/> makes the last N calendar months of a time zone.</param>
    /// <exception cref="ArgumentException">The period is empty or runs backwards.</exception>
    public JourneyReportQuery(PeriodRange period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.To <= period.From)
        {
            throw new ArgumentException("A report's period must end after it starts.", nameof(period));
        }

        Period = period;
    }

    /// <summary>The period: contacts, self-service sessions and survey answers inside it, and episodes that start inside it, are counted.</summary>
    public PeriodRange Period { get; }

    /// <summary>Only this campaign's interactions; <see langword="null"/> for every campaign.</summary>
    public string? CampaignId { get; init; }

    /// <summary>Only this channel's interactions; <see langword="null"/> for every channel.</summary>
    public Channel? Channel { get; init; }

    /// <summary>Who is asking: the report reads only the interactions this context may see, and leaves out the survey figures without <see cref="JourneyPermissions.Surveys"/>.</summary>
    /// <value>The default value is <see cref="AccessContext.Undivided"/>: interactions of no division.</value>
    public AccessContext Access { get; init; } = AccessContext.Undivided;

    /// <summary>What makes an episode.</summary>
    /// <value>The default value is <see cref="EpisodeRule.Default"/> (same campaign, 7 days).</value>
    public EpisodeRule Episodes { get; init; } = EpisodeRule.Default;

    /// <summary>How many of the most frequent channel paths the report lists.</summary>
    /// <value>The default value is 10.</value>
    /// <exception cref="ArgumentOutOfRangeException">Not between 1 and 1,000.</exception>
    public int MaxPaths
    {
        get => _maxPaths;
        init => _maxPaths = value is >= 1 and <= 1000 ? value : throw new ArgumentOutOfRangeException(nameof(value), "A report lists between 1 and 1,000 paths.");
    }

    /// <summary>
    /// How long after the period's end steps are still read: to finish the episodes that started in
    /// it and to see repeat contacts: 30 days, or the episode window when longer.
    /// </summary>
    public TimeSpan FollowUp => Episodes.Window > MinimumFollowUp ? Episodes.Window : MinimumFollowUp;

    /// <summary>The end of what the report reads: the period's end plus <see cref="FollowUp"/>.</summary>
    public DateTimeOffset ReadUntil => Period.To + FollowUp;
}
