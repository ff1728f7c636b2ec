using System.CommandLine;
using System.Globalization;
using CustomerJourney.Paths;

namespace CustomerJourney.Demo;

/// <summary>
/// The <c>report</c> command's command line: the journey report over the embedded store. It shares
/// <c>--period</c>, <c>--campaign</c>, <c>--channel</c>, <c>--format</c>, <c>--as-of</c> and <c>--db</c>
/// with the journey view (<see cref="DemoOptions"/>) and adds the episode rule.
/// </summary>
internal static class ReportOptions
{
    public static readonly int MaxWindowDays = (int)EpisodeRule.MaxWindow.TotalDays;

    public static readonly Option<int?> EpisodeWindow = new("--episode-window")
    {
        HelpName = "days",
        Description = $"How many days after a step the next one still joins its episode (1 to {MaxWindowDays}; default CustomerJourney:EpisodeWindow, 7 days).",
        CustomParser = result =>
        {
            if (int.TryParse(result.Tokens.Count == 1 ? result.Tokens[0].Value : null, NumberStyles.None, CultureInfo.InvariantCulture, out int days) && days >= 1 && days <= MaxWindowDays)
            {
                return days;
            }

            result.AddError($"--episode-window must be a whole number of days from 1 to {MaxWindowDays}.");
            return null;
        },
    };

    public static readonly Option<string?> EpisodesBy = new Option<string?>("--episodes-by")
    {
        Description = "campaign (steps of the same campaign share an episode) or customer (any steps); default CustomerJourney:EpisodeGrouping, campaign.",
    }.AcceptOnlyFromAmong("campaign", "customer");

    public static Command Command()
    {
        var command = new Command("report", "Journey analytics over the embedded store: first-contact resolution, repeat contacts, time to resolution, contacts by channel, self-service containment, survey scores and the most frequent channel paths of the episodes.")
        {
            DemoOptions.Period, DemoOptions.Campaign, DemoOptions.Channel, EpisodeWindow, EpisodesBy, DemoOptions.Format, DemoOptions.AsOf, DemoOptions.Database,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        return command;
    }
}
