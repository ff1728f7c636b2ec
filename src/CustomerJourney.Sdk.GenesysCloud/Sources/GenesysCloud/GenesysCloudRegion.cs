using System.Collections.Frozen;

namespace CustomerJourney.Sources.GenesysCloud;

/// <summary>
/// The org's two hosts from its region or environment domain: <c>eu_west_1</c> or
/// <c>mypurecloud.ie</c> → <c>https://api.mypurecloud.ie/</c> and <c>https://login.mypurecloud.ie/</c>.
/// </summary>
internal static class GenesysCloudRegion
{
    private static readonly FrozenDictionary<string, string> s_domains = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["us_east_1"] = "mypurecloud.com",
        ["us_east_2"] = "use2.us-gov-pure.cloud",
        ["us_west_2"] = "usw2.pure.cloud",
        ["ca_central_1"] = "cac1.pure.cloud",
        ["sa_east_1"] = "sae1.pure.cloud",
        ["mx_central_1"] = "mxc1.pure.cloud",
        ["eu_west_1"] = "mypurecloud.ie",
        ["eu_west_2"] = "euw2.pure.cloud",
        ["eu_central_1"] = "mypurecloud.de",
        ["eu_central_2"] = "euc2.pure.cloud",
        ["eusc_de_east_1"] = "edee1.eusc-pure.cloud",
        ["me_central_1"] = "mec1.pure.cloud",
        ["ap_south_1"] = "aps1.pure.cloud",
        ["ap_northeast_1"] = "mypurecloud.jp",
        ["ap_northeast_2"] = "apne2.pure.cloud",
        ["ap_northeast_3"] = "apne3.pure.cloud",
        ["ap_southeast_1"] = "apse1.pure.cloud",
        ["ap_southeast_2"] = "mypurecloud.com.au",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The known region names.</summary>
    public static IEnumerable<string> Names => s_domains.Keys.Order(StringComparer.Ordinal);

    /// <summary>The environment domain of a region name or of a domain itself; <see langword="null"/> when it is neither.</summary>
    public static string? DomainOf(string? region)
    {
        if (string.IsNullOrWhiteSpace(region))
        {
            return null;
        }

        string value = region.Trim();
        if (s_domains.TryGetValue(value, out string? domain))
        {
            return domain;
        }

        // An environment domain as the org knows it; the known ones, or one that looks like a host name.
        return s_domains.Values.Contains(value, StringComparer.OrdinalIgnoreCase)
            || (value.Contains('.', StringComparison.Ordinal) && Uri.CheckHostName(value) == UriHostNameType.Dns)
            ? value.ToLowerInvariant()
            : null;
    }

    /// <summary>The API and login base addresses: the overrides when both are set, else the region's.</summary>
    public static (Uri Api, Uri Login)? HostsOf(GenesysCloudOptions options)
    {
        if (options.ApiBaseAddress is { IsAbsoluteUri: true } api && options.LoginBaseAddress is { IsAbsoluteUri: true } login)
        {
            return (WithSlash(api), WithSlash(login));
        }

        return DomainOf(options.Region) is { } domain
            ? (new Uri($"https://api.{domain}/"), new Uri($"https://login.{domain}/"))
            : null;
    }

    private static Uri WithSlash(Uri address) => address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
}
