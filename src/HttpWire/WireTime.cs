using System.Globalization;

namespace CustomerJourney.Sources.Http;

/// <summary>How instants travel in query strings and come back in bodies.</summary>
internal static class WireTime
{
    // ISO-8601 extended form with an offset, as the contracts document: seconds and fractions
    // optional, Z or ±hh:mm. Nothing else: a local "05/10/2026 09:15" is not guessed at.
    private static readonly string[] s_formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd'T'HH:mm'Z'",
    ];

    /// <summary>ISO-8601 with an offset, URL-escaped (<c>2026-10-01T09:15:00.0000000%2B01:00</c>).</summary>
    public static string Query(DateTimeOffset instant) =>
        Uri.EscapeDataString(instant.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture));

    /// <summary>Parses an ISO-8601 instant with an offset; <see langword="null"/> when absent or in any other form.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        // Nearly every wire time has the plain form; the general parser is several times slower.
        if (TryParseCommon(text, out DateTimeOffset common))
        {
            return common;
        }

        return DateTimeOffset.TryParseExact(text, s_formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset instant) ? instant : null;
    }

    // yyyy-MM-ddTHH:mm[:ss[.f…f]](Z|±hh:mm), with every field in range: a strict subset of the
    // formats above, read to the same instant. Anything else is left to the general parser.
    private static bool TryParseCommon(string text, out DateTimeOffset instant)
    {
        instant = default;
        ReadOnlySpan<char> t = text;
        if (t.Length < 17 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':'
            || !Digits(t, 0, 4, out int year) || !Digits(t, 5, 2, out int month) || !Digits(t, 8, 2, out int day)
            || !Digits(t, 11, 2, out int hour) || !Digits(t, 14, 2, out int minute))
        {
            return false;
        }

        int at = 16;
        int second = 0;
        long fraction = 0;
        if (t[at] == ':')
        {
            if (!Digits(t, at + 1, 2, out second))
            {
                return false;
            }

            at += 3;
            if (at < t.Length && t[at] == '.')
            {
                int start = ++at;
                while (at < t.Length && char.IsAsciiDigit(t[at]) && at - start < 7)
                {
                    fraction = (fraction * 10) + (t[at] - '0');
                    at++;
                }

                int digits = at - start;
                if (digits == 0 || (at < t.Length && char.IsAsciiDigit(t[at])))
                {
                    return false;
                }

                for (int d = digits; d < 7; d++)
                {
                    fraction *= 10;
                }
            }
        }

        TimeSpan offset;
        if (at == t.Length - 1 && t[at] == 'Z')
        {
            offset = TimeSpan.Zero;
        }
        else if (at == t.Length - 6 && (t[at] == '+' || t[at] == '-') && t[at + 3] == ':'
            && Digits(t, at + 1, 2, out int offsetHours) && Digits(t, at + 4, 2, out int offsetMinutes)
            && offsetMinutes < 60 && (offsetHours < 14 || (offsetHours == 14 && offsetMinutes == 0)))
        {
            offset = new TimeSpan(offsetHours, offsetMinutes, 0) * (t[at] == '-' ? -1 : 1);
        }
        else
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        long ticks = local.Ticks + fraction - offset.Ticks;
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        instant = new DateTimeOffset(local.AddTicks(fraction), offset);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        if (start + count > text.Length)
        {
            return false;
        }

        for (int i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }
}
