using CustomerJourney.Sources.GenesysCloud;
using Microsoft.Extensions.Options;

namespace CustomerJourney.DependencyInjection.Internal;

/// <summary>
/// The source's settings, checked when the host starts if it is used: a region or both base
/// addresses, the credentials, sane deadlines and limits. Messages name the key to fix and never
/// repeat a value (a secret pasted into <c>Region</c> is not echoed).
/// </summary>
internal sealed class GenesysCloudOptionsRules(IEnumerable<IConfigureOptions<CustomerJourneyOptions>> configures, IEnumerable<IPostConfigureOptions<CustomerJourneyOptions>> postConfigures) : IValidateOptions<GenesysCloudOptions>
{
    private const string Prefix = $"{CustomerJourneyOptions.SectionName}:{GenesysCloudSource.SourceName}";

    public ValidateOptionsResult Validate(string? name, GenesysCloudOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        IList<string> sources = ConfiguredSources.Of(configures, postConfigures);
        if (sources.Count > 0 && !sources.Contains(GenesysCloudSource.SourceName, StringComparer.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        bool overridden = options.ApiBaseAddress is not null || options.LoginBaseAddress is not null;
        if (overridden)
        {
            foreach ((string key, Uri? address) in new[] { ("ApiBaseAddress", options.ApiBaseAddress), ("LoginBaseAddress", options.LoginBaseAddress) })
            {
                if (address is not { IsAbsoluteUri: true } || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
                {
                    failures.Add($"{Prefix}:{key} must be an absolute http(s) address when either base address is set (both override the region).");
                }
            }
        }
        else if (GenesysCloudRegion.DomainOf(options.Region) is null)
        {
            failures.Add($"{Prefix}:Region must be a region ({string.Join(", ", GenesysCloudRegion.Names)}) or an environment domain such as mypurecloud.ie; or set ApiBaseAddress and LoginBaseAddress.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add($"{Prefix}:ClientId is required when GenesysCloud is used.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add($"{Prefix}:ClientSecret is required when GenesysCloud is used.");
        }

        OptionsRange.CheckDeadlines(failures, Prefix, options.Timeout, options.AttemptTimeout, options.RetryDelay);

        if (options.NameCacheLifetime < TimeSpan.FromSeconds(1) || options.NameCacheLifetime > TimeSpan.FromDays(7))
        {
            failures.Add($"{Prefix}:NameCacheLifetime must be between 1 second and 7 days.");
        }

        OptionsRange.Check(failures, $"{Prefix}:MaxRetries", options.MaxRetries, 0, 10);
        OptionsRange.Check(failures, $"{Prefix}:PageSize", options.PageSize, 1, 200);
        OptionsRange.Check(failures, $"{Prefix}:MaxPages", options.MaxPages, 1, 1_000);
        OptionsRange.Check(failures, $"{Prefix}:MaxResponseBytes", options.MaxResponseBytes, 1_024, 256 * 1024 * 1024);
        OptionsRange.Check(failures, $"{Prefix}:NameCacheSize", options.NameCacheSize, 1, 1_000_000);
        OptionsRange.Check(failures, $"{Prefix}:RequestsPerMinute", options.RequestsPerMinute, 1, 100_000);
        OptionsRange.Check(failures, $"{Prefix}:MaxConnections", options.MaxConnections, 1, 1_000);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
