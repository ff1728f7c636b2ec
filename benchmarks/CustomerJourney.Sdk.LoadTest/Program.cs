using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CustomerJourney.Client;
using CustomerJourney.DependencyInjection;
using CustomerJourney.LoadTest;
using CustomerJourney.Model;
using CustomerJourney.Query;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// A documented load run (docs/benchmarks.md, "Soak"): N concurrent lookups over loopback Kestrel
// fakes of both APIs in another process, cold (fresh host and connections) and warm, reporting
// throughput, latency percentiles, failures by state, lateness past the deadline and memory.
//   dotnet run -c Release --project benchmarks/CustomerJourney.Sdk.LoadTest -- [--lookups 1000] [--rounds 3] [--records 40] [--sources CampaignManager,DataCloud] [--latency-ms 0] [--expect-ok]
// Settings of the host come from CustomerJourney__… environment variables, as in any host.
// Internal: `serve PORT RECORDS LATENCY_MS` runs the fake APIs.
if (args.Length == 4 && args[0] == "serve")
{
    return await FakeApis.ServeAsync(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture), TimeSpan.FromMilliseconds(int.Parse(args[3], CultureInfo.InvariantCulture)));
}

int lookups = Option("--lookups", 1000);
int rounds = Option("--rounds", 3);
int records = Option("--records", 40);
int latencyMs = Option("--latency-ms", 0);
bool expectOk = args.Contains("--expect-ok");
int notOk = 0;
string sources = Array.IndexOf(args, "--sources") is int s and >= 0 ? args[s + 1] : "CampaignManager,DataCloud";

int port = FreePort();
using Process server = StartServer(port, records, latencyMs);
var baseAddress = new Uri($"http://127.0.0.1:{port}/");
Console.WriteLine($"{lookups} concurrent lookups, {rounds} warm rounds, {records} records per source, sources {sources}, API latency {latencyMs} ms, {Environment.ProcessorCount} cores");
Console.WriteLine($"{"round",-7} {"lookups/s",10} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"ok",6} {"failed",7} {"timed out",10} {"late",5} {"heap MB",8} {"ws MB",7}");
(long Heap, long WorkingSet) before = Memory();
Console.WriteLine($"{"before",-7} {string.Empty,10} {string.Empty,8} {string.Empty,8} {string.Empty,8} {string.Empty,8} {string.Empty,6} {string.Empty,7} {string.Empty,10} {string.Empty,5} {before.Heap / 1e6,8:0.0} {before.WorkingSet / 1e6,7:0.0}");

await using ServiceProvider services = BuildHost(baseAddress, sources);
JourneyClient client = services.GetRequiredService<JourneyClient>();
for (int round = 0; round <= rounds; round++)
{
    notOk += await RunRoundAsync(client, round == 0 ? "cold" : $"warm {round}", lookups);
}

server.Kill(entireProcessTree: true);
// --expect-ok (the CI smoke run): a light load must be served whole.
return expectOk && notOk > 0 ? 1 : 0;

static async Task<int> RunRoundAsync(JourneyClient client, string name, int lookups)
{
    var latencies = new double[lookups];
    var states = new SourceState[lookups][];
    var messages = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
    int late = 0;
    var all = Stopwatch.StartNew();
    using var start = new ManualResetEventSlim();
    Task[] tasks =
    [
        .. Enumerable.Range(0, lookups).Select(i => Task.Run(async () =>
        {
            // Every lookup a different customer, as calls arrive at a contact centre.
            LookupKey key = LookupKey.Parse($"+1415{5550000 + i:0000000}", "US");
            start.Wait();
            long began = Stopwatch.GetTimestamp();
            JourneyResult result = await client.GetJourneyAsync(new JourneyQuery(key) { Direction = CallDirection.Outbound });
            TimeSpan took = Stopwatch.GetElapsedTime(began);
            latencies[i] = took.TotalMilliseconds;
            states[i] = [.. result.Sources.Select(s => s.State)];
            foreach (SourceStatus status in result.Sources.Where(s => !s.IsOk))
            {
                messages.AddOrUpdate(status.Message ?? status.State.ToString(), 1, (_, n) => n + 1);
            }
            if (took > TimeSpan.FromSeconds(4.25))
            {
                Interlocked.Increment(ref late);
            }
        })),
    ];
    start.Set();
    await Task.WhenAll(tasks);
    all.Stop();
    Array.Sort(latencies);
    SourceState[] flat = [.. states.SelectMany(s => s)];
    (long heap, long workingSet) = Memory();
    foreach ((string message, int count) in messages.OrderByDescending(m => m.Value).Take(3))
    {
        Console.WriteLine($"        {count} × {message}");
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-7} {lookups / all.Elapsed.TotalSeconds,10:0} {Percentile(latencies, 0.50),8:0} {Percentile(latencies, 0.95),8:0} {Percentile(latencies, 0.99),8:0} {latencies[^1],8:0} {flat.Count(x => x == SourceState.Ok),6} {flat.Count(x => x == SourceState.Failed),7} {flat.Count(x => x == SourceState.TimedOut),10} {late,5} {heap / 1e6,8:0.0} {workingSet / 1e6,7:0.0}"));
    return flat.Count(x => x != SourceState.Ok);
}

static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

static (long Heap, long WorkingSet) Memory()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    using var self = Process.GetCurrentProcess();
    return (GC.GetTotalMemory(forceFullCollection: true), self.WorkingSet64);
}

static ServiceProvider BuildHost(Uri baseAddress, string sources)
{
    var settings = new Dictionary<string, string?>
    {
        ["CustomerJourney:TimeZone"] = "America/New_York",
        ["CustomerJourney:CampaignManager:BaseAddress"] = baseAddress.ToString(),
        ["CustomerJourney:CampaignManager:Token"] = FakeApis.Token,
        ["CustomerJourney:DataCloud:BaseAddress"] = baseAddress.ToString(),
        ["CustomerJourney:DataCloud:ApiKey"] = FakeApis.ApiKey,
    };
    string[] names = sources.Split(',');
    for (int i = 0; i < names.Length; i++)
    {
        settings[$"CustomerJourney:Sources:{i}"] = names[i];
    }

    foreach (string? extra in Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(k => k.StartsWith("CustomerJourney__", StringComparison.Ordinal)))
    {
        settings[extra!.Replace("__", ":", StringComparison.Ordinal)] = Environment.GetEnvironmentVariable(extra);
    }

    IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    var services = new ServiceCollection();
    services.AddLogging();
    services.AddCustomerJourney(configuration.GetSection(CustomerJourneyOptions.SectionName)).AddCampaignManager().AddDataCloud();
    return services.BuildServiceProvider();
}

static Process StartServer(int port, int records, int latencyMs)
{
    var info = new ProcessStartInfo(Environment.ProcessPath!, ["serve", port.ToString(CultureInfo.InvariantCulture), records.ToString(CultureInfo.InvariantCulture), latencyMs.ToString(CultureInfo.InvariantCulture)])
    {
        RedirectStandardOutput = true,
        UseShellExecute = false,
    };
    if (Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal))
    {
        info.ArgumentList.Insert(0, typeof(FakeApis).Assembly.Location);
    }

    Process process = Process.Start(info)!;
    if (process.StandardOutput.ReadLine() != "ready")
    {
        throw new InvalidOperationException("The fake APIs did not start.");
    }

    return process;
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

int Option(string name, int fallback) =>
    Array.IndexOf(args, name) is int i and >= 0 ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
