namespace CustomerJourney.Sqlite.Analytics;

/// <summary>The key of the customer whose rows a scan is reading, kept by its bytes: a new key starts the next customer.</summary>
internal sealed class CustomerKey
{
    private byte[] _bytes = new byte[256];
    private int _length = -1;

    /// <summary>Whether <paramref name="key"/> is another customer's than the one remembered (or none is yet).</summary>
    public bool IsNew(ReadOnlySpan<byte> key) => _length < 0 || !key.SequenceEqual(_bytes.AsSpan(0, _length));

    public void Remember(ReadOnlySpan<byte> key)
    {
        if (key.Length > _bytes.Length)
        {
            _bytes = new byte[key.Length * 2];
        }

        key.CopyTo(_bytes);
        _length = key.Length;
    }
}
