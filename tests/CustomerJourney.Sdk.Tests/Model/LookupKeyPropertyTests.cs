using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;

namespace CustomerJourney.Model;

/// <summary>
/// Lookup keys against generated hostile input (R1): whatever the input, parsing never throws, an
/// accepted key obeys the documented rules, invisible marks never change a number, and a mask shows
/// nothing beyond what it means to keep.
/// </summary>
public partial class LookupKeyPropertyTests
{
    // Characters an attacker, a copy-paste or a broken system puts in a key.
    private static readonly char[] s_hostile =
    [
        .. "abcdeXYZ0123456789+-.() @_'%&?#,;:<>[]\\\"!$*/=^`{|}~",
        '\0', '\u0001', '\u0007', '\u001B', '\u007F', '\t', '\n', '\r', '\u00A0', '\u3000',
        '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', // bidi
        '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', // zero-width, soft hyphen
        '\uD800', '\uDBFF', '\uDC00', '\uDFFF', // lone surrogates
        'é', 'ß', 'İ', 'ı', 'ü', '中', '\u0663', '\uFF13', '\uE000', '\uFFFF',
    ];

    private static readonly string[] s_regions = ["US", "GB", "FR", "DE", "JP", "IN", "BR", "XX", "", "us"];

    private static readonly Gen<string> s_hostileText = Gen.Char[new string(s_hostile)].Array[0, 60].Select(c => new string(c));

    // Valid keys with hostile characters put anywhere in them.
    private static readonly Gen<string> s_mutatedKeys =
        Gen.Select(
            Gen.OneOf("+1 (415) 555-0100", "dana.reyes@example.com", "+44 20 7946 0958", "Zoë@Müller.de", "0612345678", "+81 3-1234-5678", "o'brien@example.co.uk"),
            Gen.Select(Gen.Int[0, 40], Gen.Char[new string(s_hostile)]).Array[0, 6])
        .Select((key, inserts) =>
        {
            var text = new System.Text.StringBuilder(key);
            foreach ((int at, char c) in inserts)
            {
                text.Insert(Math.Min(at, text.Length), c);
            }

            return text.ToString();
        });

    private static readonly Gen<string> s_inputs = Gen.OneOf(s_hostileText, s_mutatedKeys);

    [GeneratedRegex(@"^\+[1-9][0-9]{1,14}$")]
    private static partial Regex E164();

    [GeneratedRegex(@"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})$")]
    private static partial Regex AsciiDomain();

    [Fact]
    public void R1_TryParse_AnyInputAnyRegion_NeverThrowsAndAcceptsOnlyKeysOfTheDocumentedForm()
    {
        Gen.Select(s_inputs, Gen.OneOf(s_regions)).Sample((input, region) =>
        {
            if (!LookupKey.TryParse(input, region, out LookupKey key, out LookupKeyError error))
            {
                return error != LookupKeyError.None && key.IsEmpty;
            }

            return key.Kind switch
            {
                LookupKeyKind.Phone => E164().IsMatch(key.Value),
                LookupKeyKind.Email => IsDocumentedAddress(key.Value),
                _ => false,
            };
        }, iter: 20_000);
    }

    [Fact]
    public void R1_FormatCharacters_InsertedAnywhereInANumber_NeverChangeItsKey()
    {
        char[] format = [.. s_hostile.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)];
        Gen.Select(Gen.OneOf("+1 (415) 555-0100", "(415) 555-0100", "+44 20 7946 0958", "+33 6 12 34 56 78"), Gen.Select(Gen.Int[0, 30], Gen.Char[new string(format)]).Array[1, 8])
            .Sample((number, inserts) =>
            {
                var text = new System.Text.StringBuilder(number);
                foreach ((int at, char c) in inserts)
                {
                    text.Insert(Math.Min(at, text.Length), c);
                }

                return LookupKey.Parse(text.ToString(), "US") == LookupKey.Parse(number, "US");
            }, iter: 2_000);
    }

    [Fact]
    public void R1_ControlOrFormatCharacters_InsideAnAddress_AreRefused()
    {
        char[] hidden = [.. s_hostile.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate)];
        Gen.Select(Gen.Int[1, 20], Gen.Char[new string(hidden)]).Sample((at, c) =>
        {
            string address = "dana.reyes@example.com".Insert(at, c.ToString());
            return !LookupKey.TryParse(address, "US", out _, out _);
        }, iter: 2_000);
    }

    [Fact]
    public void Masks_OfAnyInput_ShowNoCharacterBeyondWhatTheyKeep()
    {
        s_inputs.Sample(input =>
        {
            string email = PersonalDataMask.Email(input);
            string phone = PersonalDataMask.Phone(input);
            string id = PersonalDataMask.Id(input);
            return IsEmailMaskOf(email, input) && IsPositionalMaskOf(phone, input, [1, 2, input.Length - 2, input.Length - 1], char.IsAsciiDigit, plus: true)
                && IsPositionalMaskOf(id, input, input.Length > 4 ? [0, 1] : [], char.IsAsciiLetterOrDigit, plus: false);
        }, iter: 20_000);
    }

    [Fact]
    public void ToString_OfAnyAcceptedKey_ShowsNoCharacterBeyondWhatTheMaskKeeps()
    {
        s_inputs.Sample(input =>
            !LookupKey.TryParse(input, "US", out LookupKey key, out _)
            || (key.Kind == LookupKeyKind.Email ? IsEmailMaskOf(key.ToString(), key.Value) : IsPositionalMaskOf(key.ToString(), key.Value, [1, 2, key.Value.Length - 2, key.Value.Length - 1], char.IsAsciiDigit, plus: true)),
            iter: 10_000);
    }

    // The documented rules (docs/rules.md, R1), written again independently of the parser.
    private static bool IsDocumentedAddress(string value)
    {
        int at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || value.LastIndexOf('@') != at || value.Length > 254)
        {
            return false;
        }

        string local = value[..at];
        string domain = value[(at + 1)..];
        bool localOk = local.Length <= 64 && !local.StartsWith('.') && !local.EndsWith('.') && !local.Contains("..", StringComparison.Ordinal)
            && local.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || ".!#$%&'*+-/=?^_`{|}~".Contains(c, StringComparison.Ordinal)
                || (c > '\x7F' && (char.IsLetter(c) || char.IsDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)));
        return localOk && AsciiDomain().IsMatch(domain) && domain.Split('.').All(l => l.Length <= 63);
    }

    private static bool IsEmailMaskOf(string mask, string input)
    {
        if (!Regex.IsMatch(mask, @"^[A-Za-z0-9*]\*\*\*@\*\*\*(\.[A-Za-z]{2,63})?$"))
        {
            return input.Length == 0 && mask.Length == 0;
        }

        bool firstOk = mask[0] == '*' || (input.Length > 0 && mask[0] == input[0]);
        int dot = mask.IndexOf('.', StringComparison.Ordinal);
        bool topLevelOk = dot < 0 || input.EndsWith(mask[dot..], StringComparison.Ordinal);
        return firstOk && topLevelOk;
    }

    private static bool IsPositionalMaskOf(string mask, string input, int[] kept, Func<char, bool> keepable, bool plus)
    {
        if (mask.Length != input.Length)
        {
            return false;
        }

        for (int i = 0; i < mask.Length; i++)
        {
            bool allowed = mask[i] == '*'
                || (plus && i == 0 && mask[i] == '+' && input[0] == '+' && input.Length > 5)
                || (input.Length > 5 - (plus ? 0 : 1) && kept.Contains(i) && keepable(mask[i]) && mask[i] == input[i]);
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }
}
