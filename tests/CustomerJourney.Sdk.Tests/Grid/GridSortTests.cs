using CustomerJourney.Client;
using CustomerJourney.Fixtures;
using CustomerJourney.Model;
using CustomerJourney.Query;

namespace CustomerJourney.Grid;

public class GridSortTests
{
    private static readonly JourneyResult s_journey = JourneyResults.Of(
    [
        Interactions.At("1", "2026-10-01T09:00:00Z", Channel.Voice, ContactMode.Office, Interactions.WinterRenewals, agent: "bob", end: "2026-10-01T09:05:00Z") with { CurrentScore = 50 },
        Interactions.At("2", "2026-10-02T09:00:00Z", Channel.Sms, ContactMode.Sms, Interactions.SpringOffers, OutcomeKind.Failure, agent: "Alice") with { CurrentScore = null },
        Interactions.At("3", "2026-10-03T09:00:00Z", Channel.Email, ContactMode.Email, null, agent: "Élodie", end: "2026-10-03T09:01:00Z") with { CurrentScore = 50 },
        Interactions.At("4", "2026-10-04T09:00:00Z", Channel.Voice, ContactMode.Home, Interactions.WinterRenewals, agent: "alice", direction: InteractionDirection.Inbound) with { CurrentScore = 10 },
        Interactions.At("5", "2026-10-05T09:00:00Z", Channel.Chat, ContactMode.Unknown, Interactions.DebitoAutomatico, agent: null, end: "2026-10-05T09:30:00Z") with { CurrentScore = 50 },
    ]);

    public static TheoryData<GridColumn, SortDirection> EveryColumnBothWays()
    {
        var data = new TheoryData<GridColumn, SortDirection>();
        foreach (GridColumn column in Enum.GetValues<GridColumn>())
        {
            data.Add(column, SortDirection.Ascending);
            data.Add(column, SortDirection.Descending);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryColumnBothWays))]
    public void R13_Grid_SortsByAnyColumnStablyWithEmptyValuesLast(GridColumn column, SortDirection direction)
    {
        IReadOnlyList<JourneyItem> rows = s_journey.GetRows(column, direction);

        Assert.Equal(s_journey.Items.Count, rows.Count);
        Assert.Equal(s_journey.Items.Select(i => i.Interaction.Id).Order(), rows.Select(r => r.Interaction.Id).Order());
        for (int i = 1; i < rows.Count; i++)
        {
            object? previous = Cell(rows[i - 1], column);
            object? current = Cell(rows[i], column);
            if (previous is null)
            {
                Assert.Null(current); // empty values are last, whatever the direction
                continue;
            }

            if (current is null)
            {
                continue;
            }

            int order = Compare(previous, current) * (direction == SortDirection.Descending ? -1 : 1);
            Assert.True(order <= 0, $"{column} {direction}: row {i} is out of order");
            if (order == 0)
            {
                Assert.True(rows[i - 1].Interaction.Start < rows[i].Interaction.Start, $"{column} {direction}: equal rows lost their start order");
            }
        }
    }

    [Fact]
    public void R13_SortByAgentName_IgnoresCaseAndKeepsStartOrderBetweenEquals()
    {
        Assert.Equal(["2", "4", "1", "3", "5"], s_journey.GetRows(GridColumn.AgentName).Select(r => r.Interaction.Id));
        Assert.Equal(["3", "1", "2", "4", "5"], s_journey.GetRows(GridColumn.AgentName, SortDirection.Descending).Select(r => r.Interaction.Id));
    }

    [Fact]
    public void R13_SortByCurrentScoreDescending_KeepsTiesInStartOrder() =>
        Assert.Equal(["1", "3", "5", "4", "2"], s_journey.GetRows(GridColumn.CurrentScore, SortDirection.Descending).Select(r => r.Interaction.Id));

    [Fact]
    public void R13_DefaultRows_AreInStartOrder() =>
        Assert.Equal(["1", "2", "3", "4", "5"], s_journey.GetRows().Select(r => r.Interaction.Id));

    [Fact]
    public void R13_UnknownColumn_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => s_journey.GetRows((GridColumn)99));

    private static object? Cell(JourneyItem row, GridColumn column)
    {
        Interaction i = row.Interaction;
        return column switch
        {
            GridColumn.Start => i.Start,
            GridColumn.End => i.End,
            GridColumn.Campaign => i.Campaign?.Name,
            GridColumn.Mode => i.Mode == ContactMode.Unknown ? null : i.Mode.ToString(),
            GridColumn.Channel => i.Channel == Channel.Unknown ? null : i.Channel.ToString(),
            GridColumn.Direction => i.Direction == InteractionDirection.Unknown ? null : i.Direction.ToString(),
            GridColumn.Outcome => i.Outcome?.Name,
            GridColumn.PhoneNumber => i.PhoneNumber,
            GridColumn.PreviousScore => i.PreviousScore,
            GridColumn.CurrentScore => i.CurrentScore,
            GridColumn.AgentName => i.AgentName,
            GridColumn.AgentComments => i.AgentComments,
            GridColumn.Source => i.Source,
            _ => throw new ArgumentOutOfRangeException(nameof(column)),
        };
    }

    private static int Compare(object left, object right) => left is string l
        ? System.Globalization.CultureInfo.InvariantCulture.CompareInfo.Compare(l, (string)right, System.Globalization.CompareOptions.IgnoreCase)
        : ((IComparable)left).CompareTo(right);
}
