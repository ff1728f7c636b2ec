namespace CustomerJourney.Paths;

/// <summary>
/// Cuts one customer's ordered steps into episodes by <see cref="EpisodeRule"/>: a step joins the
/// open episode of its reason when it starts within the window of that episode's latest step,
/// else opens a new one. Reused across customers (the analytics call it once per customer), so
/// it keeps its scratch list.
/// </summary>
internal sealed class EpisodeSegmenter(EpisodeRule rule)
{
    private readonly long _window = rule.Window.Ticks;
    private readonly bool _byCampaign = rule.Grouping == EpisodeGrouping.Campaign;
    private readonly List<(string? Reason, int Episode, long LatestStart)> _open = [];

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
        _open.Clear();
        int episodes = 0;
        for (int i = 0; i < starts.Length; i++)
        {
            string? key = _byCampaign ? reasons[i] : null;
            long at = starts[i];
            int slot = Find(key);
            if (slot >= 0 && at - _open[slot].LatestStart <= _window)
            {
                episodeOf[i] = _open[slot].Episode;
                _open[slot] = (key, _open[slot].Episode, at);
                continue;
            }

            episodeOf[i] = episodes;
            if (slot >= 0)
            {
                _open[slot] = (key, episodes, at);
            }
            else
            {
                _open.Add((key, episodes, at));
            }

            episodes++;
        }

        return episodes;
    }

    // A customer's reasons are few (its campaigns): a scan beats a dictionary here.
    private int Find(string? key)
    {
        for (int i = 0; i < _open.Count; i++)
        {
            if (string.Equals(_open[i].Reason, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
