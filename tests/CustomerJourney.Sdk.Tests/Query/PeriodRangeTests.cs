namespace CustomerJourney.Query;

public class PeriodRangeTests
{
    private static readonly TimeZoneInfo s_newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo s_tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    [Theory]
    [InlineData(3, "2026-08-15T00:00:00-04:00")]
    [InlineData(6, "2026-05-15T00:00:00-04:00")]
    [InlineData(9, "2026-02-15T00:00:00-05:00")]
    [InlineData(12, "2025-11-15T00:00:00-05:00")]
    public void R5_Period_StartsAtLocalMidnightNCalendarMonthsBeforeToday(int months, string expectedFrom)
    {
        var now = DateTimeOffset.Parse("2026-11-15T14:30:00Z", System.Globalization.CultureInfo.InvariantCulture);

        PeriodRange range = PeriodRange.Resolve(JourneyPeriod.LastMonths(months), now, s_newYork);

        Assert.Equal(DateTimeOffset.Parse(expectedFrom, System.Globalization.CultureInfo.InvariantCulture), range.From);
        Assert.Equal(range.From.Offset, s_newYork.GetUtcOffset(range.From));
        Assert.Equal(now, range.To);
    }

    [Theory]
    [InlineData("2024-05-31T12:00:00Z", 3, "2024-02-29")] // leap year: the month's last day is the 29th
    [InlineData("2025-05-31T12:00:00Z", 3, "2025-02-28")]
    [InlineData("2025-03-31T12:00:00Z", 3, "2024-12-31")]
    [InlineData("2025-07-31T12:00:00Z", 9, "2024-10-31")]
    [InlineData("2024-02-29T12:00:00Z", 12, "2023-02-28")] // leap day minus a year
    public void R5_MonthEnd_ClampsToTheLastDayOfTheTargetMonth(string now, int months, string expectedDate)
    {
        PeriodRange range = PeriodRange.Resolve(JourneyPeriod.LastMonths(months), DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), TimeZoneInfo.Utc);

        Assert.Equal(DateOnly.Parse(expectedDate, System.Globalization.CultureInfo.InvariantCulture), DateOnly.FromDateTime(range.From.DateTime));
        Assert.Equal(TimeSpan.Zero, range.From.TimeOfDay);
    }

    [Fact]
    public void R5_CalendarMonths_AreCountedInTheConfiguredZone()
    {
        // 2026-03-01T02:00Z is still 28 February in New York, already 1 March in Tokyo.
        var now = DateTimeOffset.Parse("2026-03-01T02:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(new DateOnly(2025, 11, 28), DateOnly.FromDateTime(PeriodRange.Resolve(JourneyPeriod.Last3Months, now, s_newYork).From.DateTime));
        Assert.Equal(new DateOnly(2025, 12, 1), DateOnly.FromDateTime(PeriodRange.Resolve(JourneyPeriod.Last3Months, now, s_tokyo).From.DateTime));
    }

    [Fact]
    public void R5_Period_IsHalfOpen()
    {
        var now = DateTimeOffset.Parse("2026-11-15T14:30:00Z", System.Globalization.CultureInfo.InvariantCulture);
        PeriodRange range = PeriodRange.Resolve(JourneyPeriod.Last3Months, now, s_newYork);

        Assert.True(range.Contains(range.From));
        Assert.False(range.Contains(range.From.AddTicks(-1)));
        Assert.True(range.Contains(now.AddTicks(-1)));
        Assert.False(range.Contains(now));
    }

    [Fact]
    public void R5_StartOnADayWhoseMidnightDoesNotExist_StartsAtTheFirstLocalTimeThatDoes()
    {
        // Santiago springs forward at local midnight: 2026-09-06 00:00 does not exist, the day starts at 01:00 (-03:00).
        TimeZoneInfo santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");
        var now = DateTimeOffset.Parse("2026-12-06T15:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

        PeriodRange range = PeriodRange.Resolve(JourneyPeriod.Last3Months, now, santiago);

        Assert.Equal(DateTimeOffset.Parse("2026-09-06T01:00:00-03:00", System.Globalization.CultureInfo.InvariantCulture), range.From);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(121)]
    public void LastMonths_OutsideOneToMax_IsRefused(int months) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => JourneyPeriod.LastMonths(months));

    [Fact]
    public void Presets_AreTheWidgetsChoices()
    {
        Assert.Equal([3, 6, 9, 12], new[] { JourneyPeriod.Last3Months, JourneyPeriod.Last6Months, JourneyPeriod.Last9Months, JourneyPeriod.Last12Months }.Select(p => p.Months));
    }
}
