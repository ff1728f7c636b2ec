namespace CustomerJourney.Query;

/// <summary>The call that triggered the lookup (R2, R3).</summary>
public enum CallDirection
{
    /// <summary>No call: a lookup from a CRM panel or a back-office service.</summary>
    None = 0,

    /// <summary>The customer called in. Served only by sources that record inbound traffic (R3).</summary>
    Inbound,

    /// <summary>A dialler placed an outbound call.</summary>
    Outbound,

    /// <summary>An agent dialled the customer by hand.</summary>
    ManualOutbound,
}
