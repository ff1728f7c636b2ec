namespace CustomerJourney.Analytics;

/// <summary>
/// Durations counted per whole minute, for exact percentiles in memory that never grows with the
/// number of customers: a fixed table for the first 65,536 minutes (45 days, where nearly every
/// resolution falls), a dictionary of the distinct longer ones (at most the minutes of the period
/// and its follow-up).
/// </summary>
internal sealed class MinuteHistogram
{
    private const int Dense = 1 << 16;
    private readonly int[] _short = new int[Dense];
    private readonly Dictionary<long, int> _long = [];
    private long _total;

    public void Add(TimeSpan duration)
    {
        long minutes = duration.Ticks / TimeSpan.TicksPerMinute;
        if ((ulong)minutes < Dense)
        {
            _short[minutes]++;
        }
        else
        {
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_long, minutes, out _)++;
        }

        _total++;
    }

    /// <summary>Adds the durations another histogram counted.</summary>
    public void Add(MinuteHistogram other)
    {
        for (int minutes = 0; minutes < Dense; minutes++)
        {
            _short[minutes] += other._short[minutes];
        }

        foreach ((long minutes, int count) in other._long)
        {
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_long, minutes, out _) += count;
        }

        _total += other._total;
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
        for (int minutes = 0; minutes < Dense; minutes++)
        {
            seen += _short[minutes];
            if (seen >= rank)
            {
                return TimeSpan.FromMinutes(minutes);
            }
        }

        foreach (long minutes in _long.Keys.Order())
        {
            seen += _long[minutes];
            if (seen >= rank)
            {
                return TimeSpan.FromMinutes(minutes);
            }
        }

        throw new InvalidOperationException("Unreachable: the ranks add up to the total.");
    }
}
