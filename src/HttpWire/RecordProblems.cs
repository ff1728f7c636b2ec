using System.Globalization;

namespace CustomerJourney.Sources.Http;

/// <summary>
/// Counts what an HTTP source had to leave out or repair in the records it read, by kind, and
/// says so in warnings that count records and never quote them.
/// </summary>
/// <param name="startField">What the contract calls the start time (<c>date/time</c>, <c>start time</c>).</param>
internal sealed class RecordProblems(string startField)
{
    private int _unreadable;
    private int _withoutIdOrStart;
    private int _badStart;
    private int _badEnd;

    /// <summary>A record whose fields could not be read.</summary>
    public void Unreadable() => _unreadable++;

    /// <summary>A record without an id or a start time.</summary>
    public void WithoutIdOrStart() => _withoutIdOrStart++;

    /// <summary>A record whose start time is not ISO-8601 with an offset.</summary>
    public void BadStart() => _badStart++;

    /// <summary>A record whose end time is not ISO-8601 with an offset (kept, without an end).</summary>
    public void BadEnd() => _badEnd++;

    /// <summary>Reads a start time, counting a missing or unreadable one; <see langword="null"/> when the record must be left out.</summary>
    public DateTimeOffset? Start(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            WithoutIdOrStart();
            return null;
        }

        DateTimeOffset? start = WireTime.Parse(text);
        if (start is null)
        {
            BadStart();
        }

        return start;
    }

    /// <summary>Reads an optional end time, counting an unreadable one.</summary>
    public DateTimeOffset? End(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        DateTimeOffset? end = WireTime.Parse(text);
        if (end is null)
        {
            BadEnd();
        }

        return end;
    }

    /// <summary>The warnings, one per kind that occurred.</summary>
    public IReadOnlyList<string> Warnings()
    {
        var warnings = new List<string>();
        Add(warnings, _unreadable, "could not be read (a field of the wrong type, or text that is not valid Unicode) and {0} left out");
        Add(warnings, _withoutIdOrStart, $"without an id or a {startField} {{0}} left out");
        Add(warnings, _badStart, $"with a {startField} that is not ISO-8601 with an offset {{0}} left out");
        Add(warnings, _badEnd, "with an end time that is not ISO-8601 with an offset {1} shown without an end");
        return warnings;
    }

    private static void Add(List<string> warnings, int count, string what)
    {
        if (count > 0)
        {
            string text = string.Format(CultureInfo.InvariantCulture, what, count == 1 ? "was" : "were", count == 1 ? "is" : "are");
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{count} record{(count == 1 ? string.Empty : "s")} {text}."));
        }
    }
}
