namespace CustomerJourney.Model;

/// <summary>The channel an interaction took place on.</summary>
public enum Channel
{
    /// <summary>The source sent no channel, or one the SDK does not know.</summary>
    Unknown = 0,

    /// <summary>A voice call.</summary>
    Voice,

    /// <summary>A text message.</summary>
    Sms,

    /// <summary>An e-mail.</summary>
    Email,

    /// <summary>A chat conversation.</summary>
    Chat,
}
