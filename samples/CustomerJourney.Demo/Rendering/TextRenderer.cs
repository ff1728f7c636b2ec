using System.Globalization;
using CustomerJourney.Client;
using CustomerJourney.Grid;
using CustomerJourney.Identity;
using CustomerJourney.Live;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Timeline;
using GridColumn = CustomerJourney.Grid.GridColumn;
using Spectre.Console;

namespace CustomerJourney.Demo.Rendering;

/// <summary>Writes a journey to a terminal: header, horizontal timeline, details, or the grid.</summary>
internal sealed class TextRenderer(IAnsiConsole console)
{
    private const int MaxGlyphsPerDay = 4;
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    private bool Unicode => console.Profile.Capabilities.Unicode;

    public void Render(JourneyResult result, string customerLabel, bool grid, GridColumn sort, SortDirection direction)
    {
        RenderHeader(result, customerLabel, result.TimeZone);
        if (grid)
        {
            RenderGrid(result.GetRows(sort, direction));
        }
        else
        {
            IReadOnlyList<JourneyDay> shown = RenderTimeline(result.Timeline);
            RenderDetails([.. shown.SelectMany(d => d.Items)]);
        }
    }

    private void RenderHeader(JourneyResult result, string customerLabel, TimeZoneInfo timeZone)
    {
        console.MarkupLine($"[bold]Customer journey[/] of {Markup.Escape(customerLabel)}");
        console.MarkupLine($"Period {result.Period.From.ToString("yyyy-MM-dd", s_invariant)} → {result.Period.To.ToString("yyyy-MM-dd HH:mm", s_invariant)} ({Markup.Escape(timeZone.Id)}), {result.Items.Count} of {result.TotalCount} interactions shown");
        string sources = string.Join("  ", result.Sources.Select(s => s.State switch
        {
            SourceState.Ok => $"[green]{Markup.Escape(s.Name)}[/] ok ({s.InteractionCount})",
            SourceState.NotSupported => $"[yellow]{Markup.Escape(s.Name)}[/] not supported",
            SourceState.TimedOut => $"[red]{Markup.Escape(s.Name)}[/] timed out",
            _ => $"[red]{Markup.Escape(s.Name)}[/] failed",
        }));
        console.MarkupLine($"Sources: {sources}");
        foreach (SourceStatus status in result.Sources.Where(s => s.Message is not null))
        {
            console.MarkupLine($"  [grey]{Markup.Escape(status.Name)}: {Markup.Escape(status.Message!)}[/]");
        }

        if (result.OtherCampaigns.Count > 0)
        {
            console.MarkupLine($"Also listed in: {Markup.Escape(string.Join(", ", result.OtherCampaigns.Select(c => $"{c.Name} ({c.Id})")))}");
        }

        if (result.Profile.Keys.Count > 1)
        {
            console.MarkupLine($"Profile:   {Markup.Escape(string.Join(", ", result.Profile.Keys.Skip(1).Select(KeyText)))} joined to this customer");
            foreach (IdentityLink link in result.Profile.Links)
            {
                console.MarkupLine($"  [grey]{Markup.Escape(KeyText(link.First))} + {Markup.Escape(KeyText(link.Second))}: {Markup.Escape(link.Reason)}[/]");
            }
        }

        if (result.Segments.Count > 0)
        {
            console.MarkupLine($"Segments:  {Markup.Escape(string.Join(" → ", result.Segments.Select(s => s.Name)))}");
        }

        foreach (OutcomeProgress outcome in result.Outcomes)
        {
            OutcomeScore? score = result.PredictedScores.FirstOrDefault(s => s.Outcome == outcome.Outcome);
            string predicted = score is null ? string.Empty : $", predicted {score.Probability.ToString("P0", s_invariant)}";
            console.MarkupLine($"Outcome:   {Markup.Escape(outcome.Outcome)} {Markup.Escape(Bar(outcome.Progress))} {Markup.Escape(outcome.Stage ?? string.Empty)}{Markup.Escape(predicted)}");
        }

        console.MarkupLine($"Campaigns: {Markup.Escape(string.Join(", ", result.Facets.Campaigns.Select(f => $"{f.Campaign.Name} {f.Count}")))}");
        console.MarkupLine($"Channels:  {Markup.Escape(string.Join(", ", result.Facets.Channels.Select(f => $"{f.Channel} {f.Count}")))}");
        console.WriteLine();
    }

