using BenchmarkDotNet.Attributes;
using CustomerJourney.Access;
using CustomerJourney.Analytics;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using CustomerJourney.Sqlite;
using CustomerJourney.StoreLoadTest;
using CustomerJourney.Stores.Conformance.Analytics;

namespace CustomerJourney.Benchmarks;

/// <summary>
/// The journey report over a real SQLite file of generated omni-channel journeys (the store load
/// run's generator): computed inside the store (its index scanned, one customer at a time)
/// against the naive floor, every journey loaded through the store and the same definitions in
/// LINQ. The 5M-interaction figures are the store load run's (docs/benchmarks.md, "Journey report").
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private SqliteJourneyStore _store = null!;
    private StoreGenerator _generator = null!;
    private JourneyReportQuery _query = null!;
    private string _folder = "";

    [Params(500)]
    public int Customers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("cj-report-").FullName;
        DateTimeOffset now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        _generator = new StoreGenerator(Customers, perCustomer: 50, heavyEvery: 1000, heavyCount: 2000, months: 24, now);
        _store = SqliteJourneyStore.OpenAsync(new SqliteJourneyStoreOptions { Path = Path.Combine(_folder, "journeys.db"), CreateIfMissing = true }).GetAwaiter().GetResult();
        _store.UpsertBatchAsync(_generator.All()).GetAwaiter().GetResult();
        _query = new JourneyReportQuery(new PeriodRange(now.AddMonths(-12), now)) { Access = AccessContext.Unrestricted };

        // The same answers, or no table: the counts, the times and the paths of both.
        Disagreement.ThrowIfDifferent("Report", Summary(Naive()), Summary(Store()));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "naive: every journey loaded through the store, then LINQ")]
    public JourneyReport Naive()
    {
        var journeys = new List<(LookupKey, IReadOnlyList<Interaction>)>(Customers);
        for (int c = 0; c < Customers; c++)
        {
            LookupKey key = StoreGenerator.Customer(c);
            journeys.Add((key, _store.GetInteractionsAsync(new SourceQuery(key, _query.Period.From, _query.ReadUntil), CancellationToken.None).GetAwaiter().GetResult()));
        }

        return NaiveJourneyReport.Compute(_query, journeys);
    }

    [Benchmark(Description = "the store's report: its index scanned (from both ends on 2 cores)")]
    public JourneyReport Store() => _store.GetReportAsync(_query).GetAwaiter().GetResult();

    private static string[] Summary(JourneyReport report) =>
    [
        $"{report.Contacts} {report.Episodes} {report.ResolvedEpisodes} {report.FailedEpisodes} {report.FirstContactResolutions}",
        $"{report.RepeatContacts7d} {report.RepeatContacts30d} {report.MedianTimeToResolution} {report.P90TimeToResolution} {report.SelfService}",
        .. report.ChannelPaths.Select(p => $"{string.Join(">", p.Channels)} {p.Count} {p.Resolved} {p.Failed}"),
    ];
}
