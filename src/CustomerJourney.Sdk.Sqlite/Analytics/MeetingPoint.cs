namespace CustomerJourney.Sqlite.Analytics;

/// <summary>
/// Where the two halves of a report's scan meet: one thread reads customers upwards from the first
/// key, the other downwards from the last, each claiming a customer before it reads it, until
/// the next customer is one the other has claimed. Every customer is read by one thread, whole, and
/// the halves balance themselves whatever the keys look like. Keys compare as SQLite orders them
/// (bytes, then length).
/// </summary>
internal sealed class MeetingPoint
{
    private readonly Lock _lock = new();
    private byte[] _upwards = new byte[256];
    private int _upwardsLength = -1;
    private byte[] _downwards = new byte[256];
    private int _downwardsLength = -1;

    /// <summary>Claims the next customer upwards; <see langword="false"/> when the downward half has reached it.</summary>
    public bool ClaimUpwards(ReadOnlySpan<byte> key)
    {
        lock (_lock)
        {
            if (_downwardsLength >= 0 && key.SequenceCompareTo(_downwards.AsSpan(0, _downwardsLength)) >= 0)
            {
                return false;
            }

            Keep(key, ref _upwards, ref _upwardsLength);
            return true;
        }
    }

    /// <summary>Claims the next customer downwards; <see langword="false"/> when the upward half has reached it.</summary>
    public bool ClaimDownwards(ReadOnlySpan<byte> key)
    {
        lock (_lock)
        {
            if (_upwardsLength >= 0 && key.SequenceCompareTo(_upwards.AsSpan(0, _upwardsLength)) <= 0)
            {
                return false;
            }

            Keep(key, ref _downwards, ref _downwardsLength);
            return true;
        }
    }

    private static void Keep(ReadOnlySpan<byte> key, ref byte[] buffer, ref int length)
    {
        if (key.Length > buffer.Length)
        {
            buffer = new byte[key.Length * 2];
        }

        key.CopyTo(buffer);
        length = key.Length;
    }
}
