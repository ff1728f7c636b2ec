using System.Globalization;
using PhoneNumbers;

namespace CustomerJourney.Model;

/// <summary>
/// The key a journey is looked up by: a phone number normalised to E.164, or an e-mail address
/// normalised to lower case with an ASCII (punycode) domain (R1). Two inputs that name the same
/// customer give equal keys: <c>"(415) 555-0100"</c>, <c>"+1 415-555-0100"</c> and
/// <c>"14155550100"</c> with default region <c>US</c> are all <c>+14155550100</c>.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> masks the value, so a key that reaches a log does not leak it;
/// read <see cref="Value"/> to send the key to a source.
/// </remarks>
public readonly struct LookupKey : IEquatable<LookupKey>
{
    private const int MaxEmailLength = 254;
    private static readonly IdnMapping s_idn = new();

    private readonly string? _value;

    private LookupKey(LookupKeyKind kind, string value)
    {
        Kind = kind;
        _value = value;
    }

    /// <summary>Whether the key is a phone number or an e-mail address; <see cref="LookupKeyKind.None"/> for <c>default</c>.</summary>
    public LookupKeyKind Kind { get; }

    /// <summary>The normalised key: E.164 (<c>+14155550100</c>) or a lower-case e-mail address.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is the default, empty key.</summary>
    public bool IsEmpty => Kind == LookupKeyKind.None;

    /// <summary>
    /// Parses a phone number or, when the input contains '@', an e-mail address.
    /// </summary>
    /// <param name="input">What the host has: a dialled or calling number in any common format, or an e-mail address.</param>
    /// <param name="defaultRegion">The ISO 3166 alpha-2 region for numbers written without a country code (e.g. <c>US</c>).</param>
    /// <returns>The normalised key.</returns>
    /// <exception cref="InvalidLookupKeyException">The input is not a usable key; <see cref="InvalidLookupKeyException.Error"/> says why.</exception>
    public static LookupKey Parse(string input, string defaultRegion) =>
        TryParse(input, defaultRegion, out LookupKey key, out LookupKeyError error) ? key : throw new InvalidLookupKeyException(error);

    /// <summary>
    /// Tries to parse a phone number or, when the input contains '@', an e-mail address.
    /// </summary>
    /// <param name="input">A dialled or calling number in any common format, or an e-mail address.</param>
    /// <param name="defaultRegion">The ISO 3166 alpha-2 region for numbers written without a country code (e.g. <c>US</c>).</param>
    /// <param name="key">The normalised key, or <c>default</c> when parsing failed.</param>
    /// <param name="error">Why parsing failed, or <see cref="LookupKeyError.None"/>.</param>
    /// <returns>Whether the input is a usable key.</returns>
    public static bool TryParse(string? input, string defaultRegion, out LookupKey key, out LookupKeyError error)
    {
        key = default;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = LookupKeyError.Empty;
            return false;
        }

        error = input.Contains('@', StringComparison.Ordinal)
            ? TryNormalizeEmail(input, out key)
            : TryNormalizePhone(input, defaultRegion, out key);
        return error == LookupKeyError.None;
    }

    /// <summary>Creates a key from a phone number.</summary>
    /// <param name="input">The number in any common format.</param>
    /// <param name="defaultRegion">The ISO 3166 alpha-2 region for numbers written without a country code.</param>
    /// <returns>The E.164 key.</returns>
    /// <exception cref="InvalidLookupKeyException">The input is not a possible phone number.</exception>
    public static LookupKey ForPhone(string input, string defaultRegion)
    {
        ArgumentNullException.ThrowIfNull(input);
        LookupKey key = default;
        LookupKeyError error = string.IsNullOrWhiteSpace(input) ? LookupKeyError.Empty : TryNormalizePhone(input, defaultRegion, out key);
        return error == LookupKeyError.None ? key : throw new InvalidLookupKeyException(error);
    }

    /// <summary>Creates a key from an e-mail address.</summary>
    /// <param name="input">The address.</param>
    /// <returns>The normalised key.</returns>
    /// <exception cref="InvalidLookupKeyException">The input is not a well-formed address.</exception>
    public static LookupKey ForEmail(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        LookupKey key = default;
        LookupKeyError error = string.IsNullOrWhiteSpace(input) ? LookupKeyError.Empty : TryNormalizeEmail(input, out key);
        return error == LookupKeyError.None ? key : throw new InvalidLookupKeyException(error);
    }

    /// <summary>Creates a key from a web visitor id (a cookie value): kept as given, trimmed.</summary>
    /// <param name="webId">The visitor id.</param>
    /// <returns>The key.</returns>
    /// <exception cref="InvalidLookupKeyException">The id is empty or longer than 256 characters.</exception>
    public static LookupKey ForWebId(string webId)
    {
        ArgumentNullException.ThrowIfNull(webId);
        string trimmed = webId.Trim();
        return trimmed.Length switch
        {
            0 => throw new InvalidLookupKeyException(LookupKeyError.Empty),
            > 256 => throw new InvalidLookupKeyException(LookupKeyError.TooLong),
            _ => new LookupKey(LookupKeyKind.WebId, trimmed),
        };
    }

    /// <inheritdoc/>
    public bool Equals(LookupKey other) => Kind == other.Kind && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is LookupKey other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode(Value));

    /// <summary>The key with most of it masked (<c>+14*******00</c>, <c>d***@***.com</c>), safe for logs.</summary>
    /// <returns>The masked key.</returns>
    public override string ToString() => Kind switch
    {
        LookupKeyKind.Phone => PersonalDataMask.Phone(Value),
        LookupKeyKind.Email => PersonalDataMask.Email(Value),
        LookupKeyKind.WebId => PersonalDataMask.Id(Value),
        _ => string.Empty,
    };

    /// <summary>Compares two keys for equality.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>Whether both name the same customer.</returns>
    public static bool operator ==(LookupKey left, LookupKey right) => left.Equals(right);

    /// <summary>Compares two keys for inequality.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>Whether the keys differ.</returns>
    public static bool operator !=(LookupKey left, LookupKey right) => !left.Equals(right);

    private static LookupKeyError TryNormalizePhone(string input, string defaultRegion, out LookupKey key)
    {
        key = default;
        PhoneNumberUtil util = PhoneNumberUtil.GetInstance();
        string region = (defaultRegion ?? string.Empty).Trim().ToUpperInvariant();
        bool international = input.TrimStart().StartsWith('+');
        if (!international && !util.GetSupportedRegions().Contains(region))
        {
            return LookupKeyError.UnknownRegion;
        }

        PhoneNumber number;
        try
        {
            number = util.Parse(input, international ? "ZZ" : region);
        }
        catch (NumberParseException exception)
        {
            return exception.ErrorType switch
            {
                ErrorType.INVALID_COUNTRY_CODE => LookupKeyError.InvalidCountryCode,
                ErrorType.TOO_SHORT_AFTER_IDD or ErrorType.TOO_SHORT_NSN => LookupKeyError.TooShort,
                ErrorType.TOO_LONG => LookupKeyError.TooLong,
                _ => LookupKeyError.NotANumber,
            };
        }

        LookupKeyError error = util.IsPossibleNumberWithReason(number) switch
        {
            PhoneNumberUtil.ValidationResult.IS_POSSIBLE => LookupKeyError.None,
            PhoneNumberUtil.ValidationResult.INVALID_COUNTRY_CODE => LookupKeyError.InvalidCountryCode,
            PhoneNumberUtil.ValidationResult.TOO_SHORT => LookupKeyError.TooShort,
            PhoneNumberUtil.ValidationResult.TOO_LONG => LookupKeyError.TooLong,
            _ => LookupKeyError.NotPossible,
        };
        if (error == LookupKeyError.None)
        {
            key = new LookupKey(LookupKeyKind.Phone, util.Format(number, PhoneNumberFormat.E164));
        }

        return error;
    }

    private static LookupKeyError TryNormalizeEmail(string input, out LookupKey key)
    {
        key = default;
        string address = input.Trim();
        int at = address.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != address.LastIndexOf('@') || at == address.Length - 1 || address.Length > MaxEmailLength)
        {
            return LookupKeyError.InvalidEmail;
        }

        string local = address[..at];
        string domain = address[(at + 1)..].TrimEnd('.');
        if (local.Any(char.IsWhiteSpace) || domain.Any(char.IsWhiteSpace) || !domain.Contains('.', StringComparison.Ordinal)
            || domain.StartsWith('.') || domain.Contains("..", StringComparison.Ordinal) || local.Contains('<', StringComparison.Ordinal))
        {
            return LookupKeyError.InvalidEmail;
        }

        try
        {
            domain = s_idn.GetAscii(domain);
        }
        catch (ArgumentException)
        {
            return LookupKeyError.InvalidEmail;
        }

        // Every mainstream provider treats the local part case-insensitively; one customer, one key.
        key = new LookupKey(LookupKeyKind.Email, local.ToLowerInvariant() + "@" + domain.ToLowerInvariant());
        return LookupKeyError.None;
    }
}
