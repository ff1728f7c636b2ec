using CustomerJourney.Client;
using CustomerJourney.DependencyInjection;
using CustomerJourney.Query;
using CustomerJourney.Sqlite.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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
}
