using CustomerJourney.Fixtures;
using CustomerJourney.Grid;
using CustomerJourney.Model;
using Snapshooter.Xunit;
using static System.Globalization.CultureInfo;

namespace CustomerJourney.Client;

/// <summary>The timeline and the grid of a fixed data set, as a widget would draw them.</summary>
public class JourneyResultSnapshotTests
{
    private static readonly Interaction[] s_fixedDataSet =
    [
        Interactions.At("CM-1", "2026-09-30T21:30:00Z", Channel.Voice, ContactMode.Mobile, Interactions.WinterRenewals, OutcomeKind.Failure, "CampaignManager", comments: "No answer, voicemail full"),
        Interactions.At("CM-2", "2026-10-01T13:00:00Z", Channel.Voice, ContactMode.Home, Interactions.WinterRenewals, OutcomeKind.Success, "CampaignManager", comments: "Renewed for a year"),
        Interactions.At("DC-1", "2026-10-01T15:45:00Z", Channel.Voice, ContactMode.Office, null, OutcomeKind.Neutral, "DataCloud", agent: "Chloé Martin", direction: InteractionDirection.Inbound, end: "2026-10-01T15:52:10Z"),
        Interactions.At("DC-2", "2026-10-03T10:00:00Z", Channel.Sms, ContactMode.Sms, Interactions.DebitoAutomatico, OutcomeKind.Neutral, "DataCloud", agent: null, direction: InteractionDirection.Outbound),
        Interactions.At("DC-3", "2026-10-03T11:00:00Z", Channel.Email, ContactMode.Email, Interactions.DebitoAutomatico, OutcomeKind.Failure, "DataCloud", agent: "Zoë Ağaoğlu", direction: InteractionDirection.Outbound, comments: "Bounced"),
        Interactions.At("DC-4", "2026-10-04T08:00:00Z", Channel.Chat, ContactMode.Unknown, null, OutcomeKind.Unknown, "DataCloud", direction: InteractionDirection.Inbound),
    ];

    [Fact]
    public void Timeline_OfAFixedDataSet_InNewYork()
    {
        AssertSnapshotIsCommitted();
        JourneyResult result = JourneyResults.Of(s_fixedDataSet, "America/New_York");

        Snapshot.Match(new
        {
            Period = new { From = result.Period.From.ToString("O", InvariantCulture), To = result.Period.To.ToString("O", InvariantCulture) },
            Days = result.Timeline.Days.Select(day => new
            {
                Date = day.Date.ToString("yyyy-MM-dd", InvariantCulture),
                day.HasFailure,
                Items = day.Items.Select(item => new
                {
                    item.Interaction.Id,
                    item.Interaction.Source,
                    LocalStart = item.LocalStart.ToString("O", InvariantCulture),
                    Icon = item.Indicator.Icon.ToString(),
                    Color = item.Indicator.Color.ToString(),
                    Arrow = item.Indicator.Arrow.ToString(),
                    item.Indicator.HasFailureDot,
                }),
            }),
            Campaigns = result.Facets.Campaigns.Select(f => $"{f.Campaign.Id} {f.Campaign.Name}: {f.Count}"),
            Channels = result.Facets.Channels.Select(f => $"{f.Channel}: {f.Count}"),
        });
    }

    [Fact]
    public void Grid_OfAFixedDataSet_SortedByOutcomeDescending()
    {
        AssertSnapshotIsCommitted();
        JourneyResult result = JourneyResults.Of(s_fixedDataSet, "America/New_York");

        Snapshot.Match(result.GetRows(GridColumn.Outcome, SortDirection.Descending).Select(row => new
        {
            row.Interaction.Id,
            Start = row.LocalStart.ToString("yyyy-MM-dd HH:mm", InvariantCulture),
            End = row.LocalEnd?.ToString("yyyy-MM-dd HH:mm", InvariantCulture),
            Campaign = row.Interaction.Campaign?.Name,
            Mode = row.Interaction.Mode.ToString(),
            Channel = row.Interaction.Channel.ToString(),
            Direction = row.Interaction.Direction.ToString(),
            Outcome = row.Interaction.Outcome?.Name,
            row.Interaction.PhoneNumber,
            row.Interaction.PreviousScore,
            row.Interaction.CurrentScore,
            row.Interaction.AgentName,
            row.Interaction.AgentComments,
        }));
    }

    // Snapshooter writes a missing snapshot and passes; in CI that would be a test that cannot fail.
    private static void AssertSnapshotIsCommitted([System.Runtime.CompilerServices.CallerMemberName] string test = "", [System.Runtime.CompilerServices.CallerFilePath] string file = "")
    {
        string snapshot = Path.Combine(Path.GetDirectoryName(file)!, "__snapshots__", $"{nameof(JourneyResultSnapshotTests)}.{test}.snap");
        Assert.True(File.Exists(snapshot), $"The snapshot {snapshot} is not committed.");
    }
}
