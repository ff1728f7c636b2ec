using System.Globalization;
using CustomerJourney.Client;
using CustomerJourney.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CustomerJourney.Fixtures.Servers;

/// <summary>
/// A host application wired the documented way (<c>AddCustomerJourney(configuration section)</c>)
/// against two real loopback servers that implement the Campaign Manager and Data Cloud contracts.
/// Every log line of every category is collected, and so are every span, metric, status and
/// exception message: when the host is disposed, none may carry the customer's key in any form,
/// a credential, or a comment the APIs sent (every test that uses the host checks it).
/// </summary>
internal sealed class HttpJourneyHost : IAsyncDisposable
{
    public const string Token = "cm-secret-token-7f3a";
    public const string ApiKey = "dc-secret-key-91bd";

    private HttpJourneyHost(LoopbackServer campaignManager, LoopbackServer dataCloud, ContractApi campaignManagerApi, ContractApi dataCloudApi)
    {
        CampaignManager = campaignManager;
        DataCloud = dataCloud;
        CampaignManagerApi = campaignManagerApi;
        DataCloudApi = dataCloudApi;
    }

    public LoopbackServer CampaignManager { get; }

    public LoopbackServer DataCloud { get; }

    public ContractApi CampaignManagerApi { get; }

    public ContractApi DataCloudApi { get; }

    public FakeLogCollector Logs { get; } = new();

    public ServiceProvider Services { get; private set; } = null!;

    /// <summary>What no log line, span, metric, status or exception message may ever carry, in any case.</summary>
    public static IReadOnlyList<string> Canaries { get; } =
    [
        Token, ApiKey, "4155550100", "415) 555", "555-0100", "555 0100", "%2B1415", "dana.reyes@example.com", "dana.reyes%40",
        "Asked to call back after 5pm", "Upgraded to the family plan", "PIN 4921", "Elm Street",
    ];

    public PersonalDataScan Scan { get; } = new();

    public JourneyClient Client => field ??= new ObservedJourneyClient(Services.GetRequiredService<JourneyClient>(), Scan);

    public static DateTimeOffset Now { get; } = DateTimeOffset.UtcNow;

    /// <summary>An instant <paramref name="days"/> days before the host's start, as the APIs write it.</summary>
    public static string Ago(double days, double hours = 0) =>
        Now.AddDays(-days).AddHours(hours).ToOffset(TimeSpan.FromHours(1)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static async Task<HttpJourneyHost> StartAsync(string sources = "CampaignManager,DataCloud", IDictionary<string, string?>? settings = null, Action<CustomerJourneyBuilder>? build = null)
    {
        ContractApi campaignManagerApi = ContractApi.CampaignManager(Token);
        ContractApi dataCloudApi = ContractApi.DataCloud(ApiKey);
        LoopbackServer campaignManager = await LoopbackServer.StartAsync(campaignManagerApi.Handle);
        LoopbackServer dataCloud = await LoopbackServer.StartAsync(dataCloudApi.Handle);
        var host = new HttpJourneyHost(campaignManager, dataCloud, campaignManagerApi, dataCloudApi);

        var configuration = new Dictionary<string, string?>
        {
            ["CustomerJourney:TimeZone"] = "America/New_York",
            ["CustomerJourney:DefaultRegion"] = "US",
            ["CustomerJourney:CampaignManager:BaseAddress"] = campaignManager.BaseAddress.ToString(),
            ["CustomerJourney:CampaignManager:Token"] = Token,
            ["CustomerJourney:CampaignManager:RetryDelay"] = "00:00:00.050",
            ["CustomerJourney:DataCloud:BaseAddress"] = dataCloud.BaseAddress.ToString(),
            ["CustomerJourney:DataCloud:ApiKey"] = ApiKey,
            ["CustomerJourney:DataCloud:RetryDelay"] = "00:00:00.050",
        };
        string[] names = sources.Split(',', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < names.Length; i++)
        {
            configuration[$"CustomerJourney:Sources:{i}"] = names[i];
        }

        foreach ((string key, string? value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        IConfiguration root = new ConfigurationBuilder().AddInMemoryCollection(configuration).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(host.Logs)));
        CustomerJourneyBuilder builder = services.AddCustomerJourney(root.GetSection(CustomerJourneyOptions.SectionName)).AddCampaignManager().AddDataCloud();
        build?.Invoke(builder);
        host.Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return host;
    }

    public string AllLogs() => string.Join('\n', Logs.GetSnapshot().Select(r => $"{r.Category} {r.Level} {r.Message} {r.Exception}"));

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await CampaignManager.DisposeAsync();
        await DataCloud.DisposeAsync();
        Scan.Add(AllLogs());
        Scan.Dispose();
        Scan.AssertFreeOf(Canaries);
    }
}
