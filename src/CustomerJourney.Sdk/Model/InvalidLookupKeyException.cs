namespace CustomerJourney.Model;

/// <summary>
/// Thrown by <see cref="LookupKey.Parse(string, string)"/> when the input is not a usable key.
/// The message says what is wrong without repeating the input.
/// </summary>
public sealed class InvalidLookupKeyException : CustomerJourneyException
{
    /// <summary>Creates the exception for a parse error.</summary>
    /// <param name="error">Why the input was refused.</param>
    public InvalidLookupKeyException(LookupKeyError error)
        : base(Describe(error))
    {
        Error = error;
    }

    /// <summary>Why the input was refused.</summary>
    public LookupKeyError Error { get; }

    /// <summary>A sentence for each error, free of the input itself.</summary>
    /// <param name="error">The error.</param>
    /// <returns>The sentence.</returns>
    public static string Describe(LookupKeyError error) => error switch
    {
        LookupKeyError.None => "The key is valid.",
        LookupKeyError.Empty => "The lookup key is empty.",
        LookupKeyError.UnknownRegion => "The default region is not an ISO 3166 alpha-2 code known to the phone-number metadata.",
        LookupKeyError.NotANumber => "The lookup key is neither a phone number nor an e-mail address.",
        LookupKeyError.InvalidCountryCode => "The phone number starts with a country calling code that does not exist.",
        LookupKeyError.TooShort => "The phone number has too few digits.",
        LookupKeyError.TooLong => "The phone number has too many digits.",
        LookupKeyError.NotPossible => "The phone number cannot be a number of its country.",
        LookupKeyError.InvalidEmail => "The e-mail address is not well formed.",
        _ => "The lookup key is not valid.",
    };
}
