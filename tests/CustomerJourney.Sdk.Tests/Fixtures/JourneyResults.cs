using CustomerJourney.Client;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using Microsoft.Extensions.Time.Testing;

namespace CustomerJourney.Fixtures;

/// <summary>Runs real lookups through a <see cref="JourneyClient"/> over an in-memory source, "now" pinned.</summary>
internal static class JourneyResults
{
    public static readonly DateTimeOffset Now = new(2026, 11, 15, 14, 30, 0, TimeSpan.Zero);

    public static JourneyResult Of(IEnumerable<Interaction> interactions, string timeZone = "UTC", JourneyFilter? filter = null, JourneyPeriod? period = null, DateTimeOffset? now = null)
    {
        var source = new InMemoryJourneySource("Memory").Add(Keys.Dana, interactions);
        var client = new JourneyClient([source], new JourneyClientOptions { TimeZone = timeZone }, new FakeTimeProvider(now ?? Now));
        return client.GetJourneyAsync(new JourneyQuery(Keys.Dana) { Filter = filter ?? JourneyFilter.None, Period = period }).GetAwaiter().GetResult();
    }
}
