using CustomerJourney.Analytics;
using CustomerJourney.Client;
using CustomerJourney.DependencyInjection;
using CustomerJourney.Query;
using CustomerJourney.Sqlite.Fixtures;
using CustomerJourney.Stores.Conformance.Analytics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CustomerJourney.Sqlite.DependencyInjection;

public class SqliteCustomerJourneyBuilderExtensionsTests
{
    private static ServiceProvider Build(IDictionary<string, string?> settings)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddCustomerJourney(configuration.GetSection("CustomerJourney")).AddSqlite();
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task R4_ConfigurationChoosesTheStoreAndItsFile()
    {
        using var file = new TemporaryStore();
        SqliteJourneyStore store = await file.OpenAsync();
        await store.UpsertAsync(Records.Dana, [Records.Full("DC-1", DateTimeOffset.UtcNow.AddDays(-3).ToString("O"))]);
        await using ServiceProvider services = Build(new Dictionary<string, string?>
        {
            ["CustomerJourney:Sources:0"] = "Sqlite",
            ["CustomerJourney:Sqlite:Path"] = file.Path,
        });

        JourneyResult result = await services.GetRequiredService<JourneyClient>().GetJourneyAsync(new JourneyQuery(Records.Dana) { Direction = CallDirection.Inbound });

        Assert.Equal(("Sqlite", SourceState.Ok), (result.Sources[0].Name, result.Sources[0].State));
        Assert.Equal(["DC-1"], result.Items.Select(i => i.Interaction.Id));
    }

    [Fact]
    public async Task Analytics_AreRegistered_ByTheStoresNameAndUnnamed_OverTheSameFile()
    {
        using var file = new TemporaryStore();
        SqliteJourneyStore store = await file.OpenAsync();
        await store.UpsertAsync(HandMadeJourneys.Alex, HandMadeJourneys.All[0].Journey);
        await using ServiceProvider services = Build(new Dictionary<string, string?>
        {
            ["CustomerJourney:Sources:0"] = "Sqlite",
            ["CustomerJourney:Sqlite:Path"] = file.Path,
        });

        JourneyReport unnamed = await services.GetRequiredService<IJourneyAnalytics>().GetReportAsync(HandMadeReports.Query());
        JourneyReport named = await services.GetRequiredKeyedService<IJourneyAnalytics>("Sqlite").GetReportAsync(HandMadeReports.Query());

        // Alex's four March contacts (A2, A3, A5, A6), through the file the client reads too.
        Assert.Equal((4, 4), (unnamed.Contacts, named.Contacts));
    }

    [Fact]
    public async Task MissingFile_IsThatSourcesFailureWithAClearMessage()
    {
        using var file = new TemporaryStore();
        await using ServiceProvider services = Build(new Dictionary<string, string?>
        {
            ["CustomerJourney:Sources:0"] = "Sqlite",
            ["CustomerJourney:Sqlite:Path"] = file.Path,
        });

        JourneyResult result = await services.GetRequiredService<JourneyClient>().GetJourneyAsync(new JourneyQuery(Records.Dana));

        Assert.Equal(SourceState.Failed, result.Sources[0].State);
        Assert.Contains("does not exist", result.Sources[0].Message, StringComparison.Ordinal);
        Assert.False(File.Exists(file.Path));
    }

    [Fact]
    public void EmptyPath_FailsValidation()
    {
        using ServiceProvider services = Build(new Dictionary<string, string?>
        {
            ["CustomerJourney:Sources:0"] = "Sqlite",
            ["CustomerJourney:Sqlite:Path"] = string.Empty,
        });

        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptionsMonitor<SqliteJourneyStoreOptions>>().Get("Sqlite"));

        Assert.Contains("Path", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RelativePath_InAHost_IsUnderTheContentRoot_NotTheCurrentDirectory()
    {
        using var file = new TemporaryStore();
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = file.Folder });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["CustomerJourney:Sqlite:Path"] = "journeys.db", ["CustomerJourney:Sqlite:CreateIfMissing"] = "true" });
        builder.Services.AddCustomerJourney(builder.Configuration.GetSection("CustomerJourney")).AddSqlite();
        using IHost host = builder.Build();

        JourneyResult result = await host.Services.GetRequiredService<JourneyClient>().GetJourneyAsync(new JourneyQuery(Records.Dana));

        Assert.Equal(SourceState.Ok, result.Sources[0].State);
        Assert.True(File.Exists(Path.Combine(file.Folder, "journeys.db")));
        Assert.False(File.Exists(Path.Combine(Environment.CurrentDirectory, "journeys.db")));
    }

    [Fact]
    public void Validation_NamesTheKeyToFix()
    {
        using ServiceProvider services = Build(new Dictionary<string, string?> { ["CustomerJourney:Sqlite:Path"] = " ", ["CustomerJourney:Sqlite:BusyTimeout"] = "-00:00:01" });

        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptionsMonitor<SqliteJourneyStoreOptions>>().Get("Sqlite"));

        Assert.Equal(["CustomerJourney:Sqlite:Path is required: the store's file.", "CustomerJourney:Sqlite:BusyTimeout must be between 0 and 5 minutes."], exception.Failures);
    }

    [Fact]
    public void Durability_IsBoundFromConfiguration_AndAnUnknownValueNamesTheKey()
    {
        using ServiceProvider relaxed = Build(new Dictionary<string, string?> { ["CustomerJourney:Sqlite:Path"] = "journeys.db", ["CustomerJourney:Sqlite:Durability"] = "Normal" });
        using ServiceProvider wrong = Build(new Dictionary<string, string?> { ["CustomerJourney:Sqlite:Path"] = "journeys.db", ["CustomerJourney:Sqlite:Durability"] = "7" });

        Assert.Equal(SqliteDurability.Normal, relaxed.GetRequiredService<IOptionsMonitor<SqliteJourneyStoreOptions>>().Get("Sqlite").Durability);
        var exception = Assert.Throws<OptionsValidationException>(() => wrong.GetRequiredService<IOptionsMonitor<SqliteJourneyStoreOptions>>().Get("Sqlite"));
        Assert.Equal(["CustomerJourney:Sqlite:Durability must be Full or Normal."], exception.Failures);
    }
}
