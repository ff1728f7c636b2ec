namespace CustomerJourney.Query;

/// <summary>Calendar arithmetic in a time zone, correct across DST gaps and overlaps.</summary>
internal static class ZonedClock
{
    private static readonly TimeSpan s_gapStep = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The first instant of a local date. Where midnight falls in a DST gap, the day starts at the
    /// first local time that exists; where it is ambiguous, at its first occurrence.
    /// </summary>
    public static DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo timeZone)
    {
        DateTime local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (timeZone.IsInvalidTime(local))
        {
            local = local.Add(s_gapStep);
        }

        TimeSpan offset = timeZone.IsAmbiguousTime(local)
            ? timeZone.GetAmbiguousTimeOffsets(local).Max()
            : timeZone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
