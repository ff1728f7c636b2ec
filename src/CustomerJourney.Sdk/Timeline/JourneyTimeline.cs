using CustomerJourney.Query;

namespace CustomerJourney.Timeline;

/// <summary>
/// The horizontal timeline (R9): the filtered interactions grouped by calendar date in the
/// configured time zone, oldest date first (left) and newest last (right). Paging to older dates
/// reads what was already fetched; it never asks the sources again.
/// </summary>
public sealed class JourneyTimeline
{
    private readonly JourneyDay[] _days;

    internal JourneyTimeline(InteractionIndex index, Selection selection)
    {
        DayRun[] runs = selection.GroupByDay(out Selection ordered);
        _days = new JourneyDay[runs.Length];
        for (int d = 0; d < runs.Length; d++)
        {
            DayRun run = runs[d];
            var items = new JourneyItem[run.Length];
            for (int i = 0; i < items.Length; i++)
            {
                items[i] = index.ItemAt(ordered.PositionAt(run.Start + i));
            }

            _days[d] = new JourneyDay(DateOnly.FromDayNumber(run.DayNumber), items, run.HasFailure);
        }
    }

    /// <summary>Every date that has an interaction, oldest first.</summary>
    public IReadOnlyList<JourneyDay> Days => _days;

    /// <summary>The newest <paramref name="count"/> dates, oldest first: what the widget shows first.</summary>
    /// <param name="count">How many dates, at least 1.</param>
    /// <returns>Up to <paramref name="count"/> dates.</returns>
    public IReadOnlyList<JourneyDay> Latest(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return _days[Math.Max(0, _days.Length - count)..];
    }

    /// <summary>
    /// The <paramref name="count"/> dates immediately before <paramref name="before"/>, oldest first:
    /// what "scroll left" loads.
    /// </summary>
    /// <param name="before">The oldest date shown now (exclusive).</param>
    /// <param name="count">How many dates, at least 1.</param>
    /// <returns>Up to <paramref name="count"/> dates; empty when there is nothing older.</returns>
    public IReadOnlyList<JourneyDay> OlderThan(DateOnly before, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        int end = LowerBound(before);
        return _days[Math.Max(0, end - count)..end];
    }

    /// <summary>The day for a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The day, or <see langword="null"/> when the date has no interaction.</returns>
    public JourneyDay? Find(DateOnly date)
    {
        int index = LowerBound(date);
        return index < _days.Length && _days[index].Date == date ? _days[index] : null;
    }

    private int LowerBound(DateOnly date)
    {
        int low = 0;
        int high = _days.Length;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (_days[middle].Date < date)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
