using System.Net;

namespace CustomerJourney.Sources.Http;

/// <summary>
/// One attempt of an HTTP source failed in a way worth another (408, 429, 5xx, an attempt timeout,
/// a connection refused or lost, before or during the body). The page reader retries it while
/// retries and the lookup's deadline allow, then reports it.
/// </summary>
internal sealed class TransientSourceException(string sourceName, string message, Exception? innerException = null)
    : JourneySourceException(sourceName, message, innerException)
{
    /// <summary>The status the API answered, when it answered.</summary>
    public HttpStatusCode? Status { get; init; }

    /// <summary>The wait the API asked for before the next attempt, if it asked.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>What the host is told when retries run out: a timeout stays a timeout.</summary>
    public Exception Final => InnerException as TimeoutException ?? (Exception)this;
}
