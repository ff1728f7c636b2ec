namespace CustomerJourney.Stores.Rows;

/// <summary>
/// Campaign ids of the report's scan as strings without a string per row: the few distinct ids of
/// a store are kept by their UTF-8 bytes (a bounded cache: a store with many more campaigns pays a
/// string for the rest). One per scanning thread.
/// </summary>
internal sealed class CampaignNames
{
    private const int Capacity = 4096;
    private readonly Dictionary<int, (byte[] Bytes, string Value)> _known = [];

    private byte[] _lastBytes = [];
    private string? _last;

    /// <summary>The campaign id whose UTF-8 bytes are <paramref name="utf8"/>.</summary>
    public string Read(ReadOnlySpan<byte> utf8)
    {
        // A customer's steps often share their campaign: the previous one first.
        if (_last is not null && utf8.SequenceEqual(_lastBytes))
        {
            return _last;
        }

        var hasher = default(HashCode);
        hasher.AddBytes(utf8);
        int hash = hasher.ToHashCode();
        if (_known.TryGetValue(hash, out (byte[] Bytes, string Value) known) && utf8.SequenceEqual(known.Bytes))
        {
            (_lastBytes, _last) = known;
            return known.Value;
        }

        string value = System.Text.Encoding.UTF8.GetString(utf8);
        if (_known.Count < Capacity && _known.TryAdd(hash, (utf8.ToArray(), value)))
        {
            (_lastBytes, _last) = _known[hash];
        }

        return value;
    }
}
