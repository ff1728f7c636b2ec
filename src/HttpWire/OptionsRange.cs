namespace CustomerJourney.DependencyInjection.Internal;

/// <summary>
/// The one style of every validation message: the configuration key to fix, then what it must be
/// (<c>CustomerJourney:DataCloud:PageSize must be between 1 and 1000.</c>), never the value given (a
/// secret pasted into the wrong key must not reach a log). The HTTP packages compile this file in;
/// the core package keeps its own copy: packages share no internals.
/// </summary>
internal static class OptionsRange
{
    /// <summary>Adds a failure when a value is outside its range.</summary>
    public static void Check(List<string> failures, string key, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            failures.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{key} must be between {min} and {max}."));
        }
    }

    /// <summary>The deadlines every HTTP source has: the whole lookup's, one attempt's, the first back-off.</summary>
    public static void CheckDeadlines(List<string> failures, string prefix, TimeSpan timeout, TimeSpan attemptTimeout, TimeSpan retryDelay)
    {
        if (timeout < TimeSpan.FromMilliseconds(10) || timeout > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{prefix}:Timeout must be between 10 ms and 5 minutes.");
        }

        if (attemptTimeout < TimeSpan.FromMilliseconds(10) || attemptTimeout > timeout)
        {
            failures.Add($"{prefix}:AttemptTimeout must be at least 10 ms and at most {prefix}:Timeout.");
        }

        if (retryDelay < TimeSpan.Zero || retryDelay > TimeSpan.FromSeconds(30))
        {
            failures.Add($"{prefix}:RetryDelay must be between 0 and 30 seconds.");
        }
    }
}
