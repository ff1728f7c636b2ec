namespace CustomerJourney;

/// <summary>
/// The base of every error the SDK raises on purpose. Messages never carry personal data
/// (phone numbers, e-mail addresses, agent comments, credentials), so they are safe to log.
/// </summary>
public class CustomerJourneyException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public CustomerJourneyException()
    {
    }

    /// <summary>Creates an exception with a message that must not contain personal data.</summary>
    /// <param name="message">What went wrong, free of personal data.</param>
    public CustomerJourneyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong, free of personal data.</param>
    /// <param name="innerException">The cause.</param>
    public CustomerJourneyException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
