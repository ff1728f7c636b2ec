namespace CustomerJourney.DependencyInjection.Internal;

/// <summary>
/// The one style of every validation message: the configuration key to fix, then what it must be
/// (<c>CustomerJourney:DataCloud:PageSize must be between 1 and 1000.</c>), never the value given (a
/// secret pasted into the wrong key must not reach a log). Each package keeps its own copy:
/// packages share no internals.
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
}