    /// <summary>Oldest date on the left, newest on the right: as many of the newest dates as the width allows.</summary>
    private List<JourneyDay> RenderTimeline(JourneyTimeline timeline)
    {
        if (timeline.Days.Count == 0)
        {
            console.MarkupLine("[grey]No interaction in this period.[/]");
            return [];
        }

        int width = Math.Max(40, console.Profile.Width);
        var shown = new List<JourneyDay>();
        int used = 0;
        foreach (JourneyDay day in timeline.Days.Reverse())
        {
            int cell = ColumnWidth(day);
            if (used + cell > width)
            {
                break;
            }

            used += cell;
            shown.Insert(0, day);
        }

        int older = timeline.Days.Count - shown.Count;
        if (older > 0)
        {
            console.MarkupLine($"[grey]{(Unicode ? "◀" : "<")} {older} older date{(older == 1 ? string.Empty : "s")} (narrow the filters, or use --view grid)[/]");
        }

        string dates = string.Concat(shown.Select(day =>
        {
            string label = day.Date.ToString("dd MMM yy", s_invariant);
            string dot = day.HasFailure ? $"[red]{IndicatorGlyph.FailureDot(Unicode)}[/]" : " ";
            return Markup.Escape(label) + dot + new string(' ', ColumnWidth(day) - label.Length - 1);
        }));
        string glyphs = string.Concat(shown.Select(day =>
        {
            var parts = day.Items.Take(MaxGlyphsPerDay).Select(i => IndicatorGlyph.Markup(i.Indicator, Unicode)).ToList();
            int visible = Math.Min(day.Items.Count, MaxGlyphsPerDay) * 3;
            string more = day.Items.Count > MaxGlyphsPerDay ? $"+{day.Items.Count - MaxGlyphsPerDay}" : string.Empty;
            return string.Concat(parts) + more + new string(' ', Math.Max(0, ColumnWidth(day) - visible - more.Length));
        }));
        console.MarkupLine(dates);
        console.MarkupLine(glyphs);
        console.MarkupLine($"[grey]{Markup.Escape(IndicatorGlyph.Legend)}  {(Unicode ? "← inbound  → outbound" : "< inbound  > outbound")}  {IndicatorGlyph.FailureDot(Unicode)} failure[/]");
        console.WriteLine();
        return shown;
    }

    private static int ColumnWidth(JourneyDay day) =>
        Math.Max(11, (Math.Min(day.Items.Count, MaxGlyphsPerDay) * 3) + (day.Items.Count > MaxGlyphsPerDay ? 3 : 0) + 1);

