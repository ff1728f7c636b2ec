using CustomerJourney.Model;
using CustomerJourney.Query;

namespace CustomerJourney.Paths;

/// <summary>Makes a customer's path from the items a journey shows.</summary>
internal static class JourneyPaths
{
    public static JourneyPath Build(IReadOnlyList<JourneyItem> items, EpisodeRule rule)
    {
        JourneyItem[] ordered = [.. items];
        Array.Sort(ordered, (x, y) => StepOrder.Instance.Compare(x.Interaction, y.Interaction));
        var steps = new JourneyStep[ordered.Length];
        var starts = new long[ordered.Length];
        var reasons = new string?[ordered.Length];
        for (int i = 0; i < ordered.Length; i++)
        {
            Interaction interaction = ordered[i].Interaction;
            steps[i] = new JourneyStep(ordered[i], i == 0 ? null : interaction.Start - ordered[i - 1].Interaction.Start, JourneyChannels.IsContact(interaction));
            starts[i] = interaction.Start.UtcTicks;
            reasons[i] = interaction.Campaign?.Id;
        }

        var episodeOf = new int[steps.Length];
        int count = new EpisodeSegmenter(rule).Segment(starts, reasons, episodeOf);
        var members = new List<JourneyStep>[count];
        for (int i = 0; i < steps.Length; i++)
        {
            (members[episodeOf[i]] ??= []).Add(steps[i]);
        }

        return new JourneyPath(rule, steps, [.. members.Select(m => Episode(m, rule))]);
    }

    private static JourneyEpisode Episode(List<JourneyStep> steps, EpisodeRule rule)
    {
        var channels = new List<Channel>();
        var surveys = new List<SurveyResponse>();
        JourneyStep? decisive = null;
        int contacts = 0;
        foreach (JourneyStep step in steps)
        {
            Interaction interaction = step.Item.Interaction;
            if (channels.Count == 0 || channels[^1] != interaction.Channel)
            {
                channels.Add(interaction.Channel);
            }

            if (interaction.Surveys is { } answers)
            {
                surveys.AddRange(answers);
            }

            if (step.IsContact)
            {
                contacts++;
                if (interaction.Outcome is not null)
                {
                    decisive = step;
                }
            }
        }

        Outcome? outcome = decisive?.Item.Interaction.Outcome;
        Interaction first = steps[0].Item.Interaction;
        return new JourneyEpisode
        {
            Campaign = rule.Grouping == EpisodeGrouping.Campaign ? first.Campaign : null,
            Steps = steps,
            Channels = channels,
            Contacts = contacts,
            Outcome = outcome,
            TimeToResolution = outcome?.Kind == OutcomeKind.Success ? (decisive!.Item.Interaction.End ?? decisive.Item.Interaction.Start) - first.Start : null,
            Surveys = surveys,
        };
    }
}
