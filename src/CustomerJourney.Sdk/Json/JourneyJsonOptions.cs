using CustomerJourney.Grid;

namespace CustomerJourney.Json;

/// <summary>How <see cref="JourneyJson"/> writes a journey.</summary>
public sealed record JourneyJsonOptions
{
    /// <summary>Indented, with grid rows left out.</summary>
    public static JourneyJsonOptions Default { get; } = new();

    /// <summary>Whether the JSON is indented (for people) or compact (for the wire).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool Indented { get; init; } = true;

    /// <summary>The column to sort the grid <c>rows</c> by; <see langword="null"/> leaves the rows out (the timeline alone).</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public GridColumn? GridSortBy { get; init; }

    /// <summary>The direction of the grid sort.</summary>
    /// <value>The default value is <see cref="SortDirection.Ascending"/>.</value>
    public SortDirection GridSortDirection { get; init; }

    /// <summary>
    /// How many dates the <c>days</c> hold at most, the latest ones (before <see cref="DaysBefore"/>
    /// when set), for a timeline that shows older dates on demand; the document then says, in
    /// <c>olderDays</c>, whether older dates are left. <see langword="null"/> writes every date.
    /// </summary>
    /// <value>The default value is <see langword="null"/>; 0 leaves the days out (the summary or the grid alone, without <c>olderDays</c>).</value>
    public int? DayCount { get; init; }

    /// <summary>
    /// Whether the document carries the customer's <c>episodes</c> (<c>JourneyResult.Path</c>): each
    /// episode's campaign, steps (by source and id), channels, contacts, outcome, resolution and time
    /// to resolution. Left out unless asked: a widget changing filters does not redraw its path.
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool Episodes { get; init; }

    /// <summary>With <see cref="DayCount"/>, the date the page of days ends before (exclusive): the oldest date already shown.</summary>
    /// <value>The default value is <see langword="null"/>: the latest dates.</value>
    public DateOnly? DaysBefore { get; init; }
}
