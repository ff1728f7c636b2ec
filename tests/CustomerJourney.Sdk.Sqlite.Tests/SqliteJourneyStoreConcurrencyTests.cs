using CustomerJourney.Model;
using CustomerJourney.Sources;
using CustomerJourney.Sqlite.Fixtures;
using Microsoft.Data.Sqlite;

namespace CustomerJourney.Sqlite;

public class SqliteJourneyStoreConcurrencyTests
{
    // One writer against several readers is the conformance suite's (JourneyStoreConformanceTests), run on SQLite too.
    [Fact]
    public async Task SixteenConcurrentWriters_OnAStarvedMachine_AllSucceedWithoutWaitingOnTheLock()
    {
        using var file = new TemporaryStore();
        // The shortest busy timeout the store can have: writers of this process must never need it.
        SqliteJourneyStore store = await SqliteJourneyStore.OpenAsync(file.Options(busyTimeout: TimeSpan.FromMilliseconds(1)));
        const int Writers = 16;
        const int Batches = 4;
        const int BatchSize = 1000;
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        // Starve the CPU: more spinning threads than cores, for as long as the writers write.
        using var spin = new CancellationTokenSource();
        Thread[] spinners =
        [
            .. Enumerable.Range(0, Environment.ProcessorCount * 4).Select(_ => new Thread(() =>
            {
                while (!spin.IsCancellationRequested)
                {
                    Thread.SpinWait(1_000);
                }
            }) { IsBackground = true, Priority = ThreadPriority.AboveNormal }),
        ];
        foreach (Thread spinner in spinners)
        {
            spinner.Start();
        }

        try
        {
            // Threads of their own: the thread pool would otherwise run only a few writers at a time.
            Task[] writers =
            [
                .. Enumerable.Range(0, Writers).Select(w => Task.Factory.StartNew(
                    () =>
                    {
                        LookupKey customer = LookupKey.Parse($"+1415555{w:0000}", "US");
                        for (int batch = 0; batch < Batches; batch++)
                        {
                            // Batches overlap: each rewrites half of the previous one, so upserts meet on the same rows.
                            int first = batch * BatchSize / 2;
                            store.UpsertAsync(customer, Enumerable.Range(first, BatchSize).Select(i => Records.Minimal($"W{w}-{i}", start.AddMinutes(i)))).GetAwaiter().GetResult();
                        }
                    },
                    CancellationToken.None,
                    TaskCreationOptions.LongRunning,
                    TaskScheduler.Default)),
            ];
            await Task.WhenAll(writers);
        }
        finally
        {
            spin.Cancel();
            foreach (Thread spinner in spinners)
            {
                spinner.Join();
            }
        }

        for (int w = 0; w < Writers; w++)
        {
            LookupKey customer = LookupKey.Parse($"+1415555{w:0000}", "US");
            IReadOnlyList<Interaction> stored = await store.GetInteractionsAsync(new SourceQuery(customer, start, start.AddYears(1)), CancellationToken.None);
            Assert.Equal(((Batches - 1) * BatchSize / 2) + BatchSize, stored.Count);
        }
    }

    [Fact]
    public async Task TwoStoresOnOneFileInOneProcess_ShareTheWriterQueue()
    {
        using var file = new TemporaryStore();
        SqliteJourneyStore first = await SqliteJourneyStore.OpenAsync(file.Options(busyTimeout: TimeSpan.FromMilliseconds(1)));
        SqliteJourneyStore second = await SqliteJourneyStore.OpenAsync(file.Options(busyTimeout: TimeSpan.FromMilliseconds(1)));
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Task[] writers =
        [
            .. Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
            {
                SqliteJourneyStore store = w % 2 == 0 ? first : second;
                for (int batch = 0; batch < 10; batch++)
                {
                    await store.UpsertAsync(Records.Dana, Enumerable.Range(0, 50).Select(i => Records.Minimal($"W{w}-B{batch}-{i}", start.AddMinutes(i))));
                }
            })),
        ];
        await Task.WhenAll(writers);

        Assert.Equal(8 * 10 * 50, (await first.GetInteractionsAsync(new SourceQuery(Records.Dana, start, start.AddYears(1)), CancellationToken.None)).Count);
        first.Dispose();
        second.Dispose();
    }

    [Fact]
    public async Task OpeningACurrentStore_WritesNothingAndDoesNotWaitForAWriter()
    {
        using var file = new TemporaryStore();
        SqliteJourneyStore store = await file.OpenAsync();
        await store.UpsertAsync(Records.Dana, [Records.Minimal("CM-1", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))]);
        store.Dispose();
        await CheckpointAsync(file.Path);
        byte[] before = await File.ReadAllBytesAsync(file.Path);

        // Another connection holds the write lock for as long as the open takes.
        await using var other = new SqliteConnection($"Data Source={file.Path};Pooling=False");
        await other.OpenAsync();
        using (SqliteTransaction held = other.BeginTransaction(deferred: false))
        {
            SqliteJourneyStore reader = await SqliteJourneyStore.OpenAsync(file.Options(create: false, busyTimeout: TimeSpan.FromMilliseconds(1)));
            Assert.Single(await reader.GetInteractionsAsync(new SourceQuery(Records.Dana, DateTimeOffset.MinValue, DateTimeOffset.MaxValue), CancellationToken.None));
            held.Rollback();
            reader.Dispose();
        }

        await CheckpointAsync(file.Path);
        Assert.Equal(before, await File.ReadAllBytesAsync(file.Path));
    }

    private static async Task CheckpointAsync(string path)
    {
        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        using SqliteCommand checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await checkpoint.ExecuteNonQueryAsync();
    }
}
