namespace CustomerJourney.Model;

/// <summary>Why an input is not a usable lookup key.</summary>
public enum LookupKeyError
{
    /// <summary>The input is a valid key.</summary>
    None = 0,

    /// <summary>The input is empty or white space.</summary>
    Empty,

    /// <summary>The default region is not an ISO 3166 alpha-2 region known to the phone-number metadata.</summary>
    UnknownRegion,

    /// <summary>The input does not look like a phone number.</summary>
    NotANumber,

    /// <summary>The number starts with a country calling code that does not exist.</summary>
    InvalidCountryCode,

    /// <summary>The number has too few digits for its country.</summary>
    TooShort,

    /// <summary>The number has too many digits for its country.</summary>
    TooLong,

    /// <summary>The number has a possible length but cannot be a number of its country.</summary>
    NotPossible,

    /// <summary>The input contains an '@' but is not a well-formed e-mail address (the rules are in docs/rules.md, R1).</summary>
    InvalidEmail,

    /// <summary>The web visitor id holds white space, control or format characters, or a lone surrogate.</summary>
    InvalidWebId,
}
