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
    public static DateTimeOffset? Parse(string? text) =>
        text is not null && DateTimeOffset.TryParseExact(text, s_formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset instant) ? instant : null;
}
