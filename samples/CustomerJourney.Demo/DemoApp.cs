using CustomerJourney.Stores;
using System.CommandLine;
using CustomerJourney.Access;
using CustomerJourney.Client;
using CustomerJourney.DependencyInjection;
using CustomerJourney.Demo.Rendering;
using CustomerJourney.Demo.SampleData;
using CustomerJourney.Identity;
using CustomerJourney.Json;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;
using GridColumn = CustomerJourney.Grid.GridColumn;
using SortDirection = CustomerJourney.Grid.SortDirection;

namespace CustomerJourney.Demo;

/// <summary>The demo: configuration → journey client → one lookup → text or JSON.</summary>
internal static class DemoApp
{
    public const int Ok = 0;
    public const int BadInput = 2;

    public static async Task<int> RunAsync(ParseResult parsed, CancellationToken cancellationToken)
    {
        IAnsiConsole console = AnsiConsole.Console;
        IAnsiConsole errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        bool json = parsed.GetValue(DemoOptions.Format) == "json";

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

        bool usesStore = section.GetSection("Sources").GetChildren().Select(c => c.Value).Contains("Sqlite", StringComparer.OrdinalIgnoreCase)
            || !section.GetSection("Sources").GetChildren().Any();
        if (usesStore && await SampleStore.EnsureAsync(database, clock, region, cancellationToken))
        {
            errors.MarkupLine($"[grey]Created the sample store {Markup.Escape(database)}.[/]");
        }

        var services = new ServiceCollection();
        services.AddSingleton(clock);
        // Identity joins live in the store when there is one (the sample customer's devices are joined there);
        // a store that cannot open is reported by its source's status, so the joins fall back to memory.
        using SqliteJourneyStore? identityStore = usesStore ? await TryOpenAsync(database, cancellationToken) : null;
        services.AddSingleton(identityStore is null ? new IdentityGraph(clock) : await IdentityGraph.LoadAsync(identityStore, clock, cancellationToken));
        // The HTTP sources are registered too, so that configuration alone can choose them (R4).
        services.AddCustomerJourney(section).AddSqlite(o => o.Path = database).AddDataCloud().AddCampaignManager().AddGenesysCloud();
        await using ServiceProvider provider = services.BuildServiceProvider();

        JourneyClient client;
        try
        {
            client = provider.GetRequiredService<JourneyClient>();
        }
        catch (OptionsValidationException exception)
        {
            foreach (string failure in exception.Failures)
            {
                errors.MarkupLine($"[red]{Markup.Escape(failure)}[/]");
            }

            return BadInput;
        }

        if (!TryBuildQuery(parsed, client, errors, out JourneyQuery? query, out (GridColumn Column, SortDirection Direction) sort))
        {
            return BadInput;
        }

        JourneyResult result = await client.GetJourneyAsync(query, cancellationToken);
        bool grid = parsed.GetValue(DemoOptions.View) == "grid";
        if (json)
        {
            await using Stream output = Console.OpenStandardOutput();
            await JourneyJson.WriteAsync(output, result, new JourneyJsonOptions { GridSortBy = grid ? sort.Column : null, GridSortDirection = sort.Direction }, cancellationToken);
            await output.WriteAsync("\n"u8.ToArray(), cancellationToken);
        }
        else
        {
            new TextRenderer(console).Render(result, query.Key.Value, grid, sort.Column, sort.Direction);
        }

        return Ok;
    }

    private static async Task<SqliteJourneyStore?> TryOpenAsync(string database, CancellationToken cancellationToken)
    {
        try
        {
            return await SqliteJourneyStore.OpenAsync(new SqliteJourneyStoreOptions { Path = database }, cancellationToken);
        }
        catch (JourneyStoreException)
        {
            return null;
        }
    }

    private static bool TryBuildQuery(ParseResult parsed, JourneyClient client, IAnsiConsole errors, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out JourneyQuery? query, out (GridColumn Column, SortDirection Direction) sort)
    {
        query = null;
        sort = default;
        string input = parsed.GetValue(DemoOptions.Email) ?? parsed.GetValue(DemoOptions.Phone) ?? SampleJourneys.Customers[0].Phone;
        LookupKey key;
        try
        {
            key = parsed.GetValue(DemoOptions.WebId) is { } webId ? LookupKey.ForWebId(webId) : client.ParseKey(input);
        }
        catch (InvalidLookupKeyException exception)
        {
            errors.MarkupLine($"[red]Cannot look that up: {Markup.Escape(exception.Message)}[/]");
            return false;
        }

        string? channelName = parsed.GetValue(DemoOptions.Channel);
        Channel? channel = channelName is null ? null : InteractionVocabulary.ParseChannel(channelName);
        if (channel == Channel.Unknown)
        {
            errors.MarkupLine($"[red]Unknown channel '{Markup.Escape(channelName!)}': use voice, sms, email, chat, web-messaging, whatsapp, line, twitter, messenger or web-visit.[/]");
            return false;
        }

        string sortText = parsed.GetValue(DemoOptions.Sort)!;
        if (!DemoOptions.TryParseSort(sortText, out GridColumn column, out SortDirection direction))
        {
            errors.MarkupLine($"[red]Unknown sort '{Markup.Escape(sortText)}': use a column name, optionally followed by :desc.[/]");
            return false;
        }

        sort = (column, direction);
        query = new JourneyQuery(key)
        {
            Direction = parsed.GetValue(DemoOptions.Direction) switch
            {
                "inbound" => CallDirection.Inbound,
                "manual-outbound" => CallDirection.ManualOutbound,
                "none" => CallDirection.None,
                _ => CallDirection.Outbound,
            },
            Period = JourneyPeriod.LastMonths(parsed.GetValue(DemoOptions.Period)),
            Filter = new JourneyFilter { CampaignId = parsed.GetValue(DemoOptions.Campaign), Channel = channel, Text = parsed.GetValue(DemoOptions.Search) },
            // The demo shows the whole sample journey, every division: an agent desktop passes the agent's own context.
            Access = AccessContext.Unrestricted,
        };
        return true;
    }
}
