using CustomerJourney.Sources.CampaignManager;
using CustomerJourney.Sources.DataCloud;
using CustomerJourney.Sources.Http;
using Microsoft.Extensions.Options;
using PhoneNumbers;

namespace CustomerJourney.DependencyInjection.Internal;

/// <summary>
/// The checks annotations cannot express: known, unique source names; credentials and a base
/// address for each HTTP source in use; a time zone and a region this machine knows; sane deadlines.
/// Messages name the configuration key to fix and never repeat a secret.
/// </summary>
internal sealed class CustomerJourneyOptionsRules(IEnumerable<SourceRegistration> registrations) : IValidateOptions<CustomerJourneyOptions>
{
    private const string Section = CustomerJourneyOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, CustomerJourneyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        SourceRegistration[] known = [.. registrations];
        IReadOnlyList<string> enabled = SourceRegistration.Enabled(options, known);

        if (enabled.Count == 0)
        {
            failures.Add($"{Section}:Sources lists no source; add CampaignManager, DataCloud, Sqlite or a source of your own.");
        }

        // Values are never quoted back (a secret pasted into the wrong key must not reach a log):
        // the key to fix is named instead.
        for (int i = 0; i < enabled.Count; i++)
        {
            if (SourceRegistration.Find(known, enabled[i]) is null)
            {
                string names = string.Join(", ", known.Select(r => r.Name).Distinct(StringComparer.OrdinalIgnoreCase));
                failures.Add($"{Section}:Sources:{i} is not a known source (known: {names}).");
            }

            int first = IndexOf(enabled, enabled[i]);
            if (first < i)
            {
                failures.Add($"{Section}:Sources:{i} names the same source as {Section}:Sources:{first}.");
            }
        }
        if (Uses(enabled, CampaignManagerSource.SourceName))
        {
            CheckHttpSource(failures, CampaignManagerSource.SourceName, options.CampaignManager, options.CampaignManager.Token, "Token");
        }

        if (Uses(enabled, DataCloudSource.SourceName))
        {
            CheckHttpSource(failures, DataCloudSource.SourceName, options.DataCloud, options.DataCloud.ApiKey, "ApiKey");
        }

        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone ?? string.Empty);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            failures.Add($"{Section}:TimeZone is not a time zone this machine knows; use an IANA id such as 'America/New_York'.");
        }

        if (!PhoneNumberUtil.GetInstance().GetSupportedRegions().Contains((options.DefaultRegion ?? string.Empty).ToUpperInvariant()))
        {
            failures.Add($"{Section}:DefaultRegion is not an ISO 3166 alpha-2 region (e.g. 'US').");
        }

        if (options.SourceTimeout <= TimeSpan.Zero || options.SourceTimeout > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{Section}:SourceTimeout must be between 0 and 5 minutes.");
        }

        if (options.IdleAfter <= TimeSpan.Zero || options.InactiveAfter < options.IdleAfter)
        {
            failures.Add($"{Section}:IdleAfter must be positive and {Section}:InactiveAfter not shorter than it.");
        }

        if (options.WatchPollInterval <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:WatchPollInterval must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Uses(IReadOnlyList<string> enabled, string source) => enabled.Contains(source, StringComparer.OrdinalIgnoreCase);

    private static void CheckHttpSource(List<string> failures, string source, HttpSourceOptions options, string? secret, string secretName)
    {
        string prefix = $"{Section}:{source}";
        if (options.BaseAddress is not { IsAbsoluteUri: true } address || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{prefix}:BaseAddress is required when {source} is in {Section}:Sources, as an absolute http(s) address.");
        }

        if (string.IsNullOrWhiteSpace(secret))
        {
            failures.Add($"{prefix}:{secretName} is required when {source} is in {Section}:Sources.");
        }

        if (options.Timeout < TimeSpan.FromMilliseconds(10) || options.Timeout > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{prefix}:Timeout must be between 10 ms and 5 minutes.");
        }

        if (options.AttemptTimeout < TimeSpan.FromMilliseconds(10) || options.AttemptTimeout > options.Timeout)
        {
            failures.Add($"{prefix}:AttemptTimeout must be at least 10 ms and at most {prefix}:Timeout.");
        }

        if (options.RetryDelay < TimeSpan.Zero || options.RetryDelay > TimeSpan.FromSeconds(30))
        {
            failures.Add($"{prefix}:RetryDelay must be between 0 and 30 seconds.");
        }

        if (options.CircuitSamplingDuration < TimeSpan.FromMilliseconds(500) || options.CircuitSamplingDuration > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{prefix}:CircuitSamplingDuration must be between 0.5 seconds and 10 minutes.");
        }

        if (options.CircuitBreakDuration < TimeSpan.FromMilliseconds(500) || options.CircuitBreakDuration > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{prefix}:CircuitBreakDuration must be between 0.5 seconds and 10 minutes.");
        }
    }
}
