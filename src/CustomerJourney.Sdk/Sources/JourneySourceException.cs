namespace CustomerJourney.Sources;

/// <summary>
/// A source could not answer (credentials refused, malformed response, a page loop). The journey
/// client reports it as that source's failure and keeps the other sources' data.
/// </summary>
public class JourneySourceException : CustomerJourneyException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sourceName">The source that failed.</param>
    /// <param name="message">What failed, free of personal data: it is shown to hosts and logged.</param>
    /// <param name="innerException">The cause, if any.</param>
    public JourneySourceException(string sourceName, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        SourceName = sourceName;
    }

    /// <summary>The name of the source that failed.</summary>
    public string SourceName { get; }
}
