using System.Globalization;
using CustomerJourney.Model;
using CustomerJourney.Paths;
using CustomerJourney.Recordings;
using Spectre.Console;
using SpectreGrid = Spectre.Console.Grid;

namespace CustomerJourney.Demo.Rendering;

/// <summary>
/// Writes the latest episodes of a customer's path (seed 004) under the journey: each one's dates,
/// campaign, channel path, contacts, outcome and resolution, then its steps, with what each carries
/// of the omni-channel story: the marketing that brought the customer, the self-service flow, the
/// recording (and where to play it, from the host's <see cref="IRecordingResolver"/>) and the
/// survey answers.
/// </summary>
internal sealed class EpisodeRenderer(IAnsiConsole console, IRecordingResolver recordings)
{
    /// <summary>How many of the latest episodes are shown: older ones are a narrower period or filter away.</summary>
    public const int Shown = 4;

    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    private bool Unicode => console.Profile.Capabilities.Unicode;

    public async Task RenderAsync(JourneyPath path, CancellationToken cancellationToken)
    {
        IReadOnlyList<JourneyEpisode> episodes = [.. path.Episodes.OrderBy(e => e.Start).TakeLast(Shown)];
        console.WriteLine();
        console.MarkupLine($"[bold]Episodes[/] [grey]({Markup.Escape($"latest {episodes.Count} of {path.Episodes.Count}; {EpisodeRuleText.Of(path.Rule)}")})[/]");
        if (episodes.Count == 0)
        {
            console.MarkupLine("[grey]No interaction in this period.[/]");
            return;
        }

        foreach (JourneyEpisode episode in episodes)
        {
            console.WriteLine();
            RenderSummary(episode);
            await RenderStepsAsync(episode, cancellationToken);
        }
    }

    private void RenderSummary(JourneyEpisode episode)
    {
        string first = episode.Start.ToString("dd MMM yy", s_invariant);
        string last = episode.Steps[^1].Item.LocalStart.ToString("dd MMM yy", s_invariant);
        string dates = first == last ? first : $"{first} – {last}";
        console.MarkupLine($"[bold]{Markup.Escape(dates)}[/]  {Markup.Escape(episode.Campaign?.Name ?? "no campaign")}  {Markup.Escape(ChannelNames.Path(episode.Channels, Unicode))}");
        string contacts = episode.Contacts == 1 ? "1 contact" : $"{episode.Contacts} contacts";
        string outcome = episode.Outcome?.Name ?? "no outcome yet";
        string resolution = episode switch
        {
            { IsResolvedAtFirstContact: true } => $"[green]resolved at first contact[/] in {DurationText.Of(episode.TimeToResolution!.Value)}",
            { IsResolved: true } => $"[green]resolved[/] in {DurationText.Of(episode.TimeToResolution!.Value)}, not at first contact",
            { IsFailed: true } => "[red]failed[/]",
            _ => "not resolved",
        };
        string surveys = episode.Surveys.Count == 0 ? string.Empty : $" · {episode.Surveys.Count} survey answer{(episode.Surveys.Count == 1 ? string.Empty : "s")}";
        console.MarkupLine($"  {Markup.Escape($"{contacts} · {outcome} · ")}{resolution}{Markup.Escape(surveys)}");
    }

    // One row per step (time, indicator, channel, what happened), the facts it carries on rows of their own below it.
    private async Task RenderStepsAsync(JourneyEpisode episode, CancellationToken cancellationToken)
    {
        var grid = new SpectreGrid();
        grid.AddColumn(new GridColumn().NoWrap().Padding(2, 0, 1, 0));
        grid.AddColumn(new GridColumn().NoWrap().Padding(0, 0, 1, 0));
        grid.AddColumn(new GridColumn().Padding(0, 0, 0, 0));
        foreach (JourneyStep step in episode.Steps)
        {
            Interaction interaction = step.Item.Interaction;
            var happened = new List<string> { ChannelNames.Of(interaction.Channel) };
            if (interaction.IsAgentless)
            {
                happened.Add("no agent");
            }

            if (interaction.Outcome is { } outcome)
            {
                happened.Add(outcome.Name);
            }

            if (interaction.AgentName is { Length: > 0 } agent)
            {
                happened.Add(agent);
            }

            grid.AddRow(
                Markup.Escape(step.Item.LocalStart.ToString("dd MMM HH:mm", s_invariant)),
                IndicatorGlyph.Markup(step.Item.Indicator, Unicode),
                Markup.Escape(string.Join(" · ", happened)));
            foreach (string fact in await FactsAsync(interaction, cancellationToken))
            {
                grid.AddRow(string.Empty, string.Empty, fact);
            }
        }

        console.Write(grid);
    }

    private async Task<List<string>> FactsAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var facts = new List<string>();
        if (interaction.Marketing is { } marketing)
        {
            string[] utm = [.. new[] { ("campaign", marketing.Campaign), ("source", marketing.Source), ("medium", marketing.Medium) }
                .Where(p => p.Item2 is not null).Select(p => $"{p.Item1} {p.Item2}")];
            facts.Add($"[grey]marketing:[/] {Markup.Escape(string.Join(", ", utm))}");
        }

        if (interaction.SelfService is { } selfService)
        {
            string reached = selfService.StepReached is { } step ? $", reached {step}" : string.Empty;
            facts.Add($"[grey]{Markup.Escape(SelfServiceKindText(selfService.Kind))}:[/] {Markup.Escape($"{selfService.Flow}{reached}: {SelfServiceResultText(selfService.Result)}")}");
        }

        foreach (Recording recording in interaction.Recordings ?? [])
        {
            string[] about = [.. new[] { recording.Duration is { } duration ? DurationText.Of(duration) : null, recording.MediaType }.OfType<string>()];
            Uri? address = await recordings.ResolveAsync(interaction, recording, cancellationToken);
            facts.Add($"[grey]recording:[/] {Markup.Escape(string.Join(", ", about))}" + (address is null ? " [grey](no player configured)[/]" : $" {Markup.Escape(address.AbsoluteUri)}"));
        }

        foreach (SurveyResponse answer in interaction.Surveys ?? [])
        {
            string score = $"{answer.Score.ToString("0.##", s_invariant)}/{answer.Scale.Max.ToString("0.##", s_invariant)}";
            string comment = answer.Comment is { Length: > 0 } text ? $" “{text}”" : string.Empty;
            facts.Add($"[grey]{Markup.Escape(SurveyKindText(answer))}:[/] {Markup.Escape(score + comment)}");
        }

        return facts;
    }

    private static string SurveyKindText(SurveyResponse answer) => answer.Kind switch
    {
        SurveyKind.Nps => "NPS",
        SurveyKind.Csat => "CSAT",
        SurveyKind.Ces => "effort (CES)",
        _ => answer.Survey,
    };

    private static string SelfServiceKindText(SelfServiceKind kind) => kind switch
    {
        SelfServiceKind.Ivr => "IVR",
        SelfServiceKind.Bot => "bot",
        SelfServiceKind.Web => "web self-service",
        SelfServiceKind.Sms => "text flow",
        _ => "self-service",
    };

    private static string SelfServiceResultText(SelfServiceResult result) => result switch
    {
        SelfServiceResult.Contained => "contained",
        SelfServiceResult.HandedToAgent => "handed to an agent",
        SelfServiceResult.Abandoned => "abandoned",
        _ => "ending not known",
    };
}
