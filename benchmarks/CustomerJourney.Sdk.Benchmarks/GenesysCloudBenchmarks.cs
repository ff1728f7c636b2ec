using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using CustomerJourney.Access;
using CustomerJourney.Client;
using CustomerJourney.DependencyInjection;
using CustomerJourney.Fixtures;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerJourney.Benchmarks;

/// <summary>
/// A Genesys Cloud lookup over loopback HTTP (the tests' Kestrel fake of the Platform API): one
/// customer with 1,000 sessions in pages of 200, names already cached. Against the floor: the same
/// identifier lookup and the same five pages fetched with a plain <see cref="HttpClient"/> and
/// deserialised with System.Text.Json (source-generated) into records of the same members, no
/// mapping, no merge, no grouping.
/// </summary>
[MemoryDiagnoser]
public class GenesysCloudBenchmarks
{
    private const string Phone = "+353871234567";
    private GenesysFake _api = null!;
    private ServiceProvider _services = null!;
    private JourneyClient _client = null!;
    private JourneyQuery _query = null!;
    private SourceQuery _sourceQuery = null!;
    private HttpClient _plain = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        _plain.Dispose();
        _services.Dispose();
        _api.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "floor: HttpClient + System.Text.Json, the same 6 requests")]
    public async Task<int> Floor()
    {
        using HttpResponseMessage found = await _plain.PostAsJsonAsync("api/v2/externalcontacts/identifierlookup/contacts", new FloorIdentifier("Phone", Phone), FloorJson.Default.FloorIdentifier);
        FloorContact contact = (await found.EnsureSuccessStatusCode().Content.ReadFromJsonAsync(FloorJson.Default.FloorContact))!;
        int count = 0;
        string? next = $"api/v2/externalcontacts/contacts/{contact.Id}/journey/sessions?pageSize=200&includeMerged=true";
        while (next is not null)
        {
            FloorListing page = (await _plain.GetFromJsonAsync(next, FloorJson.Default.FloorListing))!;
            count += page.Entities.Count;
            next = page.Entities.Count > 0 ? page.NextUri : null;
        }

        return count;
    }

    [Benchmark(Description = "SDK: the source alone (GetInteractionsAsync: token, pages, names, mapping)")]
    public async Task<int> SourceAlone() => (await _client.Sources[0].GetInteractionsAsync(_sourceQuery, CancellationToken.None)).Count;

    [Benchmark(Description = "SDK: GenesysCloudSource lookup through JourneyClient (mapped, merged, grouped)")]
    public async Task<int> Lookup()
    {
        JourneyResult result = await _client.GetJourneyAsync(_query);
        return result.AllItems.Count;
    }

    private async Task SetupAsync()
    {
        _api = await GenesysFake.StartAsync();
        DateTimeOffset now = DateTimeOffset.UtcNow;
        var sessions = new List<System.Text.Json.Nodes.JsonObject>();
        for (int i = 0; i < 1_000; i++)
        {
            DateTimeOffset start = now.AddDays(-55).AddMinutes(i * 75);
            sessions.Add(i % 3 == 0
                ? GenesysSessions.Web($"w-{i:0000}", start, start.AddMinutes(4), start.AddMinutes(9), $"d-{i % 4}")
                : GenesysSessions.Conversation($"c-{i:0000}", start, start.AddMinutes(6), i % 2 == 0 ? "Voice" : "Messaging", i % 2 == 0 ? null : "WhatsApp", i % 5 == 0 ? "Outbound" : "Inbound", $"q-{i % 10}", $"u-{i % 25}", $"w-{i % 8}", "Follow-up booked", "Answered", $"d-{i % 4}"));
        }

        for (int n = 0; n < 25; n++)
        {
            _api.Names[$"queue:q-{n % 10}"] = $"Queue {n % 10}";
            _api.Names[$"user:u-{n}"] = $"Agent {n}";
            _api.Names[$"wrapup:w-{n % 8}"] = $"Wrap-up {n % 8}";
        }

        _api.AddContact("c-maeve", ("Phone", Phone)).AddSessions("c-maeve", [.. sessions]);

        var services = new ServiceCollection();
        services.AddCustomerJourney(o => { o.Sources = ["GenesysCloud"]; o.TimeZone = "Europe/Dublin"; o.DefaultRegion = "IE"; })
            .AddGenesysCloud(o =>
            {
                o.ApiBaseAddress = _api.BaseAddress;
                o.LoginBaseAddress = _api.BaseAddress;
                o.ClientId = GenesysFake.ClientId;
                o.ClientSecret = GenesysFake.ClientSecret;
                o.Timeout = TimeSpan.FromSeconds(30);
                o.AttemptTimeout = TimeSpan.FromSeconds(10);
                // The pace of the org's limit (300 a minute) would time the limiter, not the code.
                o.RequestsPerMinute = 100_000;
            });
        _services = services.BuildServiceProvider();
        _client = _services.GetRequiredService<JourneyClient>();
        _query = new JourneyQuery(LookupKey.Parse(Phone, "IE")) { Access = AccessContext.Unrestricted, Period = JourneyPeriod.LastMonths(3) };

        _sourceQuery = new SourceQuery(_query.Key, now.AddMonths(-3), now.AddDays(1));
        _plain = new HttpClient { BaseAddress = _api.BaseAddress };
        using var mint = new HttpRequestMessage(HttpMethod.Post, "oauth/token") { Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]) };
        mint.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.Latin1.GetBytes($"{GenesysFake.ClientId}:{GenesysFake.ClientSecret}")));
        using HttpResponseMessage minted = await _plain.SendAsync(mint);
        using JsonDocument token = JsonDocument.Parse(await minted.Content.ReadAsStringAsync());
        _plain.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("access_token").GetString());

        int floor = await Floor();
        int lookup = await Lookup();
        Disagreement.ThrowIfDifferent("Genesys Cloud lookup vs floor", ["1000"], [floor.ToString()]);
        Disagreement.ThrowIfDifferent("Genesys Cloud lookup vs floor", [floor.ToString()], [lookup.ToString()]);
        Disagreement.ThrowIfDifferent("Genesys Cloud source vs floor", [floor.ToString()], [(await SourceAlone()).ToString()]);
    }
}

