using CustomerJourney.Client;
using CustomerJourney.Fixtures.Servers;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources.CampaignManager;
using CustomerJourney.Sources.DataCloud;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CustomerJourney.DependencyInjection;

/// <summary>The HTTP sources registered the documented way: chosen, configured and validated by configuration (R4).</summary>
public class HttpSourcesCustomerJourneyBuilderExtensionsTests
{
    private const string Phone = "+14155550100";

    private static Dictionary<string, string?> ValidSettings() => new()
    {
        ["CustomerJourney:Sources:0"] = "DataCloud",
        ["CustomerJourney:Sources:1"] = "CampaignManager",
        ["CustomerJourney:TimeZone"] = "Europe/Paris",
        ["CustomerJourney:DefaultRegion"] = "FR",
        ["CustomerJourney:CampaignManager:BaseAddress"] = "https://cm.example.com/",
        ["CustomerJourney:CampaignManager:Token"] = "token",
        ["CustomerJourney:CampaignManager:Timeout"] = "00:00:03",
        ["CustomerJourney:DataCloud:BaseAddress"] = "https://dc.example.com/",
        ["CustomerJourney:DataCloud:ApiKey"] = "key",
    };

    private static ServiceProvider Build(IDictionary<string, string?> settings, Action<CustomerJourneyBuilder>? build = null)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        CustomerJourneyBuilder builder = services.AddCustomerJourney(configuration.GetSection(CustomerJourneyOptions.SectionName)).AddDataCloud().AddCampaignManager();
        build?.Invoke(builder);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void R4_ConfigurationAlone_ChoosesTheSourcesAndTheirOrder()
    {
        using ServiceProvider services = Build(ValidSettings());

        JourneyClient client = services.GetRequiredService<JourneyClient>();

        Assert.Equal(["DataCloud", "CampaignManager"], client.Sources.Select(s => s.Name));
        Assert.IsType<DataCloudSource>(client.Sources[0]);
        Assert.Equal("Europe/Paris", client.TimeZone.Id);
        Assert.Equal("+33142685300", client.ParseKey("01 42 68 53 00").Value);
        Assert.Same(client, services.GetRequiredService<JourneyClient>());
    }

    [Fact]
    public void EnvironmentVariables_OverrideTheFileAsUsual()
    {
        string prefix = $"CJTEST{Guid.NewGuid():N}_";
        Environment.SetEnvironmentVariable(prefix + "CustomerJourney__DataCloud__ApiKey", "from-the-environment");
        Environment.SetEnvironmentVariable(prefix + "CustomerJourney__Sources__0", "DataCloud");
        try
        {
            IConfiguration configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["CustomerJourney:DataCloud:BaseAddress"] = "https://dc.example.com/", ["CustomerJourney:DataCloud:ApiKey"] = "from-the-file" })
                .AddEnvironmentVariables(prefix)
                .Build();
            var services = new ServiceCollection().AddLogging();
            services.AddCustomerJourney(configuration.GetSection("CustomerJourney")).AddDataCloud();
            using ServiceProvider provider = services.BuildServiceProvider();

