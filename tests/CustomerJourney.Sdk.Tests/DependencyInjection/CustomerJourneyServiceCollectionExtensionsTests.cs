using CustomerJourney.Client;
using CustomerJourney.Fixtures;
using CustomerJourney.Live;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CustomerJourney.DependencyInjection;

public class CustomerJourneyServiceCollectionExtensionsTests
{
    private static Dictionary<string, string?> ValidSettings() => new()
    {
        ["CustomerJourney:Sources:0"] = "Crm",
        ["CustomerJourney:Sources:1"] = "Tickets",
        ["CustomerJourney:TimeZone"] = "Europe/Paris",
        ["CustomerJourney:DefaultRegion"] = "FR",
    };

    private static void TwoSources(CustomerJourneyBuilder builder) =>
        builder.AddSource(new InMemoryJourneySource("Crm")).AddSource(new InMemoryJourneySource("Tickets"));

    private static ServiceProvider Build(IDictionary<string, string?> settings, Action<CustomerJourneyBuilder>? build = null)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        CustomerJourneyBuilder builder = services.AddCustomerJourney(configuration.GetSection(CustomerJourneyOptions.SectionName));
        build?.Invoke(builder);
        return services.BuildServiceProvider();
    }

    private static string[] ValidationFailures(IDictionary<string, string?> settings, Action<CustomerJourneyBuilder>? build = null)
    {
        using ServiceProvider services = Build(settings, build);
        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<JourneyClient>());
        return [.. exception.Failures];
    }

    [Fact]
    public void Ctor_EnsureDefaults()
    {
        var options = new CustomerJourneyOptions();

        Assert.Empty(options.Sources);
        Assert.Equal("UTC", options.TimeZone);
        Assert.Equal("US", options.DefaultRegion);
        Assert.Equal(12, options.DefaultPeriodMonths);
        Assert.Equal(TimeSpan.FromSeconds(5), options.SourceTimeout);
        Assert.Empty(options.SourceTimeouts);
        Assert.Equal(16 * Environment.ProcessorCount, options.MaxConcurrentLookups);
        Assert.Equal(TimeSpan.FromSeconds(45), options.IdleAfter);
        Assert.Equal(TimeSpan.FromSeconds(60), options.InactiveAfter);
        Assert.Equal(TimeSpan.FromSeconds(5), options.WatchPollInterval);
    }

    [Fact]
    public void Validation_OfASecretPastedIntoTheWrongKey_NeverQuotesIt()
    {
        const string Secret = "sk_live_51Hx9ZPASTEDINTOTHEWRONGKEY";
        Dictionary<string, string?> settings = ValidSettings();
        settings["CustomerJourney:Sources:1"] = Secret;
        settings["CustomerJourney:Sources:2"] = "crm";
        settings["CustomerJourney:TimeZone"] = Secret;
        settings["CustomerJourney:DefaultRegion"] = Secret;

        string[] failures = ValidationFailures(settings, TwoSources);

        Assert.Contains("CustomerJourney:Sources:2 names the same source as CustomerJourney:Sources:0.", failures);
        Assert.Contains(failures, f => f.StartsWith("CustomerJourney:Sources:1 is not a known source", StringComparison.Ordinal));
        Assert.All(failures, f => Assert.DoesNotContain("PASTED", f, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Validation_RefusesAConfigurationWithoutSources() =>
        Assert.Contains(
            "CustomerJourney:Sources lists no source, and none is registered; add one (AddDataCloud, AddCampaignManager, AddSqlite, AddSource).",
            ValidationFailures(new Dictionary<string, string?>()));

    [Fact]
    public async Task R14_LiveStatusThresholds_ComeFromConfiguration_AndAreValidated()
    {
        Dictionary<string, string?> settings = new() { ["CustomerJourney:Sources:0"] = "Memory", ["CustomerJourney:IdleAfter"] = "00:00:10", ["CustomerJourney:InactiveAfter"] = "00:00:20" };
        var memory = new InMemoryJourneySource("Memory").Add(Keys.Dana, Interactions.At("chat", "2026-11-15T14:20:00Z", Channel.Chat) with { LastActivity = JourneyResults.Now.AddSeconds(-12) });
        using ServiceProvider services = Build(settings, b =>
        {
            b.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(JourneyResults.Now));
            b.AddSource("Memory", _ => memory);
        });
        JourneyClient client = services.GetRequiredService<JourneyClient>();

        JourneyResult result = await client.GetJourneyAsync(new JourneyQuery(Keys.Dana));

        Assert.Equal(LiveStatus.Idle, Assert.Single(result.Items).Status);
        Assert.Contains(
            "CustomerJourney:IdleAfter must be positive and CustomerJourney:InactiveAfter not shorter than it.",
            ValidationFailures(new Dictionary<string, string?> { ["CustomerJourney:Sources:0"] = "Memory", ["CustomerJourney:IdleAfter"] = "00:00:30", ["CustomerJourney:InactiveAfter"] = "00:00:20" }, b => b.AddSource("Memory", _ => memory)));
    }

    [Fact]
    public async Task ActionOverload_AndSourcesAddedInCode_AreUsedInTheOrderAdded()
    {
        var first = new InMemoryJourneySource("Crm").Add(Keys.Dana, Interactions.At("crm-1", DateTimeOffset.UtcNow.AddDays(-3).ToString("O")));
        var services = new ServiceCollection().AddLogging();
        services.AddCustomerJourney(o => o.TimeZone = "Asia/Tokyo")
            .AddSource(first)
            .AddSource("Tickets", _ => new InMemoryJourneySource("Tickets").Add(Keys.Dana, Interactions.At("t-1", DateTimeOffset.UtcNow.AddDays(-2).ToString("O"))));
        await using ServiceProvider provider = services.BuildServiceProvider();
        JourneyClient client = provider.GetRequiredService<JourneyClient>();

        JourneyResult result = await client.GetJourneyAsync(new JourneyQuery(Keys.Dana));

        Assert.Equal(["Crm", "Tickets"], result.Sources.Select(s => s.Name));
        Assert.Equal(["crm-1", "t-1"], result.Items.Select(i => i.Interaction.Id));
        Assert.Equal("Asia/Tokyo", client.TimeZone.Id);
    }

    [Fact]
    public void SourceAddedInCode_CanBeChosenByConfiguration()
    {
        Dictionary<string, string?> settings = new() { ["CustomerJourney:Sources:0"] = "Tickets" };

        using ServiceProvider services = Build(settings, b => b.AddSource(new InMemoryJourneySource("Tickets")).AddSource(new InMemoryJourneySource("Unused")));

        Assert.Equal(["Tickets"], services.GetRequiredService<JourneyClient>().Sources.Select(s => s.Name));
    }

    [Fact]
    public void Validation_OfTheClientsOwnKeys_NamesTheKeyToFix()
    {
        Dictionary<string, string?> settings = ValidSettings();
        settings["CustomerJourney:Sources:2"] = "Salesforce";
        settings["CustomerJourney:TimeZone"] = "Mars/Olympus_Mons";
        settings["CustomerJourney:DefaultRegion"] = "XX";
        settings["CustomerJourney:SourceTimeouts:Tickets"] = "00:10:00";
        settings["CustomerJourney:MaxConcurrentLookups"] = "0";

        string[] failures = ValidationFailures(settings, TwoSources);

        Assert.Contains(failures, f => f.StartsWith("CustomerJourney:Sources:2 is not a known source (known: Crm, Tickets)", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("CustomerJourney:TimeZone is not a time zone this machine knows", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("CustomerJourney:DefaultRegion is not an ISO 3166 alpha-2 region", StringComparison.Ordinal));
        Assert.Contains("CustomerJourney:SourceTimeouts:Tickets must be between 0 and 5 minutes.", failures);
        Assert.Contains(failures, f => f.Contains("MaxConcurrentLookups", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SourceTimeouts_FromConfiguration_AreTheFanOutDeadlines()
    {
        Dictionary<string, string?> settings = new() { ["CustomerJourney:SourceTimeouts:Slow"] = "00:00:00.200" };
        using ServiceProvider services = Build(settings, b => b.AddSource(ScriptedSource.Hanging("Slow")));

        JourneyResult result = await services.GetRequiredService<JourneyClient>().GetJourneyAsync(new JourneyQuery(Keys.Dana));

        Assert.Equal(SourceState.TimedOut, result.Sources[0].State);
        Assert.Equal("Slow did not answer within 0.2 s.", result.Sources[0].Message);
    }
}
