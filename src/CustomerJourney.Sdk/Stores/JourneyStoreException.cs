using CustomerJourney.Sources;

namespace CustomerJourney.Stores;

/// <summary>
/// A journey store could not be used: missing, not a journey store, corrupt, locked, too new,
/// unreachable or refusing the credentials. Its message never holds a connection string, a
/// password or a customer's identifier.
/// </summary>
public sealed class JourneyStoreException : JourneySourceException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sourceName">The store's source name.</param>
    /// <param name="error">What is wrong.</param>
    /// <param name="message">A message free of personal data and secrets.</param>
    /// <param name="innerException">The database driver's error, if any.</param>
    public JourneyStoreException(string sourceName, JourneyStoreError error, string message, Exception? innerException = null)
        : base(sourceName, message, innerException)
    {
        Error = error;
    }

    /// <summary>What is wrong.</summary>
    public JourneyStoreError Error { get; }
}
