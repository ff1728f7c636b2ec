namespace CustomerJourney.Paths;

/// <summary>
/// Cuts one customer's ordered steps into episodes by <see cref="EpisodeRule"/>: a step joins the
/// open episode of its reason when it starts within the window of that episode's latest step,
/// else opens a new one. Reused across customers (the analytics call it once per customer), so
/// it keeps its scratch arrays.
/// </summary>
internal sealed class EpisodeSegmenter(EpisodeRule rule)
{
    private readonly long _window = rule.Window.Ticks;
    private readonly bool _byCampaign = rule.Grouping == EpisodeGrouping.Campaign;

    // The open episode of each reason seen so far: a customer's reasons are few (its campaigns),
    // so a scan of parallel arrays beats a dictionary here.
    private string?[] _reasons = new string?[8];
    private int[] _episodes = new int[8];
    private long[] _latest = new long[8];
    private int _open;

    /// <summary>
    /// Numbers each step's episode (0, 1, … in the order of their first steps) into <paramref name="episodeOf"/>.
    /// </summary>
    /// <param name="starts">Each step's start, in UTC ticks; steps in order.</param>
    /// <param name="reasons">Each step's campaign id (or <see langword="null"/>).</param>
    /// <param name="episodeOf">Where each step's episode goes.</param>
    /// <returns>How many episodes.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public int Segment(ReadOnlySpan<long> starts, ReadOnlySpan<string?> reasons, Span<int> episodeOf)
    {
        Array.Clear(_reasons, 0, _open);
        _open = 0;
        int episodes = 0;
        for (int i = 0; i < starts.Length; i++)
        {
            string? key = _byCampaign ? reasons[i] : null;
            long at = starts[i];
            int slot = Find(key);
            if (slot < 0)
            {
                slot = Open(key);
            }
            else if (at - _latest[slot] <= _window)
            {
                episodeOf[i] = _episodes[slot];
                _latest[slot] = at;
                continue;
            }

            episodeOf[i] = _episodes[slot] = episodes++;
            _latest[slot] = at;
        }

        return episodes;
    }

    private int Find(string? key)
    {
        for (int i = 0; i < _open; i++)
        {
            // The stores hand the same string for the same campaign: most matches are the same reference.
            if ((object?)_reasons[i] == key || string.Equals(_reasons[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private int Open(string? key)
    {
        if (_open == _reasons.Length)
        {
            Array.Resize(ref _reasons, _open * 2);
            Array.Resize(ref _episodes, _open * 2);
            Array.Resize(ref _latest, _open * 2);
        }

        _reasons[_open] = key;
        return _open++;
    }
}
