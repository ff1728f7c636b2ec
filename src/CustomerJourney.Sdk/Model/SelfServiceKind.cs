namespace CustomerJourney.Model;

/// <summary>What a customer served themselves with.</summary>
public enum SelfServiceKind
{
    /// <summary>The source sent no kind, or one the SDK does not know.</summary>
    Unknown = 0,

    /// <summary>An interactive voice response menu or voice bot.</summary>
    Ivr,

    /// <summary>A chat or messaging bot.</summary>
    Bot,

    /// <summary>A web or app flow (scheduling a delivery, changing an appointment).</summary>
    Web,

    /// <summary>A text-message flow (delivery texts answered by keyword).</summary>
    Sms,
}
