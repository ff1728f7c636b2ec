using CustomerJourney.Model;

namespace CustomerJourney.Analytics;

/// <summary>
/// A channel path packed in a 64-bit key, so counting paths allocates nothing per episode: five bits
/// per step (the channel plus one, so the key ends where the steps do), up to
/// <see cref="ChannelPathStats.MaxSteps"/> steps, and the top bit for a longer path.
/// </summary>
internal static class PathKey
{
    private const int Bits = 5;
    private const ulong Longer = 1UL << 63;

    /// <summary>The key with one more step (at position <paramref name="length"/>).</summary>
    public static ulong Append(ulong key, int length, Channel channel) =>
        length < ChannelPathStats.MaxSteps ? key | (((ulong)channel + 1) << (Bits * length)) : key | Longer;

    /// <summary>The path a key holds.</summary>
    public static (Channel[] Channels, bool IsTruncated) Decode(ulong key)
    {
        var channels = new List<Channel>(ChannelPathStats.MaxSteps);
        for (int i = 0; i < ChannelPathStats.MaxSteps; i++)
        {
            ulong step = (key >> (Bits * i)) & ((1UL << Bits) - 1);
            if (step == 0)
            {
                break;
            }

            channels.Add((Channel)(int)(step - 1));
        }

        return ([.. channels], (key & Longer) != 0);
    }
}
