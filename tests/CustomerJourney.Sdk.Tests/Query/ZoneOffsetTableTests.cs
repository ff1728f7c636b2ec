namespace CustomerJourney.Query;

public class ZoneOffsetTableTests
{
    [Theory]
    [InlineData("America/New_York")]
    [InlineData("Europe/Paris")]
    [InlineData("Australia/Lord_Howe")]
    [InlineData("America/Santiago")]
    [InlineData("Asia/Kathmandu")]
    [InlineData("Pacific/Chatham")]
    [InlineData("UTC")]
    public void FillDays_AgreesWithTimeZoneInfoAroundEveryHourOfThreeYears(string zoneId)
    {
        TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        long start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
        // Every hour, and a second either side of it, so every transition is approached from both sides.
        long[] ticks = [.. Enumerable.Range(0, 3 * 365 * 24).SelectMany(h => new[] { -TimeSpan.TicksPerSecond, 0, TimeSpan.TicksPerSecond }.Select(d => start + (h * TimeSpan.TicksPerHour) + d))];
        int[] days = new int[ticks.Length];

        ZoneOffsetTable.FillDays(zone, ticks, days);

        for (int i = 0; i < ticks.Length; i++)
        {
            int expected = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(new DateTime(ticks[i], DateTimeKind.Utc), zone)).DayNumber;
            Assert.True(expected == days[i], $"{zoneId} at {new DateTime(ticks[i], DateTimeKind.Utc):O}: {DateOnly.FromDayNumber(days[i])} instead of {DateOnly.FromDayNumber(expected)}");
        }
    }
}
