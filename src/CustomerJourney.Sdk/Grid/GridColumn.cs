namespace CustomerJourney.Grid;

/// <summary>A column of the grid view (R13), each sortable.</summary>
public enum GridColumn
{
    /// <summary>Start date and time.</summary>
    Start = 0,

    /// <summary>End date and time.</summary>
    End,

    /// <summary>Campaign name.</summary>
    Campaign,

    /// <summary>Contact mode.</summary>
    Mode,

    /// <summary>Channel.</summary>
    Channel,

    /// <summary>Direction.</summary>
    Direction,

    /// <summary>Outcome name.</summary>
    Outcome,

    /// <summary>Phone number.</summary>
    PhoneNumber,

    /// <summary>Previous score.</summary>
    PreviousScore,

    /// <summary>Current score.</summary>
    CurrentScore,

    /// <summary>Agent name.</summary>
    AgentName,

    /// <summary>Agent comments.</summary>
    AgentComments,

    /// <summary>Source name.</summary>
    Source,
}
