using System.Text.RegularExpressions;
using PhoneNumbers;

namespace CustomerJourney.Model;

/// <summary>
/// Masks a customer's keys in a text the SDK did not write (a custom source's exception message or
/// warning) before it reaches a status: the key in any form a message may quote it (E.164, digits,
/// URL-escaped, the national number with any separators: <c>(415) 555-0100</c>), the address in
/// any case, the web id, and any other e-mail address.
/// </summary>
internal static partial class KeyScrubber
{
    // A run of digits with the separators people write numbers with.
    [GeneratedRegex(@"[+(]?\d[\d\s().\-/\u00A0]{5,}\d", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex DigitRun();

    [GeneratedRegex(@"[^\s@<>()\[\],;:""']+@[^\s@<>()\[\],;:""']+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex AddressLike();

    /// <summary>The text with every form of the keys, and every address, masked.</summary>
    public static string Scrub(string text, IEnumerable<LookupKey> keys)
    {
        try
        {
            foreach (LookupKey key in keys)
            {
                text = key.Kind switch
                {
                    LookupKeyKind.Phone => ScrubPhone(text, key),
                    LookupKeyKind.Email => text.Replace(Uri.EscapeDataString(key.Value), key.ToString(), StringComparison.OrdinalIgnoreCase),
                    LookupKeyKind.WebId => text.Replace(key.Value, key.ToString(), StringComparison.OrdinalIgnoreCase).Replace(Uri.EscapeDataString(key.Value), key.ToString(), StringComparison.OrdinalIgnoreCase),
                    _ => text,
                };
            }

            return AddressLike().Replace(text, m => PersonalDataMask.Email(m.Value));
        }
        catch (RegexMatchTimeoutException)
        {
            // A text built to make the patterns crawl is not shown at all.
            return "(message withheld)";
        }
    }

    private static string ScrubPhone(string text, LookupKey key)
    {
        string masked = key.ToString();
        text = text.Replace(Uri.EscapeDataString(key.Value), masked, StringComparison.OrdinalIgnoreCase);
        string national = NationalNumber(key.Value);
        return DigitRun().Replace(text, run =>
        {
            string digits = string.Concat(run.Value.Where(char.IsAsciiDigit));
            return digits.Contains(national, StringComparison.Ordinal) ? masked : run.Value;
        });
    }

    private static string NationalNumber(string e164)
    {
        try
        {
            return PhoneNumberUtil.GetInstance().Parse(e164, "ZZ").NationalNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (NumberParseException)
        {
            return e164.TrimStart('+');
        }
    }
}