internal sealed record FloorIdentifier(string Type, string Value);

internal sealed record FloorContact(string Id);

internal sealed record FloorListing(List<FloorSession> Entities, string? NextUri);

internal sealed record FloorRef(string? Id);

internal sealed record FloorChannel(string? Type, string? MessageType);

internal sealed record FloorDisposition(string? Code, string? Notes);

internal sealed record FloorLastEvent(string? EventName, DateTimeOffset? CreatedDate);

internal sealed record FloorDevice(string? Category, string? OsFamily, string? OsVersion);

internal sealed record FloorBrowser(string? Family, string? Version);

internal sealed record FloorPage(string? Hostname, string? Pathname, string? Title);

internal sealed record FloorReferrer(string? Medium, string? Name, string? Domain);

internal sealed record FloorCampaign(string? Name, string? Source, string? Medium);

/// <summary>The members the source reads, as a competent hand-written client would declare them.</summary>
internal sealed record FloorSession(
    string Id,
    string? Type,
    DateTimeOffset CreatedDate,
    DateTimeOffset? EndedDate,
    FloorLastEvent? LastEvent,
    FloorRef? Conversation,
    List<FloorChannel>? ConversationChannels,
    string? OriginatingDirection,
    FloorRef? LastConnectedQueue,
    FloorRef? LastConnectedUser,
    FloorDisposition? LastUserDisposition,
    string? LastAcdOutcome,
    List<string>? DivisionIds,
    int? PageviewCount,
    FloorBrowser? Browser,
    FloorDevice? Device,
    FloorPage? LastPage,
    FloorReferrer? Referrer,
    FloorCampaign? MktCampaign);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(FloorIdentifier))]
[JsonSerializable(typeof(FloorContact))]
[JsonSerializable(typeof(FloorListing))]
internal sealed partial class FloorJson : JsonSerializerContext;
