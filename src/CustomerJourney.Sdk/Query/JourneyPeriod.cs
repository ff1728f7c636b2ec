namespace CustomerJourney.Query;

/// <summary>
/// How far back a journey reaches: the immediately preceding N calendar months, counted in the
/// configured time zone from "now" (R5). The widget offers 3, 6, 9 and 12; the default is 12.
/// </summary>
public sealed record JourneyPeriod
{
    /// <summary>The largest number of months a period may span.</summary>
    public const int MaxMonths = 120;

    private JourneyPeriod(int months) => Months = months;

    /// <summary>The number of calendar months.</summary>
    public int Months { get; }

    /// <summary>The preceding 3 months.</summary>
    public static JourneyPeriod Last3Months { get; } = new(3);

    /// <summary>The preceding 6 months.</summary>
    public static JourneyPeriod Last6Months { get; } = new(6);

    /// <summary>The preceding 9 months.</summary>
    public static JourneyPeriod Last9Months { get; } = new(9);

    /// <summary>The preceding 12 months, the default.</summary>
    public static JourneyPeriod Last12Months { get; } = new(12);

    /// <summary>The preceding <paramref name="months"/> months.</summary>
    /// <param name="months">From 1 to <see cref="MaxMonths"/>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is outside 1..<see cref="MaxMonths"/>.</exception>
    public static JourneyPeriod LastMonths(int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(months, MaxMonths);
        return new JourneyPeriod(months);
    }
}
