using CustomerJourney.Client;
using CustomerJourney.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CustomerJourney.Fixtures;

/// <summary>
/// A host wired the documented way (<c>AddCustomerJourney(section).AddGenesysCloud()</c>, the keys of
/// docs/sources/genesys-cloud.md) against the loopback fake. Every log line, span, metric, status and
/// exception message is collected; when the host is disposed, none may carry the secret, a token,
/// the customer's key in any form, or a note the API sent.
/// </summary>
internal sealed class GenesysHost : IAsyncDisposable
{
    private GenesysHost(GenesysFake api) => Api = api;

    public GenesysFake Api { get; }

    public FakeLogCollector Logs { get; } = new();

    public PersonalDataScan Scan { get; } = new();

    public ServiceProvider Services { get; private set; } = null!;

    public JourneyClient Client => field ??= new ObservedJourneyClient(Services.GetRequiredService<JourneyClient>(), Scan);

    public static IReadOnlyList<string> Canaries { get; } =
        [GenesysFake.ClientSecret, "tok-", "353871234567", "87 123 4567", "87-123-4567", "maeve.byrne@example.ie", "maeve.byrne%40", "Refund promised to Maeve"];

    public static async Task<GenesysHost> StartAsync(IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var host = new GenesysHost(await GenesysFake.StartAsync());
        var configuration = new Dictionary<string, string?>
        {
            ["CustomerJourney:Sources:0"] = "GenesysCloud",
            ["CustomerJourney:TimeZone"] = "Europe/Dublin",
            ["CustomerJourney:DefaultRegion"] = "IE",
            ["CustomerJourney:GenesysCloud:ApiBaseAddress"] = host.Api.BaseAddress.ToString(),
            ["CustomerJourney:GenesysCloud:LoginBaseAddress"] = host.Api.BaseAddress.ToString(),
            ["CustomerJourney:GenesysCloud:ClientId"] = GenesysFake.ClientId,
            ["CustomerJourney:GenesysCloud:ClientSecret"] = GenesysFake.ClientSecret,
            ["CustomerJourney:GenesysCloud:RetryDelay"] = "00:00:00.050",
        };
        foreach ((string key, string? value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        IConfiguration root = new ConfigurationBuilder().AddInMemoryCollection(configuration).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(host.Logs)));
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddCustomerJourney(root.GetSection(CustomerJourneyOptions.SectionName)).AddGenesysCloud();
        host.Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return host;
    }

    public string AllLogs() => string.Join('\n', Logs.GetSnapshot().Select(r => $"{r.Category} {r.Level} {r.Message} {r.Exception}"));

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Api.DisposeAsync();
        Scan.Add(AllLogs());
        Scan.Dispose();
        Scan.AssertFreeOf(Canaries);
    }
}
