using System.Buffers;

namespace CustomerJourney.Model;

/// <summary>
/// Masks personal data for logs and <c>ToString()</c>: enough to tell keys apart, not to use them.
/// Whatever the input, a mask shows no character of it beyond the few it means to keep, and keeps
/// those only when they are plain ASCII letters or digits.
/// </summary>
internal static class PersonalDataMask
{
    private const char Hidden = '*';

    private static readonly SearchValues<char> s_asciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>Keeps the '+', the first two and the last two digits: <c>+14155550100</c> → <c>+14*******00</c>.</summary>
    public static string Phone(string? e164)
    {
        if (string.IsNullOrEmpty(e164))
        {
            return string.Empty;
        }

        if (e164.Length <= 5)
        {
            return new string(Hidden, e164.Length);
        }

        return string.Create(e164.Length, e164, static (masked, value) =>
        {
            masked.Fill(Hidden);
            masked[0] = value[0] == '+' ? '+' : Hidden;
            foreach (int i in (ReadOnlySpan<int>)[1, 2, value.Length - 2, value.Length - 1])
            {
                masked[i] = char.IsAsciiDigit(value[i]) ? value[i] : Hidden;
            }
        });
    }

    /// <summary>Masks an opaque identifier (a web visitor id): its first two characters (when letters or digits) and its length survive.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The masked identifier.</returns>
    public static string Id(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return string.Empty;
        }

        return string.Create(id.Length, id, static (masked, value) =>
        {
            masked.Fill(Hidden);
            for (int i = 0; i < 2 && value.Length > 4; i++)
            {
                masked[i] = char.IsAsciiLetterOrDigit(value[i]) ? value[i] : Hidden;
            }
        });
    }

    /// <summary>
    /// Keeps the first character of the local part and the top-level domain, each only when it is
    /// plain ASCII (a letter or digit; letters only, 2 to 63, for the domain): <c>d***@***.com</c>.
    /// </summary>
    public static string Email(string? address)
    {
        if (string.IsNullOrEmpty(address))
        {
            return string.Empty;
        }

        int at = address.IndexOf('@', StringComparison.Ordinal);
        int dot = address.LastIndexOf('.');
        char first = at > 0 && char.IsAsciiLetterOrDigit(address[0]) ? address[0] : Hidden;
        ReadOnlySpan<char> topLevel = dot > at && at >= 0 ? address.AsSpan(dot + 1) : [];
        bool showTopLevel = topLevel.Length is >= 2 and <= 63 && !topLevel.ContainsAnyExcept(s_asciiLetters);
        return showTopLevel ? string.Concat([first], "***@***.", topLevel) : first + "***@***";
    }

}
