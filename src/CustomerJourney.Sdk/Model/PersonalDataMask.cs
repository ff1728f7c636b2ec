namespace CustomerJourney.Model;

/// <summary>Masks personal data for logs and <c>ToString()</c>: enough to tell keys apart, not to use them.</summary>
internal static class PersonalDataMask
{
    private const char Hidden = '*';

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

        return string.Concat(e164.AsSpan(0, 3), new string(Hidden, e164.Length - 5), e164.AsSpan(e164.Length - 2));
    }

    /// <summary>Masks an opaque identifier (a web visitor id): its first two characters and its length survive.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The masked identifier.</returns>
    public static string Id(string? id) =>
        string.IsNullOrEmpty(id) ? string.Empty : id.Length <= 4 ? new string(Hidden, id.Length) : string.Concat(id.AsSpan(0, 2), new string(Hidden, id.Length - 2));

    /// <summary>Keeps the first letter of the local part and the top-level domain: <c>d***@***.com</c>.</summary>
    public static string Email(string? address)
    {
        if (string.IsNullOrEmpty(address))
        {
            return string.Empty;
        }

        int at = address.IndexOf('@', StringComparison.Ordinal);
        int dot = address.LastIndexOf('.');
        string first = at > 0 ? address[..1] : string.Empty;
        string tld = dot > at && at >= 0 ? address[dot..] : string.Empty;
        return first + "***@***" + tld;
    }
}
