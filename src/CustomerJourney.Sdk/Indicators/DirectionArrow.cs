namespace CustomerJourney.Indicators;

/// <summary>The arrow beside an interaction's icon, drawn only where the source records the direction (R11).</summary>
public enum DirectionArrow
{
    /// <summary>No arrow: the source does not record the direction.</summary>
    None = 0,

    /// <summary>An inbound arrow.</summary>
    Inbound,

    /// <summary>An outbound arrow.</summary>
    Outbound,
}
