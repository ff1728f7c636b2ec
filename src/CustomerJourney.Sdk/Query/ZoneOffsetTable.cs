using System.Collections.Concurrent;

namespace CustomerJourney.Query;

/// <summary>
/// A time zone's UTC offsets as a sorted table of segments (each from a transition instant to the
/// next), computed once per zone and year and cached for the process. Turning an instant into a
/// local date is then a table step instead of a <see cref="TimeZoneInfo.ConvertTime(DateTimeOffset, TimeZoneInfo)"/> call.
/// </summary>
internal sealed class ZoneOffsetTable
{
    private static readonly ConcurrentDictionary<(string Zone, int Year), ZoneOffsetTable> s_years = new();

    private readonly long[] _starts;
    private readonly long[] _offsets;

    private ZoneOffsetTable(long[] starts, long[] offsets)
    {
        _starts = starts;
        _offsets = offsets;
    }

    /// <summary>Writes the local day number (<see cref="DateOnly.DayNumber"/>) of each instant, given in ascending order.</summary>
    public static void FillDays(TimeZoneInfo zone, ReadOnlySpan<long> ascendingUtcTicks, Span<int> days) =>
        Fill(zone, ascendingUtcTicks, days, []);

    /// <summary>Writes the local day number and the UTC offset in minutes of each instant, given in ascending order.</summary>
    public static void Fill(TimeZoneInfo zone, ReadOnlySpan<long> ascendingUtcTicks, Span<int> days, Span<short> offsetMinutes)
    {
        int i = 0;
        while (i < ascendingUtcTicks.Length)
        {
            ZoneOffsetTable year = For(zone, new DateTime(ascendingUtcTicks[i], DateTimeKind.Utc).Year);
            long yearEnd = year._starts[^1];
            int segment = 0;
            for (; i < ascendingUtcTicks.Length && ascendingUtcTicks[i] < yearEnd; i++)
            {
                long ticks = ascendingUtcTicks[i];
                while (ticks >= year._starts[segment + 1])
                {
                    segment++;
                }

                long offset = year._offsets[segment];
                days[i] = (int)((ticks + offset) / TimeSpan.TicksPerDay);
                if (!offsetMinutes.IsEmpty)
                {
                    offsetMinutes[i] = (short)(offset / TimeSpan.TicksPerMinute);
                }
            }
        }
    }

    /// <summary>The table of the year an instant falls in; keep it to look up instants of the same year without the cache.</summary>
    public static ZoneOffsetTable YearOf(TimeZoneInfo zone, long utcTicks) => For(zone, new DateTime(utcTicks, DateTimeKind.Utc).Year);

    /// <summary>Whether an instant falls in this table's year.</summary>
    public bool Covers(long utcTicks) => utcTicks >= _starts[0] && utcTicks < _starts[^1];

    /// <summary>The UTC offset at an instant of this table's year.</summary>
    public TimeSpan OffsetAt(long utcTicks)
    {
        int segment = Array.BinarySearch(_starts, utcTicks);
        segment = segment >= 0 ? segment : ~segment - 1;
        return TimeSpan.FromTicks(_offsets[Math.Clamp(segment, 0, _offsets.Length - 1)]);
    }

    private static ZoneOffsetTable For(TimeZoneInfo zone, int year) =>
        s_years.GetOrAdd((zone.Id, year), key => Compute(zone, key.Year));

    // Probes the offset at every UTC midnight of the year; where it changes, finds the transition
    // to the second by bisection. The last start is the year's end, a sentinel.
    private static ZoneOffsetTable Compute(TimeZoneInfo zone, int year)
    {
        long start = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
        long end = year == 9999 ? DateTime.MaxValue.Ticks : new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
        var starts = new List<long> { start };
        var offsets = new List<long> { Offset(zone, start) };
        for (long day = start + TimeSpan.TicksPerDay; day < end + TimeSpan.TicksPerDay; day += TimeSpan.TicksPerDay)
        {
            long probe = Math.Min(day, end - 1);
            long offset = Offset(zone, probe);
            if (offset == offsets[^1])
            {
                continue;
            }

            long low = probe - TimeSpan.TicksPerDay;
            long high = probe;
            while (high - low > TimeSpan.TicksPerSecond)
            {
                long middle = low + ((high - low) / 2);
                if (Offset(zone, middle) == offset)
                {
                    high = middle;
                }
                else
                {
                    low = middle;
                }
            }

            starts.Add(high - (high % TimeSpan.TicksPerSecond));
            offsets.Add(offset);
        }

        starts.Add(end);
        return new ZoneOffsetTable([.. starts], [.. offsets]);
    }

    private static long Offset(TimeZoneInfo zone, long utcTicks) =>
        zone.GetUtcOffset(new DateTime(utcTicks, DateTimeKind.Utc)).Ticks;
}
