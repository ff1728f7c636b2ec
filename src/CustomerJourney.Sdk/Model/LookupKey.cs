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
/// read <see cref="Value"/> to send the key to a source. Serialized to JSON by reflection, it is
/// written masked too.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Json.MaskedLookupKeyConverter))]
public readonly struct LookupKey : IEquatable<LookupKey>
{
    private const int MaxEmailLength = 254;
    private const int MaxLocalPartLength = 64;
    private const int MaxE164Digits = 15;
    private const int MaxWebIdLength = 256;

    // STD3 rules: a domain's ASCII labels are letters, digits and hyphens only (no ',', ';', '&', '%'...).
    private static readonly IdnMapping s_idn = new() { UseStd3AsciiRules = true };

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
    /// <exception cref="InvalidLookupKeyException">The id is empty, longer than 256 characters, or holds white space, control or format characters or a lone surrogate.</exception>
    public static LookupKey ForWebId(string webId)
    {
        ArgumentNullException.ThrowIfNull(webId);
        string trimmed = webId.Trim();
        return trimmed.Length switch
        {
            0 => throw new InvalidLookupKeyException(LookupKeyError.Empty),
            > MaxWebIdLength => throw new InvalidLookupKeyException(LookupKeyError.TooLong),
            _ when trimmed.Any(c => char.IsWhiteSpace(c) || IsHidden(c)) => throw new InvalidLookupKeyException(LookupKeyError.InvalidWebId),
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

    // Control and format characters (bidi marks, zero-width characters) and lone surrogates: invisible, or not text at all.
    private static bool IsHidden(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;

    private static LookupKeyError TryNormalizePhone(string input, string defaultRegion, out LookupKey key)
    {
        key = default;
        PhoneNumberUtil util = PhoneNumberUtil.GetInstance();
        string region = (defaultRegion ?? string.Empty).Trim().ToUpperInvariant();

        // Numbers copied from web pages and phone apps carry invisible marks (LRM, RLM, bidi
        // isolates, zero-width spaces) around and inside them: they are not part of the number.
        if (input.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format))
        {
            input = string.Concat(input.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format));
        }

        // Any other invisible character (NUL, escape codes, a lone surrogate) is no part of a number.
        if (input.Any(c => !char.IsWhiteSpace(c) && IsHidden(c)))
        {
            return LookupKeyError.NotANumber;
        }

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
        if (error != LookupKeyError.None)
        {
            return error;
        }

        // E.164 allows 15 digits, country code included; the metadata of some regions allows more.
        string e164 = util.Format(number, PhoneNumberFormat.E164);
        if (e164.Length - 1 > MaxE164Digits)
        {
            return LookupKeyError.TooLong;
        }

        key = new LookupKey(LookupKeyKind.Phone, e164);
        return LookupKeyError.None;
    }

    /// <summary>
    /// The address rules (docs/rules.md, R1): a dot-atom local part of at most 64 characters
    /// (RFC 5322 atext, and letters, marks and digits of any script, RFC 6531), no quoted or
    /// escaped local part; a domain of at least two labels of letters, digits and hyphens after
    /// IDN conversion, whose top-level label is alphabetic (or punycode); no control or format
    /// characters or lone surrogates anywhere (white space and format characters at the ends are
    /// trimmed); at most 254 characters.
    /// </summary>
    private static LookupKeyError TryNormalizeEmail(string input, out LookupKey key)
    {
        key = default;
        string address = input.Trim().Trim(FormatCharacters(input)).Trim();
        int at = address.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != address.LastIndexOf('@') || at == address.Length - 1 || address.Length > MaxEmailLength
            || address.Any(c => char.IsWhiteSpace(c) || IsHidden(c)))
        {
            return LookupKeyError.InvalidEmail;
        }

        string local = address[..at];
        string domain = address[(at + 1)..];
        domain = domain.EndsWith('.') ? domain[..^1] : domain;
        if (!IsDotAtom(local) || domain.Length == 0)
        {
            return LookupKeyError.InvalidEmail;
        }

        try
        {
            domain = s_idn.GetAscii(domain).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return LookupKeyError.InvalidEmail;
        }

        string[] labels = domain.Split('.');
        string topLevel = labels[^1];
        bool alphabeticTopLevel = topLevel.All(char.IsAsciiLetter) || (topLevel.StartsWith("xn--", StringComparison.Ordinal) && topLevel.Length > 4);
        if (labels.Length < 2 || labels.Any(l => l.Length is 0 or > 63) || topLevel.Length < 2 || !alphabeticTopLevel)
        {
            return LookupKeyError.InvalidEmail;
        }

        // Every mainstream provider treats the local part case-insensitively; one customer, one key.
        string normalised = local.ToLowerInvariant() + "@" + domain;
        if (normalised.Length > MaxEmailLength)
        {
            return LookupKeyError.InvalidEmail;
        }

        key = new LookupKey(LookupKeyKind.Email, normalised);
        return LookupKeyError.None;
    }

    private static char[] FormatCharacters(string input) =>
        [.. input.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format).Distinct()];

    // RFC 5322 dot-atom over atext, widened to letters, marks and digits of any script (RFC 6531).
    private static bool IsDotAtom(string local)
    {
        if (local.Length > MaxLocalPartLength || local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (char c in local)
        {
            bool atext = char.IsAsciiLetterOrDigit(c) || c == '.' || "!#$%&'*+-/=?^_`{|}~".Contains(c, StringComparison.Ordinal)
                || (c > '\x7F' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
                    or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                    or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber);
            if (!atext)
            {
                return false;
            }
        }

        return true;
    }
}
