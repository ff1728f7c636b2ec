using System.Globalization;
using CustomerJourney.Model;
using CustomerJourney.Query;

namespace CustomerJourney.Grid;

/// <summary>
/// Sorts grid rows (R13). The sort is stable: rows that compare equal keep their start order, in
/// both directions. Empty values (no end, no campaign, no score) go last in both directions. Text
/// compares by invariant culture ignoring case, the same on every machine.
/// </summary>
internal static class GridSort
{
    private static readonly CompareInfo s_compare = CultureInfo.InvariantCulture.CompareInfo;

    public static IReadOnlyList<JourneyItem> Sort(IReadOnlyList<JourneyItem> rows, GridColumn column, SortDirection direction)
    {
        if (!Enum.IsDefined(column))
        {
            throw new ArgumentOutOfRangeException(nameof(column), column, "Unknown grid column.");
        }

        int sign = direction == SortDirection.Descending ? -1 : 1;
        int[] order = [.. Enumerable.Range(0, rows.Count)];
        Array.Sort(order, (a, b) =>
        {
            int byValue = CompareValues(Value(rows[a].Interaction, column), Value(rows[b].Interaction, column), sign);
            return byValue != 0 ? byValue : a.CompareTo(b);
        });
        return [.. order.Select(i => rows[i])];
    }

    private static int CompareValues(object? left, object? right, int sign) => (left, right) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        (string l, string r) => sign * s_compare.Compare(l, r, CompareOptions.IgnoreCase),
        (IComparable l, _) => sign * l.CompareTo(right),
        _ => 0,
    };

    private static object? Value(Interaction interaction, GridColumn column) => column switch
    {
        GridColumn.Start => interaction.Start,
        GridColumn.End => interaction.End,
        GridColumn.Campaign => interaction.Campaign?.Name,
        GridColumn.Mode => interaction.Mode == ContactMode.Unknown ? null : interaction.Mode.ToString(),
        GridColumn.Channel => interaction.Channel == Channel.Unknown ? null : interaction.Channel.ToString(),
        GridColumn.Direction => interaction.Direction == InteractionDirection.Unknown ? null : interaction.Direction.ToString(),
        GridColumn.Outcome => interaction.Outcome?.Name,
        GridColumn.PhoneNumber => interaction.PhoneNumber,
        GridColumn.PreviousScore => interaction.PreviousScore,
        GridColumn.CurrentScore => interaction.CurrentScore,
        GridColumn.AgentName => NullIfEmpty(interaction.AgentName),
        GridColumn.AgentComments => NullIfEmpty(interaction.AgentComments),
        GridColumn.Source => interaction.Source,
        _ => null,
    };

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
