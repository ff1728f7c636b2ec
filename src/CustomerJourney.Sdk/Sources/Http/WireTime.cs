using System.Globalization;

namespace CustomerJourney.Sources.Http;

/// <summary>How instants travel in query strings and come back in bodies.</summary>
internal static class WireTime
{
    /// <summary>ISO-8601 with an offset, URL-escaped (<c>2026-10-01T09:15:00.0000000%2B01:00</c>).</summary>
    public static string Query(DateTimeOffset instant) =>
        Uri.EscapeDataString(instant.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture));

    /// <summary>Parses an ISO-8601 instant; <see langword="null"/> when absent or unreadable.</summary>
    public static DateTimeOffset? Parse(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset instant) ? instant : null;
}
