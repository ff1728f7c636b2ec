namespace CustomerJourney.Grid;

/// <summary>The direction of a grid sort.</summary>
public enum SortDirection
{
    /// <summary>Smallest first (A→Z, oldest first).</summary>
    Ascending = 0,

    /// <summary>Largest first (Z→A, newest first).</summary>
    Descending,
}