            Assert.Equal("from-the-environment", provider.GetRequiredService<IOptions<DataCloudOptions>>().Value.ApiKey);
            Assert.Equal(["DataCloud"], provider.GetRequiredService<IOptions<CustomerJourneyOptions>>().Value.Sources);
        }
        finally
        {
            Environment.SetEnvironmentVariable(prefix + "CustomerJourney__DataCloud__ApiKey", null);
            Environment.SetEnvironmentVariable(prefix + "CustomerJourney__Sources__0", null);
        }
    }

    [Fact]
    public async Task Validation_WhenTheHostStarts_NamesTheKeyToFixForEveryProblemAtOnce()
    {
        Dictionary<string, string?> settings = ValidSettings();
        settings["CustomerJourney:Sources:2"] = "Salesforce";
        settings["CustomerJourney:TimeZone"] = "Mars/Olympus_Mons";
        settings["CustomerJourney:DefaultRegion"] = "XX";
        settings.Remove("CustomerJourney:CampaignManager:Token");
        settings["CustomerJourney:DataCloud:BaseAddress"] = "dc.example.com";
        settings["CustomerJourney:DataCloud:AttemptTimeout"] = "00:00:10";
        settings["CustomerJourney:DataCloud:PageSize"] = "5000";
        HostApplicationBuilder host = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        host.Configuration.AddInMemoryCollection(settings);
        host.Services.AddCustomerJourney(host.Configuration.GetSection("CustomerJourney")).AddDataCloud().AddCampaignManager();
        using IHost built = host.Build();

        Exception thrown = await Assert.ThrowsAnyAsync<Exception>(() => built.StartAsync());
        string[] failures = [.. (thrown is AggregateException all ? all.InnerExceptions : [thrown]).OfType<OptionsValidationException>().SelectMany(e => e.Failures)];

        Assert.Contains(failures, f => f.StartsWith("CustomerJourney:Sources:2 is not a known source (known: DataCloud, CampaignManager)", StringComparison.Ordinal));
        Assert.Contains("CustomerJourney:CampaignManager:Token is required when CampaignManager is used.", failures);
        Assert.Contains(failures, f => f.StartsWith("CustomerJourney:DataCloud:BaseAddress is required", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("CustomerJourney:DataCloud:AttemptTimeout must be", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("CustomerJourney:TimeZone is not a time zone this machine knows", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("CustomerJourney:DefaultRegion is not an ISO 3166 alpha-2 region", StringComparison.Ordinal));
        Assert.Contains("CustomerJourney:DataCloud:PageSize must be between 1 and 1000.", failures);
        // One style for every message, whichever package checks it: the key to fix first.
        Assert.All(failures, f => Assert.Matches("^CustomerJourney:[A-Za-z]+(:[A-Za-z0-9]+)* ", f));
    }

    [Fact]
    public void Validation_OnlyChecksTheSourcesInUse()
    {
        using ServiceProvider services = Build(new Dictionary<string, string?>
        {
            ["CustomerJourney:Sources:0"] = "DataCloud",
            ["CustomerJourney:DataCloud:BaseAddress"] = "https://dc.example.com/",
            ["CustomerJourney:DataCloud:ApiKey"] = "key",
        });

        Assert.Single(services.GetRequiredService<JourneyClient>().Sources);
    }

    [Fact]
    public async Task Validation_RunsWhenTheHostStarts()
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["CustomerJourney:Sources:0"] = "CampaignManager" });
        builder.Services.AddCustomerJourney(builder.Configuration.GetSection("CustomerJourney")).AddCampaignManager();
        using IHost host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("CustomerJourney:CampaignManager:BaseAddress is required", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Secrets_NeverAppearInValidationMessagesOrToString()
    {
        Dictionary<string, string?> settings = ValidSettings();
        settings["CustomerJourney:CampaignManager:Token"] = "super-secret-token";
        settings["CustomerJourney:DataCloud:ApiKey"] = "super-secret-key";
        settings["CustomerJourney:DataCloud:BaseAddress"] = "not an address";
        using ServiceProvider services = Build(settings);

        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<JourneyClient>());
        var campaignManager = new CampaignManagerOptions { Token = "super-secret-token" };
        var dataCloud = new DataCloudOptions { ApiKey = "super-secret-key" };

        Assert.DoesNotContain("super-secret", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("super-secret", campaignManager.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("super-secret", dataCloud.ToString(), StringComparison.Ordinal);
        Assert.Contains("token set", campaignManager.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuilderOverloads_ConfigureTheHttpSourcesInCode()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(context => ContractApi.Write(context, new System.Text.Json.Nodes.JsonObject
        {
            ["items"] = new System.Text.Json.Nodes.JsonArray(WireRecords.DataCloud("DC-1", DateTimeOffset.UtcNow.AddDays(-1).ToString("O"))),
        }));
        var services = new ServiceCollection().AddLogging();
        services.AddCustomerJourney().AddDataCloud(o =>
        {
            o.BaseAddress = server.BaseAddress;
            o.ApiKey = "code-key";
        });
        await using ServiceProvider provider = services.BuildServiceProvider();

        JourneyResult result = await provider.GetRequiredService<JourneyClient>().GetJourneyAsync(new JourneyQuery(LookupKey.Parse(Phone, "US")));

        Assert.Equal(["DC-1"], result.Items.Select(i => i.Interaction.Id));
        Assert.Equal("code-key", server.Requests.First().Headers["x-api-key"]);
    }

    [Fact]
    public async Task PerSourceTimeouts_AreTheFanOutDeadlines()
    {
        await using HttpJourneyHost host = await HttpJourneyHost.StartAsync("CampaignManager,DataCloud", new Dictionary<string, string?>
        {
            ["CustomerJourney:CampaignManager:Timeout"] = "00:00:00.600",
            ["CustomerJourney:CampaignManager:AttemptTimeout"] = "00:00:00.600",
            // Generous for the slow-but-answering source: a first request to a fresh server can take a second here.
            ["CustomerJourney:DataCloud:Timeout"] = "00:00:05",
            ["CustomerJourney:DataCloud:AttemptTimeout"] = "00:00:04",
        });
        host.CampaignManager.Handler = async context => await Task.Delay(Timeout.Infinite, context.RequestAborted);
        host.DataCloud.Handler = async context =>
        {
            await Task.Delay(1200, context.RequestAborted);
            await host.DataCloudApi.Handle(context);
        };

        JourneyResult result = await host.Client.GetJourneyAsync(new JourneyQuery(LookupKey.Parse(Phone, "US")));

        Assert.Equal([SourceState.TimedOut, SourceState.Ok], result.Sources.Select(s => s.State));
        Assert.True(result.Sources[0].Elapsed < TimeSpan.FromSeconds(1.2), $"CampaignManager took {result.Sources[0].Elapsed}");
    }

    [Fact]
    public async Task Logs_OfALookup_CarryNoTokenKeyPhoneNumberOrComment()
    {
        await using HttpJourneyHost host = await HttpJourneyHost.StartAsync();
        host.CampaignManagerApi.Add(Phone, WireRecords.CampaignManager("CM-1", HttpJourneyHost.Ago(5), comments: "Customer whispered her PIN 4921"));
        host.DataCloudApi.Add(Phone, WireRecords.DataCloud("DC-1", HttpJourneyHost.Ago(2), comments: "Lives at 12 Elm Street"));
        host.DataCloudApi.List(Phone, ("CMP-7", "Winter Renewals"));
        int calls = 0;
        RequestDelegate contract = host.DataCloudApi.Handle;
        host.DataCloud.Handler = context =>
        {
            // One transient failure, so retry and resilience logging run too.
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return Task.CompletedTask;
            }

            return contract(context);
        };
        host.CampaignManager.Handler = context =>
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        };

        JourneyResult result = await host.Client.GetJourneyAsync(new JourneyQuery(LookupKey.Parse("(415) 555-0100", "US")) { Direction = CallDirection.Outbound });
        string logs = host.AllLogs();

        Assert.Single(result.Items);
        Assert.Contains("DataCloud", logs, StringComparison.Ordinal);
        Assert.Contains("+14*******00", logs, StringComparison.Ordinal);
        foreach (string secret in new[] { HttpJourneyHost.Token, HttpJourneyHost.ApiKey, "4155550100", "415) 555", "555-0100", "%2B1415", "PIN 4921", "Elm Street" })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
        }

        Assert.All(result.Sources, s => Assert.DoesNotContain(HttpJourneyHost.Token, s.Message ?? string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Ctor_EnsureDefaults()
    {
        var campaignManager = new CampaignManagerOptions();
        var dataCloud = new DataCloudOptions();

        Assert.Null(campaignManager.BaseAddress);
        Assert.Null(campaignManager.Token);
        Assert.Equal(100, campaignManager.PageSize);
        Assert.Null(dataCloud.ApiKey);
        Assert.Equal(200, dataCloud.PageSize);
        Assert.Equal(TimeSpan.FromSeconds(4), dataCloud.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(1.5), dataCloud.AttemptTimeout);
        Assert.Equal(2, dataCloud.MaxRetries);
        Assert.Equal(TimeSpan.FromMilliseconds(200), dataCloud.RetryDelay);
        Assert.Equal(50, dataCloud.MaxPages);
        Assert.Equal(4 * 1024 * 1024, dataCloud.MaxResponseBytes);
        Assert.Equal(32, dataCloud.MaxConnections);
        Assert.Equal(64, dataCloud.MaxConcurrentRequests);
        Assert.Equal(1_000, dataCloud.MaxQueuedRequests);
        Assert.Equal(0.5, dataCloud.CircuitFailureRatio);
        Assert.Equal(20, dataCloud.CircuitMinimumThroughput);
        Assert.Equal(TimeSpan.FromSeconds(30), dataCloud.CircuitSamplingDuration);
        Assert.Equal(TimeSpan.FromSeconds(15), dataCloud.CircuitBreakDuration);
    }
}
