namespace CustomerJourney.Sources.Http;

/// <summary>Base-address handling shared by the HTTP sources.</summary>
internal static class HttpSourceAddress
{
    /// <summary>The base address with a trailing slash, so relative paths resolve under it, not beside it.</summary>
    public static Uri Normalize(Uri baseAddress)
    {
        if (!baseAddress.IsAbsoluteUri || (baseAddress.Scheme != Uri.UriSchemeHttps && baseAddress.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("A source's BaseAddress must be an absolute http(s) address.", nameof(baseAddress));
        }

        return baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");
    }

    /// <summary>Whether an address is on the base address's scheme, host and port, under its path.</summary>
    public static bool IsUnder(Uri address, Uri baseAddress) =>
        Uri.Compare(address, baseAddress, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
        && address.AbsolutePath.StartsWith(baseAddress.AbsolutePath, StringComparison.Ordinal);
}
