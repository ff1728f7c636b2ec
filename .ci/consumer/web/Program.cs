using CustomerJourney.Access;
using CustomerJourney.Client;
using CustomerJourney.DependencyInjection;
using CustomerJourney.Json;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;

var builder = WebApplication.CreateBuilder(args);
LookupKey demo = LookupKey.Parse("+14155550100", "US");
var memory = new InMemoryJourneySource("Memory").Add(demo, new Interaction { Source = "Memory", Id = "M-1", Start = DateTimeOffset.UtcNow.AddDays(-1), Channel = Channel.Chat });
builder.Services.AddCustomerJourney(builder.Configuration.GetSection("CustomerJourney"))
    .AddSource(memory)
    .AddDataCloud();

var app = builder.Build();
app.MapGet("/journey", async (JourneyClient client, CancellationToken cancellationToken) =>
    Results.Json(await client.GetJourneyAsync(new JourneyQuery(demo) { Access = AccessContext.Unrestricted }, cancellationToken), JourneyJson.TypeInfo));
app.Run();
