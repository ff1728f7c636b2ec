namespace CustomerJourney.Paths;

/// <summary>
/// What makes an episode of a customer's path: a step joins the episode of the previous step with
/// the same reason (<see cref="Grouping"/>) when it starts within <see cref="Window"/> of that
/// step's start; otherwise it opens a new one. The same rule cuts one customer's path
/// (<c>JourneyResult.Path</c>) and every customer's in the analytics (docs/analytics.md).
/// </summary>
public sealed record EpisodeRule
{
    private readonly TimeSpan _window = TimeSpan.FromDays(7);

    /// <summary>The longest window the SDK accepts: a year.</summary>
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(365);

    /// <summary>Seven days, steps of the same campaign.</summary>
    public static EpisodeRule Default { get; } = new();

    /// <summary>How long after a step's start the next one still belongs to its episode (bounds included).</summary>
    /// <value>The default value is 7 days.</value>
    /// <exception cref="ArgumentOutOfRangeException">Not above zero, or longer than <see cref="MaxWindow"/>.</exception>
    public TimeSpan Window
    {
        get => _window;
        init => _window = value > TimeSpan.Zero && value <= MaxWindow
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), "An episode's window must be above zero and at most 365 days.");
    }

    /// <summary>Which steps may share an episode.</summary>
    /// <value>The default value is <see cref="EpisodeGrouping.Campaign"/>.</value>
    public EpisodeGrouping Grouping { get; init; }
}
