using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using CustomerJourney.Model;

namespace CustomerJourney.Client;

/// <summary>
/// The (source, id) pairs of the interactions merged so far, for de-duplication. The merge checks
/// every interaction of every lookup, so this is an open-addressing table of positions in the
/// merged list, rented from the pool and sized once for the whole answer, with a word-at-a-time
/// hash of the id: a general dictionary (and its garbage) cost more than the rest of the merge.
/// Ids come from the organisation's own systems, not from callers, so flooding is not a concern.
/// </summary>
internal sealed class SourceIdTable : IDisposable
{
    private readonly List<Interaction> _merged;
    private readonly int _capacity;
    private int[] _slots;

    /// <summary>A table over <paramref name="merged"/>, for at most <paramref name="capacity"/> interactions.</summary>
    public SourceIdTable(List<Interaction> merged, int capacity)
    {
        _merged = merged;
        _capacity = capacity;
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _slots = ArrayPool<int>.Shared.Rent(size);
        Array.Clear(_slots, 0, size);
        Mask = size - 1;
    }

    private int Mask { get; }

    /// <summary>
    /// Appends the interaction to the merged list unless one with its source and id is there;
    /// returns -1 when appended, else the position of the one already merged.
    /// </summary>
    public int AddOrFind(Interaction interaction)
    {
        string id = interaction.Id;
        for (int slot = Hash(id) & Mask; ; slot = (slot + 1) & Mask)
        {
            // A slot holds a merged position plus one; zero is empty.
            int position = _slots[slot] - 1;
            if (position < 0)
            {
                if (_merged.Count == _capacity)
                {
                    throw new InvalidOperationException("The table is full.");
                }

                _merged.Add(interaction);
                _slots[slot] = _merged.Count;
                return -1;
            }

            Interaction known = _merged[position];
            if (string.Equals(known.Id, id, StringComparison.Ordinal) && string.Equals(known.Source, interaction.Source, StringComparison.Ordinal))
            {
                return position;
            }
        }
    }

    /// <summary>Returns the table's memory to the pool.</summary>
    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_slots);
        _slots = [];
    }

    // Four characters per step; the last step re-reads the final four characters (overlapping the
    // one before), so every character counts without a loop over the rest. Mixed so nearby ids spread.
    private static int Hash(string id)
    {
        ReadOnlySpan<char> chars = id;
        ReadOnlySpan<ulong> words = MemoryMarshal.Cast<char, ulong>(chars);
        ulong hash = 0x9E3779B97F4A7C15UL ^ (ulong)chars.Length;
        foreach (ulong word in words)
        {
            hash = unchecked(BitOperations.RotateLeft((hash ^ word) * 0xFF51AFD7ED558CCDUL, 29));
        }

        if (chars.Length % 4 != 0)
        {
            ulong last = chars.Length >= 4
                ? MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(chars[^4..]))
                : chars[0] | ((ulong)chars[^1] << 16) | ((ulong)chars[chars.Length / 2] << 32);
            hash = unchecked(BitOperations.RotateLeft((hash ^ last) * 0xC4CEB9FE1A85EC53UL, 31));
        }

        hash = unchecked((hash ^ (hash >> 33)) * 0xFF51AFD7ED558CCDUL);
        return unchecked((int)(hash ^ (hash >> 32)));
    }
}
