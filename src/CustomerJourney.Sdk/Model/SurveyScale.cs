namespace CustomerJourney.Model;

/// <summary>The range a survey's answers are given on, lowest first (0–10 for NPS, 1–5 for most CSAT surveys).</summary>
public sealed record SurveyScale
{
    /// <summary>A scale.</summary>
    /// <param name="min">The lowest answer.</param>
    /// <param name="max">The highest answer; above <paramref name="min"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not a finite number, or <paramref name="max"/> is not above <paramref name="min"/>.</exception>
    public SurveyScale(double min, double max)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || max <= min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), "A survey scale needs finite bounds, the highest above the lowest.");
        }

        Min = min;
        Max = max;
    }

    /// <summary>0 to 10, the Net Promoter Score's scale.</summary>
    public static SurveyScale ZeroToTen { get; } = new(0, 10);

    /// <summary>1 to 5, the usual satisfaction scale.</summary>
    public static SurveyScale OneToFive { get; } = new(1, 5);

    /// <summary>1 to 7, the usual effort scale.</summary>
    public static SurveyScale OneToSeven { get; } = new(1, 7);

    /// <summary>The lowest answer.</summary>
    public double Min { get; }

    /// <summary>The highest answer.</summary>
    public double Max { get; }

    /// <summary>Whether a score lies on the scale, bounds included.</summary>
    /// <param name="score">The score.</param>
    /// <returns><see langword="true"/> for a finite score between <see cref="Min"/> and <see cref="Max"/>.</returns>
    public bool Contains(double score) => double.IsFinite(score) && score >= Min && score <= Max;
}
