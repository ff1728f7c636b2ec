using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CustomerJourney.Client;

/// <summary>
/// The hash of a record id for the merge's de-duplication table. Ids come from the organisation's
/// own systems, not from callers, so a fast hash serves (no defence against flooding is needed);
/// collisions cost a comparison, never a wrong answer.
/// </summary>
internal static class IdHash
{
    /// <summary>
    /// The hash. Every character counts: the first and last four characters (overlapping in short
    /// ids) and each four in between are multiplied independently, so the multiplications run side
    /// by side instead of one after another; the high half of a last product mixes them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Of(string id)
    {
        unchecked
        {
            // Unchecked reads: every offset is within the id (at most length - 4 characters in).
            ref byte chars = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(id.AsSpan()));
            int length = id.Length;
            ulong hash;
            if (length >= 4)
            {
                hash = (Unsafe.ReadUnaligned<ulong>(ref chars) * 0x9E3779B97F4A7C15UL)
                    ^ (Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref chars, (length - 4) * 2)) * 0xC4CEB9FE1A85EC53UL);
                for (int i = 4; i < length - 4; i += 4)
                {
                    hash = BitOperations.RotateLeft(hash, 27) ^ (Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref chars, i * 2)) * 0xFF51AFD7ED558CCDUL);
                }
            }
            else
            {
                hash = length == 0 ? 0 : (id[0] | ((ulong)id[^1] << 16) | ((ulong)id[length / 2] << 32)) * 0x9E3779B97F4A7C15UL;
            }

            hash = (hash ^ (hash >> 29) ^ (ulong)length) * 0xFF51AFD7ED558CCDUL;
            return (uint)(hash >> 32);
        }
    }
}
