namespace CustomerJourney.Model;

/// <summary>Which side started an interaction, where the source records it.</summary>
public enum InteractionDirection
{
    /// <summary>The source does not record the direction, or sent one the SDK does not know.</summary>
    Unknown = 0,

    /// <summary>The customer contacted the organisation.</summary>
    Inbound,

    /// <summary>The organisation contacted the customer.</summary>
    Outbound,
}
