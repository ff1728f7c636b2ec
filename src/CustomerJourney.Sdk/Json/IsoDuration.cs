using System.Globalization;
using System.Text;

namespace CustomerJourney.Json;

/// <summary>
/// Durations as ISO-8601 writes them (<c>PT4M12S</c>, <c>P2DT3H</c>): days, hours, minutes and
/// seconds, zero parts left out, fractions of a second to the millisecond. What a script reads
/// with any ISO-8601 library, and the same on every culture.
/// </summary>
internal static class IsoDuration
{
    /// <summary>The duration in ISO-8601; a negative one is written as zero (durations here never run backwards).</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            return "PT0S";
        }

        var text = new StringBuilder("P");
        if (duration.Days > 0)
        {
            text.Append(duration.Days.ToString(CultureInfo.InvariantCulture)).Append('D');
        }

        TimeSpan time = duration - TimeSpan.FromDays(duration.Days);
        if (time > TimeSpan.Zero)
        {
            text.Append('T');
            Part(text, time.Hours, 'H');
            Part(text, time.Minutes, 'M');
            long milliseconds = (long)Math.Floor((time.Ticks % TimeSpan.TicksPerMinute) / (double)TimeSpan.TicksPerMillisecond);
            if (milliseconds > 0)
            {
                text.Append((milliseconds / 1000m).ToString("0.###", CultureInfo.InvariantCulture)).Append('S');
            }
            else if (text[^1] == 'T')
            {
                // Less than a millisecond of time after the days: written as the days alone.
                text.Length--;
            }
        }

        return text.Length == 1 ? "PT0S" : text.ToString();
    }

    private static void Part(StringBuilder text, int value, char designator)
    {
        if (value > 0)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(designator);
        }
    }
}
