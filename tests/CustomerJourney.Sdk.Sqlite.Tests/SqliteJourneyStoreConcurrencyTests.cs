using CustomerJourney.Sources;
using CustomerJourney.Sqlite.Fixtures;

namespace CustomerJourney.Sqlite;

public class SqliteJourneyStoreConcurrencyTests
{
    [Fact]
    public async Task OneWriterAndSeveralReaders_RunTogetherAndReadersNeverSeeAHalfWrittenBatch()
    {
        using var file = new TemporaryStore();
        SqliteJourneyStore store = await file.OpenAsync();
        const int Batches = 40;
        const int BatchSize = 25;
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var query = new SourceQuery(Records.Dana, start, start.AddYears(1));

        Task writer = Task.Run(async () =>
        {
            for (int batch = 0; batch < Batches; batch++)
            {
                await store.UpsertAsync(Records.Dana, Enumerable.Range(0, BatchSize).Select(i => Records.Minimal($"B{batch}-{i}", start.AddMinutes((batch * BatchSize) + i))));
            }
        });
        Task<List<int>>[] readers =
        [
            .. Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
            {
                var counts = new List<int>();
                while (!writer.IsCompleted)
                {
                    counts.Add((await store.GetInteractionsAsync(query, CancellationToken.None)).Count);
                }

                return counts;
            })),
        ];

        await writer;
        List<int>[] seen = await Task.WhenAll(readers);

        Assert.Equal(Batches * BatchSize, (await store.GetInteractionsAsync(query, CancellationToken.None)).Count);
        Assert.All(seen, counts =>
        {
            Assert.All(counts, count => Assert.Equal(0, count % BatchSize)); // whole batches only
            Assert.Equal(counts.Order(), counts); // never going back
        });
        Assert.True(seen.Sum(c => c.Count) > 0, "the readers ran while the writer wrote");
    }
}
