using CsCheck;
using CustomerJourney.Client;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using CustomerJourney.Sqlite.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace CustomerJourney.Sqlite;

public class SqliteJourneyStorePropertyTests
{
    // Zones with DST (both hemispheres, a 30-minute shift, a midnight gap) and without.
    private static readonly string[] s_zones = ["UTC", "America/New_York", "Europe/London", "Australia/Lord_Howe", "America/Santiago", "Asia/Kathmandu"];
    private static readonly DateTimeOffset s_epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Gen<(long[] Minutes, int[] Offsets, long NowMinutes, int Months, int Zone)> s_cases =
        Gen.Select(
            Gen.Long[0, 3L * 365 * 24 * 60].Array[0, 120],
            Gen.Int[-12, 14].Array[120],
            Gen.Long[0, 3L * 365 * 24 * 60],
            Gen.Int[1, 30],
            Gen.Int[0, s_zones.Length - 1]);

    [Fact]
    public async Task PeriodPushDown_ReturnsExactlyWhatTheInMemoryEngineReturns()
    {
        using var file = new TemporaryStore();
        SqliteJourneyStore store = await file.OpenAsync();
        int customer = 0;

        await s_cases.SampleAsync(
            async c =>
            {
                LookupKey key = LookupKey.Parse($"+1415555{Interlocked.Increment(ref customer):0000}", "US");
                Interaction[] interactions =
                [
                    .. c.Minutes.Select((m, i) => Records.Minimal(
                        $"I-{i}",
                        s_epoch.AddMinutes(m).ToOffset(TimeSpan.FromHours(c.Offsets[i])),
                        i % 2 == 0 ? "CampaignManager" : "DataCloud")),
                ];
                await store.UpsertAsync(key, interactions);
                var timeProvider = new FakeTimeProvider(s_epoch.AddMinutes(c.NowMinutes));
                var options = new JourneyClientOptions { TimeZone = s_zones[c.Zone] };
                var query = new JourneyQuery(key) { Period = JourneyPeriod.LastMonths(c.Months) };

                JourneyResult reference = await new JourneyClient([new InMemoryJourneySource("Memory").Add(key, interactions)], options, timeProvider).GetJourneyAsync(query);
                IReadOnlyList<Interaction> pushedDown = await store.GetInteractionsAsync(new SourceQuery(key, reference.Period.From, reference.Period.To), CancellationToken.None);
                JourneyResult throughStore = await new JourneyClient([store], options, timeProvider).GetJourneyAsync(query);

                Assert.Equal(
                    reference.AllItems.Select(i => (i.Interaction.Source, i.Interaction.Id)).Order(),
                    pushedDown.Select(i => (i.Source, i.Id)).Order());
                Assert.Equal(reference.AllItems.Select(i => i.Interaction), throughStore.AllItems.Select(i => i.Interaction));
                Assert.Empty(throughStore.Sources[0].Warnings);
            },
            iter: 150);
    }
}
