namespace CustomerJourney.Client;

/// <summary>
/// The merge's id hash must let every character count: a hash blind to some characters would send
/// the ids that differ only there to one slot, and the merge of a large answer would turn quadratic.
/// </summary>
public class IdHashTests
{
    [Fact]
    public void IdsThatDifferInOneCharacter_HashDifferently_AtEveryLengthAndPosition()
    {
        for (int length = 1; length <= 64; length++)
        {
            string stem = new('7', length);
            var hashes = new HashSet<uint> { IdHash.Of(stem) };
            for (int at = 0; at < length; at++)
            {
                string variant = string.Concat(stem.AsSpan(0, at), "8", stem.AsSpan(at + 1));
                Assert.True(hashes.Add(IdHash.Of(variant)), $"length {length}, position {at}");
            }
        }
    }

    [Fact]
    public void SequentialIds_SpreadLikeRandomOnes()
    {
        const int Count = 100_000;
        const int Size = 1 << 18;
        const int Mask = Size - 1;
        var used = new HashSet<uint>();
        for (int i = 0; i < Count; i++)
        {
            used.Add(IdHash.Of($"I-{i:0000000}") & Mask);
        }

        // A uniform hash occupies Size * (1 - e^(-Count/Size)) distinct slots: 83,200 here.
        double uniform = Size * (1 - Math.Exp(-(double)Count / Size));
        Assert.True(used.Count > uniform * 0.98, $"{used.Count} distinct slots, against {uniform:0} for a uniform hash");
    }
}
