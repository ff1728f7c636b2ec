using System.CommandLine;
using CustomerJourney.Access;
using CustomerJourney.Client;
using CustomerJourney.Demo.Rendering;
using CustomerJourney.Demo.SampleData;
using CustomerJourney.Json;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Recordings;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using GridColumn = CustomerJourney.Grid.GridColumn;
using SortDirection = CustomerJourney.Grid.SortDirection;

namespace CustomerJourney.Demo;

/// <summary>The journey view: configuration → journey client → one lookup → text (timeline or grid, and the customer's episodes) or JSON.</summary>
internal static class DemoApp
{
    public const int Ok = 0;
    public const int BadInput = 2;

    public static async Task<int> RunAsync(ParseResult parsed, CancellationToken cancellationToken)
    {
        IAnsiConsole console = AnsiConsole.Console;
        await using DemoServices demo = await DemoServices.StartAsync(parsed, alwaysUseStore: false, cancellationToken);
        if (demo.TryGetClient() is not { } client)
        {
            return BadInput;
        }

        if (!TryBuildQuery(parsed, client, demo.Errors, out JourneyQuery? query, out (GridColumn Column, SortDirection Direction) sort))
        {
            return BadInput;
        }

        JourneyResult result = await client.GetJourneyAsync(query, cancellationToken);
        bool grid = parsed.GetValue(DemoOptions.View) == "grid";
        if (parsed.GetValue(DemoOptions.Format) == "json")
        {
            await using Stream output = Console.OpenStandardOutput();
            await JourneyJson.WriteAsync(output, result, new JourneyJsonOptions { GridSortBy = grid ? sort.Column : null, GridSortDirection = sort.Direction, Episodes = true }, cancellationToken);
            await output.WriteAsync("\n"u8.ToArray(), cancellationToken);
        }
        else
        {
            new TextRenderer(console).Render(result, query.Key.Value, grid, sort.Column, sort.Direction);
            if (!grid)
            {
                await new EpisodeRenderer(console, demo.Provider.GetRequiredService<IRecordingResolver>()).RenderAsync(result.Path, cancellationToken);
            }
        }

        return Ok;
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
        if (!DemoOptions.TryParseChannel(channelName, out Channel? channel))
        {
            errors.MarkupLine($"[red]Unknown channel '{Markup.Escape(channelName!)}': use {DemoOptions.ChannelWords}.[/]");
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
