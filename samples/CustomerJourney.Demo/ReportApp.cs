using System.CommandLine;
using CustomerJourney.Access;
using CustomerJourney.Analytics;
using CustomerJourney.Demo.Rendering;
using CustomerJourney.Json;
using CustomerJourney.Model;
using CustomerJourney.Paths;
using CustomerJourney.Query;
using CustomerJourney.Stores;
using Spectre.Console;

namespace CustomerJourney.Demo;

/// <summary>The <c>report</c> command: options → journey report query → the store's analytics (<see cref="IJourneyAnalytics"/>) → text or JSON.</summary>
internal static class ReportApp
{
    public const int StoreUnreadable = 1;

    public static async Task<int> RunAsync(ParseResult parsed, CancellationToken cancellationToken)
    {
        await using DemoServices demo = await DemoServices.StartAsync(parsed, alwaysUseStore: true, cancellationToken);
        // The client is not asked anything: it validates the configuration and knows its time zone.
        if (demo.TryGetClient() is not { } client)
        {
            return DemoApp.BadInput;
        }

        if (!TryBuildQuery(parsed, demo, client.TimeZone, out JourneyReportQuery? query))
        {
            return DemoApp.BadInput;
        }

        if (demo.Store is not IJourneyAnalytics analytics)
        {
            demo.Errors.MarkupLine($"[red]Cannot read the store {Markup.Escape(demo.Database)}: {Markup.Escape(demo.StoreProblem ?? "not opened")}[/]");
            return StoreUnreadable;
        }

        JourneyReport report;
        try
        {
            report = await analytics.GetReportAsync(query, cancellationToken);
        }
        catch (JourneyStoreException exception)
        {
            demo.Errors.MarkupLine($"[red]Cannot read the store {Markup.Escape(demo.Database)}: {Markup.Escape(exception.Message)}[/]");
            return StoreUnreadable;
        }

        if (parsed.GetValue(DemoOptions.Format) == "json")
        {
            await using Stream output = Console.OpenStandardOutput();
            await JourneyReportJson.WriteAsync(output, report, indented: true, cancellationToken);
            await output.WriteAsync("\n"u8.ToArray(), cancellationToken);
        }
        else
        {
            new ReportRenderer(AnsiConsole.Console).Render(report, client.TimeZone);
        }

        return DemoApp.Ok;
    }

    private static bool TryBuildQuery(ParseResult parsed, DemoServices demo, TimeZoneInfo timeZone, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out JourneyReportQuery? query)
    {
        query = null;
        string? channelName = parsed.GetValue(DemoOptions.Channel);
        if (!DemoOptions.TryParseChannel(channelName, out Channel? channel))
        {
            demo.Errors.MarkupLine($"[red]Unknown channel '{Markup.Escape(channelName!)}': use {DemoOptions.ChannelWords}.[/]");
            return false;
        }

        // The command line has checked the window's range (ReportOptions); configuration gives the defaults.
        TimeSpan window = parsed.GetValue(ReportOptions.EpisodeWindow) is { } days ? TimeSpan.FromDays(days) : demo.Options.EpisodeWindow;
        EpisodeGrouping grouping = parsed.GetValue(ReportOptions.EpisodesBy) switch
        {
            "campaign" => EpisodeGrouping.Campaign,
            "customer" => EpisodeGrouping.Customer,
            _ => demo.Options.EpisodeGrouping,
        };
        query = new JourneyReportQuery(PeriodRange.Resolve(JourneyPeriod.LastMonths(parsed.GetValue(DemoOptions.Period)), demo.Clock.GetUtcNow(), timeZone))
        {
            CampaignId = parsed.GetValue(DemoOptions.Campaign),
            Channel = channel,
            Episodes = new EpisodeRule { Window = window, Grouping = grouping },
            // The demo reports on the whole sample store: a manager's report passes the manager's own context.
            Access = AccessContext.Unrestricted,
        };
        return true;
    }
}
