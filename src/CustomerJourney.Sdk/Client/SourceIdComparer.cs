namespace CustomerJourney.Client;

/// <summary>
/// Compares (source, id) pairs ordinally with a cheap FNV-1a hash: the merge hashes every
/// interaction of every lookup, and the randomised string hash costs more than the rest of it.
/// Ids come from the organisation's own systems, not from callers, so flooding is not a concern.
/// </summary>
internal sealed class SourceIdComparer : IEqualityComparer<(string Source, string Id)>
{
    public static readonly SourceIdComparer Instance = new();

    public bool Equals((string Source, string Id) x, (string Source, string Id) y) =>
        string.Equals(x.Id, y.Id, StringComparison.Ordinal) && string.Equals(x.Source, y.Source, StringComparison.Ordinal);

    public int GetHashCode((string Source, string Id) pair)
    {
        uint hash = 2166136261;
        foreach (char c in pair.Id)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return unchecked((int)(hash ^ (uint)pair.Source.Length));
    }
}
