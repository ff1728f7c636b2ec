using System.Globalization;

namespace CustomerJourney.Demo.Rendering;

/// <summary>A duration in its two largest parts, as people read one (<c>2d 4h</c>, <c>3h 20m</c>, <c>17m 42s</c>; <c>7d</c>, <c>56m</c> when the second is zero).</summary>
internal static class DurationText
{
    public static string Of(TimeSpan duration)
    {
        TimeSpan d = duration < TimeSpan.Zero ? TimeSpan.Zero : duration;
        (int first, string firstUnit, int second, string secondUnit) = d.TotalDays >= 1 ? ((int)d.TotalDays, "d", d.Hours, "h")
            : d.TotalHours >= 1 ? (d.Hours, "h", d.Minutes, "m")
            : (d.Minutes, "m", d.Seconds, "s");
        return first == 0 ? Invariant($"{second}{secondUnit}")
            : second == 0 ? Invariant($"{first}{firstUnit}")
            : Invariant($"{first}{firstUnit} {second}{secondUnit}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
