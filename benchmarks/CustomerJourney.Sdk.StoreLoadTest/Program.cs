using System.Diagnostics;
using System.Globalization;
using CustomerJourney.Access;
using CustomerJourney.Analytics;
using CustomerJourney.Client;
using CustomerJourney.Model;
using CustomerJourney.PostgreSql;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using CustomerJourney.Sqlite;
using CustomerJourney.StoreLoadTest;
using CustomerJourney.Stores;
using CustomerJourney.Stores.Conformance.Analytics;

// The store at scale, a documented run (docs/store.md, docs/benchmarks.md "Store at scale"):
// generates a realistic store, ingests it through the bulk path, then measures size on disk,
// single events, lookups through the public JourneyClient (cold and warm, p50/p99), a heavy and a
// 5,000-interaction customer, 8 and 32 lookups in flight, and the journey report over the whole
// store against the naive floor (every journey loaded, the same definitions in LINQ): time and peak
// managed memory (docs/benchmarks.md "Journey report").
//   dotnet run -c Release --project benchmarks/CustomerJourney.Sdk.StoreLoadTest -- --store sqlite|postgres [--customers 100000] [--per-customer 50] [--lookups 2000] [--path file.db] [--expect-ok]
// PostgreSQL: the server CUSTOMERJOURNEY_TEST_POSTGRES names (bash eng/postgres.sh starts one), in a schema of its own, dropped afterwards.
string storeKind = Text("--store", "sqlite");
int customers = Option("--customers", 10_000);
int perCustomer = Option("--per-customer", 50);
int lookups = Option("--lookups", 2000);
int batchSize = Option("--batch", 20_000);
int singles = Option("--singles", 2000);
bool expectOk = args.Contains("--expect-ok");
bool keep = args.Contains("--keep");
DateTimeOffset now = DateTimeOffset.UtcNow;
var generator = new StoreGenerator(customers, perCustomer, heavyEvery: 1000, heavyCount: 2000, months: 24, now);
Console.WriteLine($"{storeKind}: {customers:N0} customers, {generator.Total:N0} interactions over 24 months, {Environment.ProcessorCount} cores, {now:yyyy-MM-dd}");

