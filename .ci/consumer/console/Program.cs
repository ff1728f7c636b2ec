using CustomerJourney.Access;
using CustomerJourney.Client;
using CustomerJourney.DependencyInjection;
using CustomerJourney.Json;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using CustomerJourney.Sqlite;
using Microsoft.Extensions.DependencyInjection;

// The same output whatever the build (JIT, trimmed, Native AOT): a pinned clock, fixed data.
var now = new DateTimeOffset(2026, 11, 15, 14, 30, 0, TimeSpan.Zero);
LookupKey caller = LookupKey.Parse("(415) 555-0100", "US");
string database = Path.Combine(Path.GetTempPath(), $"cj-consumer-{Environment.ProcessId}.db");

using (SqliteJourneyStore store = await SqliteJourneyStore.OpenAsync(new SqliteJourneyStoreOptions { Path = database, CreateIfMissing = true }))
{
    await store.UpsertAsync(caller, [new Interaction { Source = "DataCloud", Id = "DC-1", Start = now.AddDays(-3), Channel = Channel.Voice, Direction = InteractionDirection.Inbound, Outcome = new Outcome("SALE", "Venta: débito", OutcomeKind.Success) }]);
    await store.SetListedCampaignsAsync(caller, [new Campaign("CMP-7", "Winter Renewals")]);
}

var memory = new InMemoryJourneySource("Memory").Add(caller, new Interaction { Source = "Memory", Id = "M-1", Start = now.AddDays(-1), Channel = Channel.Sms, Mode = ContactMode.Sms, Outcome = new Outcome("NOANS", "No answer", OutcomeKind.Failure) });
var services = new ServiceCollection();
services.AddSingleton<TimeProvider>(new PinnedClock(now));
services.AddCustomerJourney(o =>
    {
        o.TimeZone = "America/New_York";
        o.Sources = ["Memory", "Sqlite"];
    })
    .AddSource(memory)
    .AddSqlite(o => { o.Path = database; o.CreateIfMissing = false; })
    .AddDataCloud(o => { o.BaseAddress = new Uri("https://dc.example.com/"); o.ApiKey = "unused"; })
    .AddGenesysCloud(o => { o.Region = "eu_west_1"; o.ClientId = "unused"; o.ClientSecret = "unused"; });
await using (ServiceProvider provider = services.BuildServiceProvider())
{
    JourneyClient client = provider.GetRequiredService<JourneyClient>();
    JourneyResult journey = await client.GetJourneyAsync(new JourneyQuery(caller) { Direction = CallDirection.Inbound, Access = AccessContext.Unrestricted });
    Console.WriteLine(caller);
    string json = JourneyJson.Serialize(journey.WithFilter(new JourneyFilter { Text = "debito" }), new JourneyJsonOptions { Indented = false });
    // How long each source took is the one thing that differs between runs.
    Console.WriteLine(System.Text.RegularExpressions.Regex.Replace(json, "\"elapsedMs\":[0-9]+", "\"elapsedMs\":0"));
}

File.Delete(database);

internal sealed class PinnedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
