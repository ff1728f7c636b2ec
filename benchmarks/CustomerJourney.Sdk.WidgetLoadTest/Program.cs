using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using CustomerJourney.WidgetLoadTest;

// A documented load run (docs/benchmarks.md, "Widget endpoints"): N agents at once, each signing in,
// opening a lookup of a 1,000-interaction journey and, once all are open, changing the filters F times, against the same
// server answering a precomputed timeline body behind the same sign-in (the floor), over loopback,
// the server in another process. Reports requests/s and latency percentiles of each.
//   dotnet run -c Release --project benchmarks/CustomerJourney.Sdk.WidgetLoadTest -- [--agents 64] [--filters 20] [--rounds 3] [--warmup-rounds 20] [--interactions 1000] [--expect-ok]
// Internal: `serve PORT INTERACTIONS` runs the server.
if (args.Length == 3 && args[0] == "serve")
{
    return await WidgetServer.ServeAsync(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture));
}

int agents = Option("--agents", 64);
int filters = Option("--filters", 20);
int rounds = Option("--rounds", 3);
// Warm-up rounds let the JIT finish tiering (dynamic PGO instruments hot code first): a server is measured in its steady state.
int warmups = Option("--warmup-rounds", 20);
int interactions = Option("--interactions", 1000);
bool expectOk = args.Contains("--expect-ok");

int port = FreePort();
using Process server = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, ["serve", port.ToString(CultureInfo.InvariantCulture), interactions.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
var address = new Uri($"http://127.0.0.1:{port}/");
await WaitForAsync(address);

// The filter changes an agent makes, in turn: period, campaign, channel, both, free text, older dates, back.
string[] views =
[
    "timeline?period=3", "timeline?period=6", "timeline?campaign=CMP-7", "timeline?campaign=CMP-7&channel=sms", "timeline?channel=email",
    "timeline?search=debito", "timeline?period=9&search=renewal", "timeline?before=2026-01-01", "timeline?period=12&channel=voice", "timeline",
];
Console.WriteLine($"{agents} agents at once, each: sign in, open a lookup of {interactions} interactions, {filters} filter changes; {rounds} rounds after {warmups} warm-up rounds; {Environment.ProcessorCount} cores");
Console.WriteLine($"{"round",-8} {"requests",-8} {"req/s",9} {"p50 ms",8} {"p99 ms",8} {"max ms",8} {"failed",7}");
int failed = 0;
for (int round = 1 - warmups; round <= rounds; round++)
{
    string name = round <= 0 ? "warm-up" : $"round {round}";
    (Sample open, Sample filter) = await RunAgentsAsync(address, agents, filters, views);
    Sample floor = await RunFloorAsync(address, agents, filters);
    failed += open.Failed + filter.Failed + floor.Failed;
    if (round <= 0)
    {
        continue;
    }

    Print(name, "open", open);
    Print(name, "filter", filter);
    Print(name, "floor", floor);
    Console.WriteLine($"{name,-8} filter/floor: p50 {filter.P50 / floor.P50:0.00}x, p99 {filter.P99 / floor.P99:0.00}x, req/s {floor.PerSecond / filter.PerSecond:0.00}x fewer");
}

server.Kill(entireProcessTree: true);
return expectOk && failed > 0 ? 1 : 0;

static async Task<(Sample Open, Sample Filter)> RunAgentsAsync(Uri address, int agents, int filters, string[] views)
{
    HttpClient[] clients = await SignInAsync(address, agents);
    var opens = new double[agents];
    var changes = new double[agents * filters];
    var firstChange = new long[agents];
    var lastChange = new long[agents];
    int failed = 0;
    int filterFailed = 0;
    int opened = 0;
    // Every agent's filter changes start once all lookups are open: the filter latencies are the filters', not queued behind 64 opens.
    var allOpen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    using var start = new ManualResetEventSlim();
    Task[] tasks = [.. Enumerable.Range(0, agents).Select(a => Task.Run(async () =>
    {
        start.Wait();
        long began = Stopwatch.GetTimestamp();
        using HttpResponseMessage answer = await clients[a].PostAsJsonAsync("journey/lookups", new { phone = "+1 415 555 0100", direction = "inbound" });
        opens[a] = Stopwatch.GetElapsedTime(began).TotalMilliseconds;
        bool ok = answer.StatusCode == HttpStatusCode.Created;
        string? handle = ok ? JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("handle").GetString() : null;
        if (Interlocked.Increment(ref opened) == agents)
        {
            allOpen.SetResult();
        }

        await allOpen.Task;
        if (!ok)
        {
            Interlocked.Increment(ref failed);
            return;
        }

        firstChange[a] = Stopwatch.GetTimestamp();
        for (int f = 0; f < filters; f++)
        {
            long asked = Stopwatch.GetTimestamp();
            using HttpResponseMessage view = await clients[a].GetAsync($"journey/lookups/{handle}/{views[(a + f) % views.Length]}", HttpCompletionOption.ResponseContentRead);
            changes[(a * filters) + f] = Stopwatch.GetElapsedTime(asked).TotalMilliseconds;
            if (!view.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref filterFailed);
            }
        }

        lastChange[a] = Stopwatch.GetTimestamp();
    }))];
    long began = Stopwatch.GetTimestamp();
    start.Set();
    await Task.WhenAll(tasks);
    foreach (HttpClient client in clients)
    {
        client.Dispose();
    }

    // The opens all start at once; the filter changes are counted from the first to the last.
    double openSeconds = opens.Max() / 1000;
    double filterSeconds = Stopwatch.GetElapsedTime(firstChange.Where(t => t > 0).DefaultIfEmpty(began).Min(), lastChange.DefaultIfEmpty(began).Max()).TotalSeconds;
    return (Sample.Of(opens, openSeconds, failed), Sample.Of(changes, filterSeconds, filterFailed));
}

