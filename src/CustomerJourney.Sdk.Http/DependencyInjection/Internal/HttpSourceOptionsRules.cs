using CustomerJourney.Sources.Http;
using Microsoft.Extensions.Options;

namespace CustomerJourney.DependencyInjection.Internal;

/// <summary>
/// The checks annotations cannot express for an HTTP source in use: an absolute http(s) base
/// address, its credential, sane deadlines and circuit windows. A source registered but not in use
/// (left out of <c>CustomerJourney:Sources</c>) is not checked. Messages name the configuration key
/// to fix and never repeat a value.
/// </summary>
/// <remarks>
/// Whether the source is used is read from the <c>CustomerJourney</c> options as configured but
/// not validated: their own problems are reported by their own validation, and must not hide these.
/// </remarks>
internal sealed class HttpSourceOptionsRules<TOptions>(
    string sourceName,
    string secretName,
    Func<TOptions, string?> secret,
    Func<TOptions, int> pageSize,
    int maxPageSize,
    IEnumerable<IConfigureOptions<CustomerJourneyOptions>> configures,
    IEnumerable<IPostConfigureOptions<CustomerJourneyOptions>> postConfigures) : IValidateOptions<TOptions>
    where TOptions : HttpSourceOptions
{
    private const string Section = CustomerJourneyOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        IList<string> sources = ConfiguredSources.Of(configures, postConfigures);
        if (sources.Count > 0 && !sources.Contains(sourceName, StringComparer.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        string prefix = $"{Section}:{sourceName}";
        if (options.BaseAddress is not { IsAbsoluteUri: true } address || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{prefix}:BaseAddress is required when {sourceName} is used, as an absolute http(s) address.");
        }

        if (string.IsNullOrWhiteSpace(secret(options)))
        {
            failures.Add($"{prefix}:{secretName} is required when {sourceName} is used.");
        }

        OptionsRange.CheckDeadlines(failures, prefix, options.Timeout, options.AttemptTimeout, options.RetryDelay);

        if (options.CircuitSamplingDuration < TimeSpan.FromMilliseconds(500) || options.CircuitSamplingDuration > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{prefix}:CircuitSamplingDuration must be between 0.5 seconds and 10 minutes.");
        }

        if (options.CircuitBreakDuration < TimeSpan.FromMilliseconds(500) || options.CircuitBreakDuration > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{prefix}:CircuitBreakDuration must be between 0.5 seconds and 10 minutes.");
        }

        OptionsRange.Check(failures, $"{prefix}:PageSize", pageSize(options), 1, maxPageSize);
        OptionsRange.Check(failures, $"{prefix}:MaxRetries", options.MaxRetries, 0, 10);
        OptionsRange.Check(failures, $"{prefix}:MaxPages", options.MaxPages, 1, 10_000);
        OptionsRange.Check(failures, $"{prefix}:MaxResponseBytes", options.MaxResponseBytes, 1_024, 256 * 1024 * 1024);
        OptionsRange.Check(failures, $"{prefix}:MaxConnections", options.MaxConnections, 1, 1_000);
        OptionsRange.Check(failures, $"{prefix}:MaxConcurrentRequests", options.MaxConcurrentRequests, 1, 10_000);
        OptionsRange.Check(failures, $"{prefix}:MaxQueuedRequests", options.MaxQueuedRequests, 0, 100_000);
        OptionsRange.Check(failures, $"{prefix}:CircuitMinimumThroughput", options.CircuitMinimumThroughput, 2, 100_000);
        if (options.CircuitFailureRatio is not (> 0 and <= 1))
        {
            failures.Add($"{prefix}:CircuitFailureRatio must be above 0 and at most 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
