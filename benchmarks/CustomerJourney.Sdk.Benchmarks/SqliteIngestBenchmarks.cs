using BenchmarkDotNet.Attributes;
using CustomerJourney.Model;
using CustomerJourney.Sqlite;

namespace CustomerJourney.Benchmarks;

/// <summary>
/// A host fed one event at a time (a message bus, a webhook): each event is its own
/// <c>UpsertAsync</c>, its own commit, on a real file. Baseline: the default durability, every
/// commit synced; against it, syncing at checkpoints (<see cref="SqliteDurability.Normal"/>).
/// </summary>
[MemoryDiagnoser]
public class SqliteIngestBenchmarks
{
    private const int EventsPerInvoke = 50;
    private static readonly LookupKey s_customer = LookupKey.Parse("+14155550100", "US");
    private readonly Dictionary<SqliteDurability, SqliteJourneyStore> _stores = [];
    private string _folder = "";
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("cj-ingest-").FullName;
        foreach (SqliteDurability durability in Enum.GetValues<SqliteDurability>())
        {
            _stores[durability] = SqliteJourneyStore.OpenAsync(new SqliteJourneyStoreOptions { Path = Path.Combine(_folder, $"{durability}.db"), CreateIfMissing = true, Durability = durability }).GetAwaiter().GetResult();
        }

        // Both stores hold the same events after one invocation each: the setup checks it, so neither skips work.
        Full();
        Normal();
        int full = Count(SqliteDurability.Full);
        int normal = Count(SqliteDurability.Normal);
        if (full != EventsPerInvoke || normal != EventsPerInvoke)
        {
            throw new InvalidOperationException($"Ingest: the stores hold {full} and {normal} events, not {EventsPerInvoke} each.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (SqliteJourneyStore store in _stores.Values)
        {
            store.Dispose();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = EventsPerInvoke, Description = "single events, Durability = Full (every commit synced)")]
    public int Full() => Ingest(_stores[SqliteDurability.Full]);

    [Benchmark(OperationsPerInvoke = EventsPerInvoke, Description = "single events, Durability = Normal (synced at checkpoints)")]
    public int Normal() => Ingest(_stores[SqliteDurability.Normal]);

    private int Ingest(SqliteJourneyStore store)
    {
        int written = 0;
        DateTimeOffset start = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        for (int i = 0; i < EventsPerInvoke; i++)
        {
            int n = Interlocked.Increment(ref _next);
            var interaction = new Interaction { Source = "Bus", Id = $"E-{n}", Start = start.AddSeconds(n), Channel = Channel.Sms, Mode = ContactMode.Sms };
            written += store.UpsertAsync(s_customer, [interaction]).GetAwaiter().GetResult();
        }

        return written;
    }

    private int Count(SqliteDurability durability) =>
        _stores[durability].GetInteractionsAsync(new Sources.SourceQuery(s_customer, DateTimeOffset.MinValue, DateTimeOffset.MaxValue), CancellationToken.None).GetAwaiter().GetResult().Count;
}