static async Task<Sample> RunFloorAsync(Uri address, int agents, int filters)
{
    HttpClient[] clients = await SignInAsync(address, agents);
    var latencies = new double[agents * filters];
    int failed = 0;
    using var start = new ManualResetEventSlim();
    var wall = new Stopwatch();
    Task[] tasks = [.. Enumerable.Range(0, agents).Select(a => Task.Run(async () =>
    {
        start.Wait();
        for (int f = 0; f < filters; f++)
        {
            long asked = Stopwatch.GetTimestamp();
            using HttpResponseMessage response = await clients[a].GetAsync("floor", HttpCompletionOption.ResponseContentRead);
            latencies[(a * filters) + f] = Stopwatch.GetElapsedTime(asked).TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref failed);
            }
        }
    }))];
    wall.Start();
    start.Set();
    await Task.WhenAll(tasks);
    wall.Stop();
    foreach (HttpClient client in clients)
    {
        client.Dispose();
    }

    return Sample.Of(latencies, wall.Elapsed.TotalSeconds, failed);
}

// One client per agent (its own cookie and connection), signed in before the clock starts.
static async Task<HttpClient[]> SignInAsync(Uri address, int agents)
{
    var clients = new HttpClient[agents];
    for (int a = 0; a < agents; a++)
    {
        clients[a] = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = address };
        using HttpResponseMessage signedIn = await clients[a].GetAsync($"sign-in?agent=agent-{a}");
        signedIn.EnsureSuccessStatusCode();
    }

    return clients;
}

static void Print(string round, string kind, Sample sample) =>
    Console.WriteLine($"{round,-8} {kind,-8} {sample.PerSecond,9:0} {sample.P50,8:0.00} {sample.P99,8:0.00} {sample.Max,8:0.00} {sample.Failed,7}");

static async Task WaitForAsync(Uri address)
{
    using var http = new HttpClient { BaseAddress = address };
    for (int i = 0; i < 200; i++)
    {
        try
        {
            using HttpResponseMessage response = await http.GetAsync("floor");
            return;
        }
        catch (HttpRequestException)
        {
            await Task.Delay(100);
        }
    }

    throw new InvalidOperationException("The widget server did not start.");
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

int Option(string name, int fallback) =>
    Array.IndexOf(args, name) is int i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;

/// <summary>Latencies of one kind of request, with the throughput they were served at.</summary>
internal readonly record struct Sample(double PerSecond, double P50, double P99, double Max, int Failed)
{
    public static Sample Of(double[] latencies, double seconds, int failed)
    {
        double[] sorted = [.. latencies.Order()];
        return new Sample(sorted.Length / Math.Max(seconds, 1e-9), At(sorted, 0.50), At(sorted, 0.99), sorted[^1], failed);
    }

    private static double At(double[] sorted, double quantile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
