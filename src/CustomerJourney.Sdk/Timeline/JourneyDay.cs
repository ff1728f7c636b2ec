using CustomerJourney.Query;

namespace CustomerJourney.Timeline;

/// <summary>
/// One calendar date of the timeline: a snapshot of all its interactions, ordered by start (R10),
/// with a red dot when any of them failed (R11).
/// </summary>
public sealed class JourneyDay
{
    internal JourneyDay(DateOnly date, IReadOnlyList<JourneyItem> items, bool hasFailure)
    {
        Date = date;
        Items = items;
        HasFailure = hasFailure;
    }

    /// <summary>The date, in the configured time zone.</summary>
    public DateOnly Date { get; }

    /// <summary>The date's interactions, by start time (ties: source order, then id).</summary>
    public IReadOnlyList<JourneyItem> Items { get; }

    /// <summary>Whether any interaction of the date has a failure outcome: the date gets a red dot.</summary>
    public bool HasFailure { get; }

    /// <summary>The interaction after <paramref name="item"/> on the same date, for the details view's "next" (R10).</summary>
    /// <param name="item">An interaction of this date.</param>
    /// <returns>The next one, or <see langword="null"/> after the last.</returns>
    /// <exception cref="ArgumentException"><paramref name="item"/> is not on this date.</exception>
    public JourneyItem? Next(JourneyItem item)
    {
        int index = IndexOf(item);
        return index + 1 < Items.Count ? Items[index + 1] : null;
    }

    /// <summary>The interaction before <paramref name="item"/> on the same date, for the details view's "previous" (R10).</summary>
    /// <param name="item">An interaction of this date.</param>
    /// <returns>The previous one, or <see langword="null"/> before the first.</returns>
    /// <exception cref="ArgumentException"><paramref name="item"/> is not on this date.</exception>
    public JourneyItem? Previous(JourneyItem item)
    {
        int index = IndexOf(item);
        return index > 0 ? Items[index - 1] : null;
    }

    private int IndexOf(JourneyItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        for (int i = 0; i < Items.Count; i++)
        {
            if (ReferenceEquals(Items[i], item) || Items[i].Equals(item))
            {
                return i;
            }
        }

        throw new ArgumentException("The interaction is not on this date.", nameof(item));
    }
}
