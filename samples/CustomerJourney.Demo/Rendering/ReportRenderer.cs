using System.Globalization;
using CustomerJourney.Analytics;
using Spectre.Console;
using SpectreGrid = Spectre.Console.Grid;

namespace CustomerJourney.Demo.Rendering;

/// <summary>
/// Writes a journey report to a terminal of 80 columns: what it covers, the headline figures, contacts
/// by channel, how the episodes ended, self-service, survey scores by channel, and the most frequent
/// channel paths with how their episodes ended.
/// </summary>
internal sealed class ReportRenderer(IAnsiConsole console)
{
    private const string None = "—";
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    private bool Unicode => console.Profile.Capabilities.Unicode;

    private int Width => Math.Min(78, console.Profile.Width - 2);

    public void Render(JourneyReport report, TimeZoneInfo timeZone)
    {
        RenderHeader(report, timeZone);
        RenderHeadlines(report);
        RenderContactsByChannel(report);
        new ShareBar(console).Render(
            $"Episodes: how they ended ({Count(report.Episodes)})",
            [("resolved", report.ResolvedEpisodes, Color.Green), ("failed", report.FailedEpisodes, Color.Red), ("other", report.Episodes - report.ResolvedEpisodes - report.FailedEpisodes, Color.Grey)]);
        SelfServiceStats selfService = report.SelfService;
        new ShareBar(console).Render(
            $"Self-service sessions ({Count(selfService.Sessions)})",
            [("contained", selfService.Contained, Color.Green), ("handed to an agent", selfService.HandedToAgent, Color.Blue), ("abandoned", selfService.Abandoned, Color.Yellow)]);
        RenderSurveys(report.Surveys);
        RenderPaths(report);
    }

    private void RenderHeader(JourneyReport report, TimeZoneInfo timeZone)
    {
        JourneyReportQuery query = report.Query;
        console.MarkupLine($"[bold]Journey report[/] {Markup.Escape(query.Period.From.ToString("yyyy-MM-dd", s_invariant))} → {Markup.Escape(query.Period.To.ToString("yyyy-MM-dd HH:mm", s_invariant))} ({Markup.Escape(timeZone.Id)})");
        string campaign = query.CampaignId is { } id ? $"campaign {id}" : "all campaigns";
        string channel = query.Channel is { } only ? ChannelNames.Of(only) + " only" : "all channels";
        console.MarkupLine($"[grey]{Markup.Escape($"{campaign}, {channel}; episodes: {EpisodeRuleText.Of(query.Episodes)}")}[/]");
        console.WriteLine();
    }

    private void RenderHeadlines(JourneyReport report)
    {
        var grid = new SpectreGrid();
        grid.AddColumn(new GridColumn().NoWrap());
        grid.AddColumn(new GridColumn().NoWrap().RightAligned().PadRight(4));
        grid.AddColumn(new GridColumn().NoWrap());
        grid.AddColumn(new GridColumn().NoWrap().RightAligned());
        SurveyScoreStats? surveys = report.Surveys?.Overall;
        Row(grid, "Contacts", Count(report.Contacts), "Episodes", Count(report.Episodes));
        Row(grid, "First-contact resolution", Rate(report.FirstContactResolutionRate), "Resolved / failed", $"{Count(report.ResolvedEpisodes)} / {Count(report.FailedEpisodes)}");
        Row(grid, "Repeat contacts in 7 days", Rate(report.RepeatContactRate7d), "Median time to resolution", Duration(report.MedianTimeToResolution));
        Row(grid, "Repeat contacts in 30 days", Rate(report.RepeatContactRate30d), "90th percentile", Duration(report.P90TimeToResolution));
        Row(grid, "Self-service containment", Rate(report.SelfService.ContainmentRate), "Survey answers", surveys is null ? None : Count(surveys.Responses));
        if (surveys is not null)
        {
            Row(grid, "Average survey score", Score(surveys.AverageScore), "NPS / CSAT satisfied", $"{Nps(surveys.NetPromoterScore)} / {Rate(surveys.SatisfiedShare)}");
        }

        console.Write(grid);
        console.WriteLine();
    }

    private static void Row(SpectreGrid grid, string label, string value, string secondLabel, string secondValue) =>
        grid.AddRow(Markup.Escape(label), $"[bold]{Markup.Escape(value)}[/]", Markup.Escape(secondLabel), $"[bold]{Markup.Escape(secondValue)}[/]");

    private void RenderContactsByChannel(JourneyReport report)
    {
        if (report.ContactsByChannel.Count == 0)
        {
            return;
        }

        console.MarkupLine("[bold]Contacts by channel[/]");
        var chart = new BarChart().Width(Width)
            .UseValueFormatter((v, _) => v.ToString("N0", s_invariant));
        foreach (ChannelCount channel in report.ContactsByChannel)
        {
            chart.AddItem(ChannelNames.Of(channel.Channel), channel.Count, Color.SteelBlue);
        }

        console.Write(chart);
        console.WriteLine();
    }

    private void RenderSurveys(SurveyStats? surveys)
    {
        if (surveys is null || surveys.ByChannel.Count == 0)
        {
            return;
        }

        // Every kind of survey on one 0–100 scale (an NPS 9 of 10 is 90, a CSAT 4 of 5 is 75).
        console.MarkupLine("[bold]Average survey score by channel[/] [grey](0–100; answers)[/]");
        var chart = new BarChart().Width(Width)
            .WithMaxValue(100).UseValueFormatter((v, _) => v.ToString("0", s_invariant));
        foreach (ChannelSurveyStats channel in surveys.ByChannel.Where(c => c.Scores.AverageScore is not null))
        {
            chart.AddItem($"{ChannelNames.Of(channel.Channel)} ({Count(channel.Scores.Responses)})", Math.Round(channel.Scores.AverageScore!.Value), Color.Teal);
        }

        console.Write(chart);
        console.WriteLine();
    }

    private void RenderPaths(JourneyReport report)
    {
        console.MarkupLine($"[bold]Most frequent channel paths[/] [grey](of {Count(report.Episodes)} episodes)[/]");
        if (report.ChannelPaths.Count == 0)
        {
            console.MarkupLine("[grey]No episode in this period.[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn(new TableColumn("Path"));
        table.AddColumn(new TableColumn("Episodes").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("Resolved").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("Failed").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("Survey").RightAligned().NoWrap());
        foreach (ChannelPathStats path in report.ChannelPaths)
        {
            table.AddRow(
                Markup.Escape(ChannelNames.Path(path.Channels, Unicode, path.IsTruncated)),
                Count(path.Count),
                Rate(Share(path.Resolved, path.Count)),
                Rate(Share(path.Failed, path.Count)),
                path.Surveys is { AverageScore: { } average } ? Score(average) : None);
        }

        console.Write(table);
        console.MarkupLine("[grey]Resolved, failed: shares of each path's episodes; survey: their average score.[/]");
    }

    private static double? Share(int part, int whole) => whole == 0 ? null : (double)part / whole;

    private static string Count(int count) => count.ToString("N0", s_invariant);

    private static string Rate(double? rate) => rate is { } value ? value.ToString("P1", s_invariant) : None;

    private static string Duration(TimeSpan? duration) => duration is { } value ? DurationText.Of(value) : None;

    private static string Score(double? score) => score is { } value ? value.ToString("0", s_invariant) + "/100" : None;

    private static string Nps(double? nps) => nps is { } value ? value.ToString("+0;-0;0", s_invariant) : None;
}
