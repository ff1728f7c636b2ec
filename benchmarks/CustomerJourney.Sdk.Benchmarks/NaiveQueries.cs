using System.Globalization;
using System.Text;
using CustomerJourney.Model;

namespace CustomerJourney.Benchmarks;

/// <summary>What a user would write over the public model: LINQ Where, GroupBy, OrderBy on class objects.</summary>
internal static class NaiveQueries
{
    public static List<IGrouping<DateOnly, Interaction>> Filter(Interaction[] data, DateTimeOffset from, DateTimeOffset to, string? campaignId, Channel? channel, TimeZoneInfo zone) =>
        [
            .. data
                .Where(i => i.Start >= from && i.Start < to)
                .Where(i => campaignId is null || i.Campaign?.Id == campaignId)
                .Where(i => channel is null || i.Channel == channel)
                .OrderBy(i => i.Start)
                .GroupBy(i => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(i.Start, zone).DateTime))
                .OrderBy(g => g.Key),
        ];

    /// <summary>The same matching rules as the SDK (case- and accent-insensitive), written the obvious way.</summary>
    public static List<Interaction> Search(Interaction[] data, DateTimeOffset from, DateTimeOffset to, string text)
    {
        string needle = RemoveAccents(text).ToLower(CultureInfo.InvariantCulture);
        return
        [
            .. data
                .Where(i => i.Start >= from && i.Start < to)
                .Where(i => new[] { i.AgentName, i.AgentComments, i.Outcome?.Code, i.Outcome?.Name, i.Campaign?.Name }
                    .Any(f => f is not null && RemoveAccents(f).ToLower(CultureInfo.InvariantCulture).Contains(needle, StringComparison.Ordinal)))
                .OrderBy(i => i.Start),
        ];
    }

    /// <summary>Case-insensitive only, with ToLower().Contains: accents still count.</summary>
    public static List<Interaction> SearchToLower(Interaction[] data, DateTimeOffset from, DateTimeOffset to, string text)
    {
        string needle = text.ToLower(CultureInfo.InvariantCulture);
        return
        [
            .. data
                .Where(i => i.Start >= from && i.Start < to)
                .Where(i => new[] { i.AgentName, i.AgentComments, i.Outcome?.Code, i.Outcome?.Name, i.Campaign?.Name }
                    .Any(f => f is not null && f.ToLower(CultureInfo.InvariantCulture).Contains(needle, StringComparison.Ordinal)))
                .OrderBy(i => i.Start),
        ];
    }

    private static string RemoveAccents(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
