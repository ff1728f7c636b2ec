namespace CustomerJourney.Query;

/// <summary>
/// A resolved period: the half-open range [<see cref="From"/>, <see cref="To"/>), both carrying the
/// configured time zone's offset at that instant.
/// </summary>
/// <param name="From">Local midnight N calendar months before today (inclusive).</param>
/// <param name="To">"Now" (exclusive).</param>
public sealed record PeriodRange(DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>Whether an instant falls in the range.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when <see cref="From"/> ≤ <paramref name="instant"/> &lt; <see cref="To"/>.</returns>
    public bool Contains(DateTimeOffset instant) => instant >= From && instant < To;

    /// <summary>
    /// Resolves a period of N calendar months (R5): the range starts at local midnight of today's
    /// date minus N months (clamped to the month's last day, so 31 May minus 3 months is the last
    /// day of February) and ends at <paramref name="now"/>.
    /// </summary>
    /// <param name="period">The period.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="timeZone">The time zone that calendar months and dates are counted in.</param>
    /// <returns>The half-open range.</returns>
    public static PeriodRange Resolve(JourneyPeriod period, DateTimeOffset now, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(timeZone);
        DateTimeOffset localNow = TimeZoneInfo.ConvertTime(now, timeZone);
        DateOnly firstDate = DateOnly.FromDateTime(localNow.DateTime).AddMonths(-period.Months);
        return new PeriodRange(ZonedClock.StartOfDay(firstDate, timeZone), localNow);
    }
}
