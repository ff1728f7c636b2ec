using CustomerJourney.Model;

namespace CustomerJourney.Paths;

/// <summary>
/// The order of a customer's steps: by start, then source, then id, compared by code point
/// (which is the order of their UTF-8 bytes: the order both stores sort in, byte by byte), so
/// one customer's path and the analytics over every customer see steps that start at the same
/// instant in the same order.
/// </summary>
internal sealed class StepOrder : IComparer<Interaction>
{
    public static StepOrder Instance { get; } = new();

    public int Compare(Interaction? x, Interaction? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        int byStart = x.Start.UtcTicks.CompareTo(y.Start.UtcTicks);
        if (byStart != 0)
        {
            return byStart;
        }

        int bySource = CompareCodePoints(x.Source, y.Source);
        return bySource != 0 ? bySource : CompareCodePoints(x.Id, y.Id);
    }

    /// <summary>Compares as UTF-8 bytes would: UTF-16 orders surrogates (D800–DFFF) before E000–FFFF, code points after.</summary>
    public static int CompareCodePoints(string a, string b)
    {
        int length = Math.Min(a.Length, b.Length);
        for (int i = 0; i < length; i++)
        {
            char x = a[i];
            char y = b[i];
            if (x != y)
            {
                return Weight(x).CompareTo(Weight(y));
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private static int Weight(char c) => c < 0xD800 ? c : c < 0xE000 ? c + 0x2000 : c - 0x800;
}
