namespace CustomerJourney.Model;

/// <summary>
/// The contact point an interaction used (the Campaign Manager's <c>mode</c>, the Data Cloud's
/// <c>contactMode</c>). Home, Work, Mobile and Office are voice numbers; Sms and Email are messages.
/// </summary>
public enum ContactMode
{
    /// <summary>The source sent no mode, or one the SDK does not know.</summary>
    Unknown = 0,

    /// <summary>The customer's home number.</summary>
    Home,

    /// <summary>The customer's work number.</summary>
    Work,

    /// <summary>The customer's mobile number.</summary>
    Mobile,

    /// <summary>The customer's office number.</summary>
    Office,

    /// <summary>A text message.</summary>
    Sms,

    /// <summary>An e-mail.</summary>
    Email,
}
