namespace CustomerJourney.Query;

/// <summary>
/// The result of a filter: a window of an index's arrays (or of a posting's), or, after a text
/// filter, a list of positions. It holds no copy of what it selects: allocation grows with the
/// matches only when a text filter must list them.
/// </summary>
internal readonly struct Selection
{
    private readonly int[]? _positions;
    private readonly int[] _days;
    private readonly byte[] _failures;
    private readonly int _start;

    public Selection(int[]? positions, int[] days, byte[] failures, int start, int count)
    {
        _positions = positions;
        _days = days;
        _failures = failures;
        _start = start;
        Count = count;
    }

    /// <summary>How many interactions are selected.</summary>
    public int Count { get; }

    /// <summary>The index position of the i-th selected interaction.</summary>
    public int PositionAt(int i) => _positions is null ? _start + i : _positions[_start + i];

    /// <summary>The local day numbers of the selection, in order.</summary>
    public ReadOnlySpan<int> Days => _days.AsSpan(_start, Count);

    /// <summary>The failure flags of the selection, in order.</summary>
    public ReadOnlySpan<byte> Failures => _failures.AsSpan(_start, Count);

    /// <summary>
    /// Groups the selection by local date, oldest first. Dates ascend with the instants except where
    /// a zone's clock goes back across midnight; then <paramref name="ordered"/> is the selection
    /// re-ordered stably by date, so each date is still one run in start order.
    /// </summary>
    public DayRun[] GroupByDay(out Selection ordered)
    {
        ordered = this;
        DayRun[]? runs = Runs(Days, Failures);
        if (runs is not null)
        {
            return runs;
        }

        int[] positions = new int[Count];
        for (int i = 0; i < Count; i++)
        {
            positions[i] = PositionAt(i);
        }

        int[] days = Days.ToArray();
        byte[] failures = Failures.ToArray();
        int[] order = [.. Enumerable.Range(0, Count).OrderBy(i => days[i])];
        ordered = new Selection([.. order.Select(i => positions[i])], [.. order.Select(i => days[i])], [.. order.Select(i => failures[i])], 0, Count);
        return Runs(ordered.Days, ordered.Failures)!;
    }

    // Runs of equal dates in one pass; null when dates do not ascend. A run is followed element by
    // element for its first few interactions (a customer's dates hold a handful), then by a
    // vectorised scan (a busy date, or a million-row journey, holds thousands).
    private static DayRun[]? Runs(ReadOnlySpan<int> days, ReadOnlySpan<byte> failures)
    {
        const int ScalarSteps = 8;
        Span<DayRun> onStack = stackalloc DayRun[128];
        List<DayRun>? spilled = null;
        int count = 0;
        for (int i = 0; i < days.Length;)
        {
            int day = days[i];
            int end = i + 1;
            int limit = Math.Min(days.Length, i + ScalarSteps);
            while (end < limit && days[end] == day)
            {
                end++;
            }

            if (end == limit && end < days.Length && days[end] == day)
            {
                int rest = days[end..].IndexOfAnyExcept(day);
                end = rest < 0 ? days.Length : end + rest;
            }

            if (end < days.Length && days[end] < day)
            {
                return null;
            }

            var run = new DayRun(day, i, end - i, failures[i..end].Contains((byte)1));
            if (count < onStack.Length)
            {
                onStack[count] = run;
            }
            else
            {
                spilled ??= [.. onStack];
                spilled.Add(run);
            }

            count++;
            i = end;
        }

        return spilled is null ? onStack[..count].ToArray() : [.. spilled];
    }
}
