namespace CustomerJourney.Analytics;

/// <summary>
/// Durations counted per whole minute, for exact percentiles in memory that grows with the number
/// of distinct minutes (at most the minutes of the period and its follow-up), never with customers.
/// </summary>
internal sealed class MinuteHistogram
{
    private readonly Dictionary<long, int> _counts = [];
    private long _total;

    public void Add(TimeSpan duration)
    {
        long minutes = duration.Ticks / TimeSpan.TicksPerMinute;
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, minutes, out _)++;
        _total++;
    }

    /// <summary>The nearest-rank percentile: the smallest duration that at least <paramref name="percent"/>% of them do not exceed.</summary>
    public TimeSpan? Percentile(int percent)
    {
        if (_total == 0)
        {
            return null;
        }

        // ceil(percent × total ÷ 100), in integers.
        long rank = Math.Max(1, ((percent * _total) + 99) / 100);
        long seen = 0;
        foreach (long minutes in _counts.Keys.Order())
        {
            seen += _counts[minutes];
            if (seen >= rank)
            {
                return TimeSpan.FromMinutes(minutes);
            }
        }

        throw new InvalidOperationException("Unreachable: the ranks add up to the total.");
    }
}