    /// <summary>The details of each interaction shown, two lines each, newest date last (R12).</summary>
    private void RenderDetails(IReadOnlyList<JourneyItem> items)
    {
        foreach (JourneyItem item in items)
        {
            var i = item.Interaction;
            var facts = new List<string>
            {
                i.Campaign?.Name ?? "no campaign",
                ChannelText(i),
            };
            if (i.Outcome is { } outcome)
            {
                facts.Add(outcome.Name);
            }

            if (i.AgentName is { Length: > 0 } agent)
            {
                facts.Add(agent);
            }

            if (i.PreviousScore is not null || i.CurrentScore is not null)
            {
                facts.Add($"score {i.PreviousScore}→{i.CurrentScore}");
            }

            if (i.LastHop is { } hop && i.Hops!.Count > 1)
            {
                facts.Add($"transferred {i.Hops.Count - 1}× → {hop.Queue ?? "?"}/{hop.Agent ?? "?"}");
            }
            else if (i.LastHop is { Queue: { } queue })
            {
                facts.Add($"queue {queue}");
            }

            if (i.WebEvents is { Count: > 0 } events)
            {
                int offers = events.Count(e => e.Kind is WebEventKind.ContentOfferShown or WebEventKind.ContentOfferAccepted);
                facts.Add($"{events.Count} web events" + (offers > 0 ? $", {offers} offer{(offers == 1 ? string.Empty : "s")}" : string.Empty));
            }

            if (i.WrapUpCode is { } wrapUp)
            {
                facts.Add($"wrap-up {wrapUp}");
            }

            string when = item.LocalStart.ToString("dd MMM HH:mm", s_invariant) + (item.LocalEnd is { } end ? end.ToString("–HH:mm", s_invariant) : "      ");
            console.MarkupLine($"{Markup.Escape(when)} {IndicatorGlyph.Markup(item.Indicator, Unicode)} {LiveMarkup(item.Status)}{Markup.Escape(string.Join(" · ", facts))}");
            foreach (string? note in new[] { i.AgentComments, i.Notes }.Where(n => !string.IsNullOrWhiteSpace(n)))
            {
                console.MarkupLine($"{new string(' ', 23)}[grey]{Markup.Escape(note!)}[/]");
            }
        }
    }

    private void RenderGrid(IReadOnlyList<JourneyItem> rows)
    {
        var table = new Table().Border(TableBorder.Simple).Expand();
        table.AddColumn(new TableColumn("Start").NoWrap());
        table.AddColumn(new TableColumn(string.Empty).NoWrap());
        table.AddColumns("Campaign", "Channel", "Outcome", "Agent", "Score");
        foreach (JourneyItem row in rows)
        {
            var i = row.Interaction;
            table.AddRow(
                new Markup(Markup.Escape(row.LocalStart.ToString("yy-MM-dd HH:mm", s_invariant))),
                new Markup(IndicatorGlyph.Markup(row.Indicator, Unicode)),
                new Markup(Markup.Escape(i.Campaign?.Name ?? "—")),
                new Markup(Markup.Escape(ChannelText(i))),
                new Markup(Markup.Escape(i.Outcome?.Name ?? string.Empty)),
                new Markup(Markup.Escape(i.AgentName ?? string.Empty)),
                new Markup(Markup.Escape(i.PreviousScore is null && i.CurrentScore is null ? string.Empty : $"{i.PreviousScore}→{i.CurrentScore}")));
        }

        console.Write(table);
        console.MarkupLine($"[grey]{rows.Count} rows. {Markup.Escape(IndicatorGlyph.Legend)}[/]");
    }

    // R14: live green, idle yellow, inactive grey; past interactions show only their date.
    private static string LiveMarkup(LiveStatus status) => status switch
    {
        LiveStatus.Live => "[green]LIVE[/] ",
        LiveStatus.Idle => "[yellow]IDLE[/] ",
        LiveStatus.Inactive => "[grey]INACTIVE[/] ",
        _ => string.Empty,
    };

    private static string Bar(double progress)
    {
        int filled = (int)Math.Round(Math.Clamp(progress, 0, 1) * 10);
        return "[" + new string('#', filled) + new string('.', 10 - filled) + "]";
    }

    private static string KeyText(Model.LookupKey key) => key.Kind switch
    {
        Model.LookupKeyKind.WebId => $"web id {key.Value}",
        _ => key.Value,
    };

    private static string ChannelText(Model.Interaction interaction) => interaction.Channel switch
    {
        Model.Channel.Voice => interaction.Mode == Model.ContactMode.Unknown ? "call" : $"{interaction.Mode} call",
        Model.Channel.Unknown => "other",
        _ => interaction.Channel.ToString(),
    };
}
