using System.CommandLine;
using CustomerJourney.Client;
using CustomerJourney.DependencyInjection;
using CustomerJourney.Demo.SampleData;
using CustomerJourney.Identity;
using CustomerJourney.Sqlite;
using CustomerJourney.Stores;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace CustomerJourney.Demo;

/// <summary>
/// What both commands start from: the configuration (appsettings.json, <c>CustomerJourney__*</c>
/// variables, <c>--CustomerJourney:Key=value</c> tokens), "now" (<c>--as-of</c>), the embedded store
/// (created with the sample data when absent) and the SDK's services.
/// </summary>
internal sealed class DemoServices : IAsyncDisposable
{
    private DemoServices(IAnsiConsole errors, TimeProvider clock, string database, SqliteJourneyStore? store, string? storeProblem, ServiceProvider provider)
    {
        Errors = errors;
        Clock = clock;
        Database = database;
        Store = store;
        StoreProblem = storeProblem;
        Provider = provider;
    }

    /// <summary>Standard error, for messages: standard output carries the view (or the JSON) alone.</summary>
    public IAnsiConsole Errors { get; }

    public TimeProvider Clock { get; }

    /// <summary>The embedded store's file.</summary>
    public string Database { get; }

    /// <summary>The embedded store, open; <see langword="null"/> when not used or when it cannot be opened (<see cref="StoreProblem"/>).</summary>
    public SqliteJourneyStore? Store { get; }

    /// <summary>Why the store could not be opened.</summary>
    public string? StoreProblem { get; }

    public ServiceProvider Provider { get; }

    /// <param name="parsed">The command line.</param>
    /// <param name="alwaysUseStore">Whether to open the store even when the configured sources do not include it (the report is computed over it).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<DemoServices> StartAsync(ParseResult parsed, bool alwaysUseStore, CancellationToken cancellationToken)
    {
        IAnsiConsole errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IConfigurationRoot configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine([.. parsed.UnmatchedTokens])
            .Build();
        IConfigurationSection section = configuration.GetSection(CustomerJourneyOptions.SectionName);

        TimeProvider clock = parsed.GetValue(DemoOptions.AsOf) is { } asOf ? new FixedTimeProvider(asOf) : TimeProvider.System;
        string? configured = section["Sqlite:Path"];
        string database = parsed.GetValue(DemoOptions.Database)
            ?? (string.IsNullOrWhiteSpace(configured) ? Path.Combine(AppContext.BaseDirectory, "customer-journey-demo.db") : configured);
        string region = section["DefaultRegion"] ?? "US";

        bool usesStore = alwaysUseStore
            || section.GetSection("Sources").GetChildren().Select(c => c.Value).Contains("Sqlite", StringComparer.OrdinalIgnoreCase)
            || !section.GetSection("Sources").GetChildren().Any();
        if (usesStore && await SampleStore.EnsureAsync(database, clock, region, cancellationToken))
        {
            errors.MarkupLine($"[grey]Created the sample store {Markup.Escape(database)}.[/]");
        }

        SqliteJourneyStore? store = null;
        string? problem = null;
        if (usesStore)
        {
            try
            {
                store = await SqliteJourneyStore.OpenAsync(new SqliteJourneyStoreOptions { Path = database }, cancellationToken);
            }
            catch (JourneyStoreException exception)
            {
                problem = exception.Message;
            }
        }

        var services = new ServiceCollection();
        services.AddSingleton(clock);
        // Identity joins live in the store when there is one (the sample customer's devices are joined there);
        // a store that cannot open is reported by its source's status, so the joins fall back to memory.
        services.AddSingleton(store is null ? new IdentityGraph(clock) : await IdentityGraph.LoadAsync(store, clock, cancellationToken));
        // The HTTP sources are registered too, so that configuration alone can choose them (R4).
        services.AddCustomerJourney(section).AddSqlite(o => o.Path = database).AddDataCloud().AddCampaignManager().AddGenesysCloud();
        return new DemoServices(errors, clock, database, store, problem, services.BuildServiceProvider());
    }

    /// <summary>The journey client; <see langword="null"/>, the configuration's failures written, when the configuration is not valid.</summary>
    public JourneyClient? TryGetClient()
    {
        try
        {
            return Provider.GetRequiredService<JourneyClient>();
        }
        catch (OptionsValidationException exception)
        {
            foreach (string failure in exception.Failures)
            {
                Errors.MarkupLine($"[red]{Markup.Escape(failure)}[/]");
            }

            return null;
        }
    }

    /// <summary>The <c>CustomerJourney</c> section, bound (after <see cref="TryGetClient"/> has validated it).</summary>
    public CustomerJourneyOptions Options => Provider.GetRequiredService<IOptions<CustomerJourneyOptions>>().Value;

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        Store?.Dispose();
    }
}
