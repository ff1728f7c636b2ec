using System.Globalization;
using CustomerJourney.Model;

namespace CustomerJourney.Demo.SampleData;

/// <summary>
/// The generated customers that give the journey report real distributions: customer0001@example.com
/// to customer2000@example.com, each with one to six episodes (<see cref="SampleEpisode"/>) over the
/// 18 months before the as-of instant, for service questions and for the campaigns. Seeded per
/// customer and counted back from the as-of instant: the same as-of gives the same population.
/// </summary>
internal static class SamplePopulation
{
    public const int CustomerCount = 2000;

    private static readonly int[] s_episodeCounts = [1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6];

    /// <summary>The key a generated customer is known by: an e-mail address.</summary>
    /// <param name="number">1 to <see cref="CustomerCount"/>.</param>
    public static LookupKey KeyOf(int number) => LookupKey.ForEmail(string.Create(CultureInfo.InvariantCulture, $"customer{number:0000}@example.com"));

    /// <summary>A generated customer's journey, in start order.</summary>
    /// <param name="number">1 to <see cref="CustomerCount"/>.</param>
    /// <param name="asOf">"Now": nothing ends after it.</param>
    public static List<Interaction> For(int number, DateTimeOffset asOf)
    {
        var random = new Random(unchecked((number * 7919) + 104_729));
        DateTime today = asOf.UtcDateTime.Date;
        int days = (int)(today - asOf.AddMonths(-SampleJourneys.Months).UtcDateTime.Date).TotalDays;
        // Episodes start in office hours on both sides of the Atlantic (13:00–22:00 UTC), oldest first.
        DateTimeOffset[] starts = [.. Enumerable.Range(0, s_episodeCounts[random.Next(s_episodeCounts.Length)])
            .Select(_ => new DateTimeOffset(today.AddDays(-1 - random.Next(days)), TimeSpan.Zero).AddMinutes(780 + random.Next(540)))
            .Order()];
        var journey = new List<Interaction>();
        string prefix = string.Create(CultureInfo.InvariantCulture, $"P{number:0000}");
        foreach (DateTimeOffset start in starts)
        {
            SampleEpisode.Draw(random, SampleReason.Pick(random), start, asOf, prefix, journey);
        }

        journey.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : string.CompareOrdinal(x.Id, y.Id));
        return journey;
    }
}
