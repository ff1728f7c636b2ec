namespace CustomerJourney.Indicators;

/// <summary>The icon a widget draws for an interaction (R11).</summary>
public enum InteractionIcon
{
    /// <summary>An interaction on a channel the SDK does not know.</summary>
    Other = 0,

    /// <summary>A call icon (Home, Work and Office numbers, or a call on an unknown number).</summary>
    Call,

    /// <summary>A mobile-phone icon (Mobile number).</summary>
    Mobile,

    /// <summary>An SMS icon.</summary>
    Sms,

    /// <summary>An e-mail icon.</summary>
    Email,

    /// <summary>A chat icon.</summary>
    Chat,

    /// <summary>A messaging conversation: web messaging or a messaging app (WhatsApp, LINE, Twitter/X, Facebook Messenger).</summary>
    Message,

    /// <summary>A visit to the web site.</summary>
    WebVisit,
}