string folder = Directory.CreateTempSubdirectory("cj-store-load-").FullName;
string schema = "load_" + Guid.NewGuid().ToString("N")[..12];
string path = Text("--path", Path.Combine(folder, "journeys.db"));
IJourneyStore store = storeKind switch
{
    "sqlite" => await SqliteJourneyStore.OpenAsync(new SqliteJourneyStoreOptions { Path = path, CreateIfMissing = true, Durability = SqliteDurability.Full }),
    "postgres" => await PostgresJourneyStore.OpenAsync(new PostgresJourneyStoreOptions { ConnectionString = PostgresConnectionString(), Schema = schema }),
    _ => throw new ArgumentException("--store is sqlite or postgres"),
};
int failures = 0;
try
{
    // 1. Bulk ingest, in batches, rate per million written.
    var ingest = Stopwatch.StartNew();
    var chunk = Stopwatch.StartNew();
    long written = 0;
    long nextReport = 1_000_000;
    var batch = new List<CustomerInteraction>(batchSize);
    foreach (CustomerInteraction row in generator.All())
    {
        batch.Add(row);
        if (batch.Count == batchSize)
        {
            written += await store.UpsertBatchAsync(batch);
            batch.Clear();
            if (written >= nextReport)
            {
                Console.WriteLine($"  ingest: {written,12:N0} written, {1_000_000 / chunk.Elapsed.TotalSeconds,10:N0} interactions/s over the last million");
                chunk.Restart();
                nextReport += 1_000_000;
            }
        }
    }

    written += await store.UpsertBatchAsync(batch);
    ingest.Stop();
    Console.WriteLine($"ingest (UpsertBatchAsync of {batchSize:N0}): {written:N0} in {ingest.Elapsed.TotalSeconds:N1} s, {written / ingest.Elapsed.TotalSeconds:N0} interactions/s");
    failures += written == generator.Total ? 0 : 1;

    if (store is PostgresJourneyStore)
    {
        // What autovacuum does after a bulk load, at once: the planner needs the table's statistics (the report's plan depends on them).
        var analyze = Stopwatch.StartNew();
        await ExecuteAsync($"ANALYZE \"{schema}\".interactions");
        Console.WriteLine($"analyze: {analyze.Elapsed.TotalSeconds:N1} s");
    }

    long bytes = store is PostgresJourneyStore ? await PostgresSizeAsync(schema) : new DirectoryInfo(Path.GetDirectoryName(path)!).GetFiles(Path.GetFileName(path) + "*").Sum(f => f.Length);
    Console.WriteLine($"size on disk: {bytes / 1048576.0:N1} MiB, {bytes / (double)written:N0} B per interaction");

    // 2. A host feeding single events.
    var random = new Random(42);
    var single = new double[singles];
    var events = Stopwatch.StartNew();
    for (int i = 0; i < singles; i++)
    {
        int c = random.Next(customers);
        long t = Stopwatch.GetTimestamp();
        await store.UpsertAsync(StoreGenerator.Customer(c), [new Interaction { Source = "Events", Id = $"e{i}", Start = now.AddMinutes(-i), Channel = Channel.Voice }]);
        single[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
    }

    Console.WriteLine($"single events (UpsertAsync of 1): {singles / events.Elapsed.TotalSeconds:N0} interactions/s, p50 {Percentile(single, 50):N2} ms, p99 {Percentile(single, 99):N2} ms");

    // 3. Lookups through the client, one at a time: cold (customers never read since the ingest) then warm (the same again).
    var client = new JourneyClient([store]);
    int[] regular = [.. Enumerable.Range(0, lookups * 3).Select(_ => random.Next(customers)).Where(generator.IsRegular).Distinct().Take(lookups)];
    double[] cold = await SequentialAsync(client, regular);
    double[] warm = await SequentialAsync(client, regular);
    double[] storeOnly = await StoreOnlyAsync(store, regular, now);
    Console.WriteLine($"lookup, {perCustomer} interactions, 12 months: cold p50 {Percentile(cold, 50):N3} ms p99 {Percentile(cold, 99):N3} ms; warm p50 {Percentile(warm, 50):N3} ms p99 {Percentile(warm, 99):N3} ms; the store alone warm p50 {Percentile(storeOnly, 50):N3} ms p99 {Percentile(storeOnly, 99):N3} ms");
    int[] heavy = [.. Enumerable.Range(0, customers).Where(c => c != StoreGenerator.FiveThousandCustomer && !generator.IsRegular(c)).Take(20)];
    if (heavy.Length > 0)
    {
        await SequentialAsync(client, heavy);
        double[] heavyTimes = await SequentialAsync(client, heavy);
        Console.WriteLine($"lookup, 2,000 interactions over 24 months (12 read): warm p50 {Percentile(heavyTimes, 50):N2} ms p99 {Percentile(heavyTimes, 99):N2} ms");
    }

    int[] fiveThousand = [.. Enumerable.Repeat(StoreGenerator.FiveThousandCustomer, 21)];
    double[] fiveThousandTimes = (await SequentialAsync(client, fiveThousand, JourneyPeriod.LastMonths(24)))[1..];
    double[] fiveThousandStore = (await StoreOnlyAsync(store, fiveThousand, now, months: 24))[1..];
    Console.WriteLine($"lookup, 5,000 interactions, 24 months: warm p50 {Percentile(fiveThousandTimes, 50):N2} ms p99 {Percentile(fiveThousandTimes, 99):N2} ms; the store alone p50 {Percentile(fiveThousandStore, 50):N2} ms");

    // 4. Lookups in flight at once: throughput and p99 against the single-lookup rate.
    double singleRate = 1000 / warm.Average();
    foreach (int inFlight in new[] { 8, 32 })
    {
        // A warm-up at the same concurrency first: the pool opens its connections, each server session prepares its statements.
        await ConcurrentAsync(client, regular, inFlight, inFlight * 10);
        (double rate, double[] times) = await ConcurrentAsync(client, regular, inFlight, Math.Max(lookups, inFlight * 50));
        double fair = inFlight / rate * 1000;
        Console.WriteLine($"{inFlight,2} in flight: {rate:N0} lookups/s ({rate / singleRate:N2}x one at a time, {singleRate:N0}/s), p50 {Percentile(times, 50):N2} ms, p99 {Percentile(times, 99):N2} ms ({Percentile(times, 99) / fair:N2}x {inFlight} / throughput = {fair:N2} ms)");
    }

    // 5. The journey report over every customer's 24 months, computed in the store, against the naive floor.
    var report = new JourneyReportQuery(new PeriodRange(now.AddMonths(-24), now.AddDays(1))) { Access = AccessContext.Unrestricted };
    var analytics = (IJourneyAnalytics)store;
    (JourneyReport first, double firstSeconds, long firstPeak) = await MeasureAsync(() => analytics.GetReportAsync(report));
    var runs = new List<(double Seconds, long Peak)>();
    for (int i = 0; i < 3; i++)
    {
        (_, double seconds, long peak) = await MeasureAsync(() => analytics.GetReportAsync(report));
        runs.Add((seconds, peak));
    }

    double reportSeconds = runs.Select(r => r.Seconds).Order().ElementAt(1);
    if (store is SqliteJourneyStore)
    {
        // The floor on this machine at this moment: SQLite reading the same index entries and adding them up in SQL, nothing returned.
        double[] floor = new double[3];
        for (int i = 0; i < floor.Length; i++)
        {
            (_, floor[i], _) = await MeasureAsync(() => Task.FromResult(IndexReadSeconds(path, report)));
        }

        double floorSeconds = floor.Order().ElementAt(1);
        Console.WriteLine($"floor: SQLite reading the same index entries alone (SELECT count, sum): median of 3 {floorSeconds:N2} s; the report is {reportSeconds / floorSeconds:N2}x that");
    }

    long reportPeak = runs.Max(r => r.Peak);
    Console.WriteLine($"report, {written:N0} interactions of {customers:N0} customers (24 months): first {firstSeconds:N2} s, then median of 3 {reportSeconds:N2} s; peak managed memory {Math.Max(firstPeak, reportPeak) / 1048576.0:N1} MiB above the heap before");
    Console.WriteLine($"  contacts {first.Contacts:N0}, episodes {first.Episodes:N0}, first-contact resolution {first.FirstContactResolutionRate:P1}, repeat 7d {first.RepeatContactRate7d:P1} 30d {first.RepeatContactRate30d:P1}, median to resolution {first.MedianTimeToResolution}, containment {first.SelfService.ContainmentRate:P1}, top path {string.Join(" > ", first.ChannelPaths[0].Channels)} ({first.ChannelPaths[0].Count:N0})");
    if (!args.Contains("--no-naive"))
    {
        (JourneyReport naive, double naiveSeconds, long naivePeak) = await MeasureAsync(async () =>
        {
            var journeys = new List<(LookupKey, IReadOnlyList<Interaction>)>(customers);
            for (int c = 0; c < customers; c++)
            {
                LookupKey key = StoreGenerator.Customer(c);
                journeys.Add((key, await store.GetInteractionsAsync(new SourceQuery(key, report.Period.From, report.ReadUntil), CancellationToken.None)));
            }

            return NaiveJourneyReport.Compute(report, journeys);
        });
        string disagreement = Disagreement(first, naive);
        Console.WriteLine($"naive report (every journey loaded through the store, then LINQ): {naiveSeconds:N2} s, peak managed memory {naivePeak / 1048576.0:N1} MiB; the store's report is {naiveSeconds / reportSeconds:N1}x faster, {(double)naivePeak / Math.Max(1, reportPeak):N0}x less memory; {(disagreement.Length == 0 ? "same answers" : "DIFFERENT: " + disagreement)}");
        failures += disagreement.Length == 0 ? 0 : 1;
    }
}
catch (Exception exception) when (expectOk)
{
    Console.WriteLine($"failed: {exception.GetType().Name}: {exception.Message}");
    failures++;
}
finally
{
    switch (store)
    {
        case PostgresJourneyStore postgres:
            await postgres.DisposeAsync();
            if (!keep)
            {
                await DropSchemaAsync(schema);
            }
            else
            {
                Console.WriteLine($"kept schema {schema}");
            }

            break;
        case IDisposable disposable:
            disposable.Dispose();
            break;
    }

    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

return expectOk && failures > 0 ? 1 : 0;

static async Task<double[]> SequentialAsync(JourneyClient client, int[] customers, JourneyPeriod? period = null)
{
    var times = new double[customers.Length];
    for (int i = 0; i < customers.Length; i++)
    {
        long t = Stopwatch.GetTimestamp();
        JourneyResult journey = await client.GetJourneyAsync(new JourneyQuery(StoreGenerator.Customer(customers[i])) { Period = period ?? JourneyPeriod.Last12Months });
        times[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        if (!journey.IsComplete || journey.TotalCount == 0)
        {
            throw new InvalidOperationException($"lookup {i} answered {journey.TotalCount} interactions, complete: {journey.IsComplete} ({journey.Sources[0].Message})");
        }
    }

    return times;
}

static async Task<double[]> StoreOnlyAsync(IJourneyStore store, int[] customers, DateTimeOffset now, int months = 12)
{
    var times = new double[customers.Length];
    for (int i = 0; i < customers.Length; i++)
    {
        long t = Stopwatch.GetTimestamp();
        await store.GetInteractionsAsync(new SourceQuery(StoreGenerator.Customer(customers[i]), now.AddMonths(-months), now.AddDays(1)), CancellationToken.None);
        times[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
    }

    return times;
}

// Each lookup is queued to the thread pool when a slot frees, and timed from then: waiting for a
// thread counts, as it does for a request in a server (a store that blocks its thread shows it here).
static async Task<(double Rate, double[] Times)> ConcurrentAsync(JourneyClient client, int[] customers, int inFlight, int total)
{
    var times = new double[total];
    using var slots = new SemaphoreSlim(inFlight);
    var running = new List<Task>(total);
    var all = Stopwatch.StartNew();
    for (int i = 0; i < total; i++)
    {
        await slots.WaitAsync();
        int index = i;
        long queued = Stopwatch.GetTimestamp();
        // PreferFairness: into the pool's global queue, as a server's arriving requests are (Task.Run from a pool thread would go to its local, last-in-first-out queue).
        running.Add(Task.Factory.StartNew(async () =>
        {
            try
            {
                await client.GetJourneyAsync(new JourneyQuery(StoreGenerator.Customer(customers[index % customers.Length])) { Period = JourneyPeriod.Last12Months });
                times[index] = Stopwatch.GetElapsedTime(queued).TotalMilliseconds;
            }
            finally
            {
                slots.Release();
            }
        }, CancellationToken.None, TaskCreationOptions.PreferFairness, TaskScheduler.Default).Unwrap());
    }

    await Task.WhenAll(running);
    return (total / all.Elapsed.TotalSeconds, times);
}

static long IndexReadSeconds(string path, JourneyReportQuery report)
{
    using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = "SELECT count(*), sum(facts), sum(length(customer)), sum(end_ticks % 7) FROM interactions INDEXED BY ix_interactions_journey WHERE start_ticks >= $from AND start_ticks < $until";
    command.Parameters.AddWithValue("$from", report.Period.From.UtcTicks);
    command.Parameters.AddWithValue("$until", report.ReadUntil.UtcTicks);
    using var reader = command.ExecuteReader();
    reader.Read();
    return reader.GetInt64(0);
}

// Runs work after a full collection, sampling the managed heap every 5 ms: its time and its peak above the heap before.
static async Task<(T Result, double Seconds, long PeakBytes)> MeasureAsync<T>(Func<Task<T>> work)
{
    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    GC.WaitForPendingFinalizers();
    long before = GC.GetTotalMemory(forceFullCollection: true);
    long peak = before;
    using var done = new CancellationTokenSource();
    var sampler = Task.Run(async () =>
    {
        while (!done.IsCancellationRequested)
        {
            peak = Math.Max(peak, GC.GetTotalMemory(false));
            await Task.Delay(5);
        }
    });
    var clock = Stopwatch.StartNew();
    T result = await work();
    clock.Stop();
    peak = Math.Max(peak, GC.GetTotalMemory(false));
    await done.CancelAsync();
    await sampler;
    return (result, clock.Elapsed.TotalSeconds, peak - before);
}

// The figures two reports must share (rates and averages to 1e-9: their sums may run in another order).
static string Disagreement(JourneyReport store, JourneyReport naive)
{
    var differences = new List<string>();
    void Check(string what, object? a, object? b)
    {
        if (!Equals(a, b))
        {
            differences.Add($"{what} {a} vs {b}");
        }
    }

    Check("contacts", store.Contacts, naive.Contacts);
    Check("episodes", (store.Episodes, store.ResolvedEpisodes, store.FailedEpisodes, store.FirstContactResolutions), (naive.Episodes, naive.ResolvedEpisodes, naive.FailedEpisodes, naive.FirstContactResolutions));
    Check("repeats", (store.RepeatContacts7d, store.RepeatContacts30d), (naive.RepeatContacts7d, naive.RepeatContacts30d));
    Check("time to resolution", (store.MedianTimeToResolution, store.P90TimeToResolution), (naive.MedianTimeToResolution, naive.P90TimeToResolution));
    Check("self-service", store.SelfService, naive.SelfService);
    Check("paths", string.Join(";", store.ChannelPaths.Select(p => $"{string.Join(">", p.Channels)}={p.Count}/{p.Resolved}/{p.Failed}")), string.Join(";", naive.ChannelPaths.Select(p => $"{string.Join(">", p.Channels)}={p.Count}/{p.Resolved}/{p.Failed}")));
    Check("contacts by channel", string.Join(";", store.ContactsByChannel), string.Join(";", naive.ContactsByChannel));
    double a = store.Surveys?.Overall.AverageScore ?? 0;
    double b = naive.Surveys?.Overall.AverageScore ?? 0;
    if (Math.Abs(a - b) > 1e-9 * Math.Max(1, Math.Abs(b)))
    {
        differences.Add($"survey average {a} vs {b}");
    }

    return string.Join(", ", differences);
}

static double Percentile(double[] values, double percentile)
{
    double[] sorted = [.. values.Order()];
    return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}

static string PostgresConnectionString() =>
    Environment.GetEnvironmentVariable("CUSTOMERJOURNEY_TEST_POSTGRES") is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException("Set CUSTOMERJOURNEY_TEST_POSTGRES (bash eng/postgres.sh starts a throwaway server).");

static async Task<long> PostgresSizeAsync(string schema)
{
    await using var connection = new Npgsql.NpgsqlConnection(PostgresConnectionString());
    await connection.OpenAsync();
    await using var command = new Npgsql.NpgsqlCommand("SELECT sum(pg_total_relation_size(c.oid))::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')", connection);
    command.Parameters.AddWithValue(schema);
    return (long)(await command.ExecuteScalarAsync())!;
}

static Task DropSchemaAsync(string schema) => ExecuteAsync($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE");

static async Task ExecuteAsync(string sql)
{
    await using var connection = new Npgsql.NpgsqlConnection(PostgresConnectionString());
    await connection.OpenAsync();
    await using var command = new Npgsql.NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
    await command.ExecuteNonQueryAsync();
}

int Option(string name, int fallback) => Array.IndexOf(args, name) is int i and >= 0 ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;

string Text(string name, string fallback) => Array.IndexOf(args, name) is int i and >= 0 ? args[i + 1] : fallback;
