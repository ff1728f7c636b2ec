using CustomerJourney.Query;

namespace CustomerJourney.Timeline;

/// <summary>
/// The horizontal timeline (R9): the filtered interactions grouped by calendar date in the
/// configured time zone, oldest date first (left) and newest last (right). Paging to older dates
/// reads what was already fetched; it never asks the sources again.
/// </summary>
public sealed class JourneyTimeline
{
    private readonly InteractionIndex _index;
    private readonly Selection _ordered;
    private readonly DayRun[] _runs;
    // A date is made when first asked for: a page of the latest dates never builds the other hundreds.
    private readonly JourneyDay?[] _days;
    private IReadOnlyList<JourneyDay>? _all;

    internal JourneyTimeline(InteractionIndex index, Selection selection)
    {
        _index = index;
        _runs = selection.GroupByDay(out _ordered);
        _days = new JourneyDay?[_runs.Length];
    }

    /// <summary>Every date that has an interaction, oldest first.</summary>
    public IReadOnlyList<JourneyDay> Days => LazyInitializer.EnsureInitialized(ref _all, () => Range(0, _runs.Length));

    /// <summary>How many dates have an interaction (without making them).</summary>
    internal int Count => _runs.Length;

    /// <summary>The oldest date with an interaction; <see langword="null"/> when none (without making it).</summary>
    internal DateOnly? FirstDate => _runs.Length > 0 ? DateOnly.FromDayNumber(_runs[0].DayNumber) : null;

    /// <summary>The newest <paramref name="count"/> dates, oldest first: what the widget shows first.</summary>
    /// <param name="count">How many dates, at least 1.</param>
    /// <returns>Up to <paramref name="count"/> dates.</returns>
    public IReadOnlyList<JourneyDay> Latest(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return Range(Math.Max(0, _runs.Length - count), _runs.Length);
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
        return Range(Math.Max(0, end - count), end);
    }

    /// <summary>The date's interactions, if it has any.</summary>
    /// <param name="date">The date, in the configured time zone.</param>
    /// <returns>The date, or <see langword="null"/>.</returns>
    public JourneyDay? Find(DateOnly date)
    {
        int index = LowerBound(date);
        return index < _runs.Length && _runs[index].DayNumber == date.DayNumber ? DayAt(index) : null;
    }

    private JourneyDay[] Range(int start, int end)
    {
        var days = new JourneyDay[end - start];
        for (int d = start; d < end; d++)
        {
            days[d - start] = DayAt(d);
        }

        return days;
    }

    private JourneyDay DayAt(int d)
    {
        if (Volatile.Read(ref _days[d]) is { } made)
        {
            return made;
        }

        DayRun run = _runs[d];
        var items = new JourneyItem[run.Length];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = _index.ItemAt(_ordered.PositionAt(run.Start + i));
        }

        // Two threads may make the same date; either copy is the same, and the first kept wins.
        return Interlocked.CompareExchange(ref _days[d], new JourneyDay(DateOnly.FromDayNumber(run.DayNumber), items, run.HasFailure), null) ?? _days[d]!;
    }

    private int LowerBound(DateOnly date)
    {
        int low = 0;
        int high = _runs.Length;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (_runs[middle].DayNumber < date.DayNumber)
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
