namespace CustomerJourney.Benchmarks;

/// <summary>A benchmark whose result disagrees with its baseline must not produce a table: it throws in setup.</summary>
internal static class Disagreement
{
    public static void ThrowIfDifferent(string what, IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        if (!expected.SequenceEqual(actual))
        {
            int at = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
            throw new InvalidOperationException($"{what}: results disagree ({expected.Count} vs {actual.Count} rows; first difference at {at}).");
        }
    }
}
