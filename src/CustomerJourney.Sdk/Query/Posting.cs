namespace CustomerJourney.Query;

/// <summary>
/// The interactions of one campaign, one channel, or one campaign and channel, in start order:
/// their positions in the index and, side by side, what a period query and a grouping read, so
/// both scan contiguous memory.
/// </summary>
internal sealed class Posting(int[] positions, long[] ticks, int[] days, byte[] failures)
{
    public int[] Positions { get; } = positions;

    public long[] Ticks { get; } = ticks;

    public int[] Days { get; } = days;

    public byte[] Failures { get; } = failures;
}
