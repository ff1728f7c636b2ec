using System.Net;
using CustomerJourney.Access;
using CustomerJourney.Client;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using CustomerJourney.Sources.GenesysCloud;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CustomerJourney.DependencyInjection;

/// <summary>Configuration of the Genesys Cloud source: the documented keys, regions, validation on start, secrets kept out.</summary>
public class GenesysCloudCustomerJourneyBuilderExtensionsTests
{
    private const string Secret = "cj-secret-0d5e-never-shown";

    private static HostApplicationBuilder Builder(Dictionary<string, string?> settings)
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["CustomerJourney:Sources:0"] = "GenesysCloud" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddCustomerJourney(builder.Configuration.GetSection("CustomerJourney")).AddGenesysCloud();
        return builder;
    }

    private static async Task<string[]> FailuresOnStartAsync(Dictionary<string, string?> settings)
    {
        using IHost host = Builder(settings).Build();
        Exception thrown = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());
        return [.. (thrown is AggregateException all ? all.InnerExceptions : [thrown]).OfType<OptionsValidationException>().SelectMany(e => e.Failures)];
    }

    [Theory]
    [InlineData("eu_west_1", "login.mypurecloud.ie")]
    [InlineData("us_east_1", "login.mypurecloud.com")]
    [InlineData("ap_southeast_2", "login.mypurecloud.com.au")]
    [InlineData("mypurecloud.de", "login.mypurecloud.de")]
    [InlineData("euw2.pure.cloud", "login.euw2.pure.cloud")]
    public async Task Region_NamesTheOrgsLoginAndApiHosts(string region, string login)
    {
        // The real hosts cannot be reached from here: a handler records where the source goes and refuses it.
        var asked = new List<Uri>();
        HostApplicationBuilder builder = Builder(new Dictionary<string, string?>
        {
            ["CustomerJourney:GenesysCloud:Region"] = region,
            ["CustomerJourney:GenesysCloud:ClientId"] = "client",
            ["CustomerJourney:GenesysCloud:ClientSecret"] = Secret,
        });
        builder.Services.AddHttpClient(GenesysCloudSource.LoginClientName).ConfigurePrimaryHttpMessageHandler(() => new Recording(asked));
        using IHost host = builder.Build();
        await host.StartAsync();

        JourneyResult result = await host.Services.GetRequiredService<JourneyClient>().GetJourneyAsync(new JourneyQuery(LookupKey.Parse("+353871234567", "IE")) { Access = AccessContext.Unrestricted });

        Assert.Equal(new Uri($"https://{login}/oauth/token"), Assert.Single(asked));
        Assert.Equal(SourceState.Failed, result.Sources[0].State);
        Assert.StartsWith("GenesysCloud: authentication failed", result.Sources[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, result.Sources[0].Message, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task Validation_OnStart_NamesEveryKeyToFix_AndRepeatsNoValue()
    {
        string[] failures = await FailuresOnStartAsync(new Dictionary<string, string?>
        {
            ["CustomerJourney:GenesysCloud:Region"] = Secret,
            ["CustomerJourney:GenesysCloud:PageSize"] = "500",
            ["CustomerJourney:GenesysCloud:AttemptTimeout"] = "00:01:00",
            ["CustomerJourney:GenesysCloud:RequestsPerMinute"] = "0",
        });

        Assert.Contains(failures, f => f.StartsWith("CustomerJourney:GenesysCloud:Region must be a region (", StringComparison.Ordinal));
        Assert.Contains("CustomerJourney:GenesysCloud:ClientId is required when GenesysCloud is used.", failures);
        Assert.Contains("CustomerJourney:GenesysCloud:ClientSecret is required when GenesysCloud is used.", failures);
        Assert.Contains("CustomerJourney:GenesysCloud:PageSize must be between 1 and 200.", failures);
        Assert.Contains("CustomerJourney:GenesysCloud:AttemptTimeout must be at least 10 ms and at most CustomerJourney:GenesysCloud:Timeout.", failures);
        Assert.Contains(failures, f => f.StartsWith("CustomerJourney:GenesysCloud:RequestsPerMinute must be between 1 and", StringComparison.Ordinal));
        Assert.All(failures, f => Assert.DoesNotContain(Secret, f, StringComparison.Ordinal));
    }

    [Fact]
    public async Task BaseAddresses_MustBeSetTogether_AsAbsoluteHttpAddresses()
    {
        string[] failures = await FailuresOnStartAsync(new Dictionary<string, string?>
        {
            ["CustomerJourney:GenesysCloud:ApiBaseAddress"] = "https://gateway.example.ie/genesys/",
            ["CustomerJourney:GenesysCloud:ClientId"] = "client",
            ["CustomerJourney:GenesysCloud:ClientSecret"] = Secret,
        });

        Assert.Equal(["CustomerJourney:GenesysCloud:LoginBaseAddress must be an absolute http(s) address when either base address is set (both override the region)."], failures);
    }

    [Fact]
    public void Validation_SkipsTheSource_WhenSourcesDoNotListIt()
    {
        var services = new ServiceCollection();
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["CustomerJourney:Sources:0"] = "Memory" }).Build();
        services.AddCustomerJourney(configuration.GetSection("CustomerJourney")).AddSource("Memory", _ => new InMemoryJourneySource("Memory")).AddGenesysCloud();
        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.Equal(["Memory"], provider.GetRequiredService<JourneyClient>().Sources.Select(s => s.Name));
    }

    [Fact]
    public void Options_ToString_SaysWhetherTheSecretIsSet_NeverWhatItIs()
    {
        var options = new GenesysCloudOptions { Region = "eu_west_1", ClientId = "client", ClientSecret = Secret };

        Assert.Equal("GenesysCloud eu_west_1 (client set, secret set)", options.ToString());
    }

    [Fact]
    public void Source_IsBuiltFromCode_WithTheBuildersDelegate()
    {
        var services = new ServiceCollection();
        services.AddCustomerJourney(journey => journey.Sources = ["GenesysCloud"]).AddGenesysCloud(genesys =>
        {
            genesys.Region = "eu_west_1";
            genesys.ClientId = "client";
            genesys.ClientSecret = Secret;
            genesys.PageSize = 100;
        });
        using ServiceProvider provider = services.BuildServiceProvider();

        IJourneySource source = Assert.Single(provider.GetRequiredService<JourneyClient>().Sources);
        Assert.IsType<GenesysCloudSource>(source);
        Assert.Equal(TimeSpan.FromDays(60), ((GenesysCloudSource)source).HistoryLimit);
        Assert.Equal(100, provider.GetRequiredService<IOptions<GenesysCloudOptions>>().Value.PageSize);
    }

    private sealed class Recording(List<Uri> asked) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (asked)
            {
                asked.Add(request.RequestUri!);
            }

            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.Unauthorized) { Content = new StringContent("{\"error\":\"invalid_client\"}") });
        }
    }
}
