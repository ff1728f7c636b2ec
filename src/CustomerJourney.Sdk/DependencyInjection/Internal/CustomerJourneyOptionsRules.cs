using Microsoft.Extensions.Options;
using PhoneNumbers;

namespace CustomerJourney.DependencyInjection.Internal;

/// <summary>
/// The checks annotations cannot express: known, unique source names; a time zone and a region
/// this machine knows; sane deadlines. (Each source package checks its own section.)
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
            failures.Add($"{Section}:Sources lists no source, and none is registered; add one (AddDataCloud, AddCampaignManager, AddSqlite, AddSource).");
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

        foreach ((string source, TimeSpan timeout) in options.SourceTimeouts)
        {
            if (timeout <= TimeSpan.Zero || timeout > TimeSpan.FromMinutes(5))
            {
                failures.Add($"{Section}:SourceTimeouts:{source} must be between 0 and 5 minutes.");
            }
        }

        OptionsRange.Check(failures, $"{Section}:DefaultPeriodMonths", options.DefaultPeriodMonths, 1, 120);
        OptionsRange.Check(failures, $"{Section}:MaxConcurrentLookups", options.MaxConcurrentLookups, 1, 100_000);

        if (options.IdleAfter <= TimeSpan.Zero || options.InactiveAfter < options.IdleAfter)
        {
            failures.Add($"{Section}:IdleAfter must be positive and {Section}:InactiveAfter not shorter than it.");
        }

        if (options.EpisodeWindow <= TimeSpan.Zero || options.EpisodeWindow > Paths.EpisodeRule.MaxWindow)
        {
            failures.Add($"{Section}:EpisodeWindow must be above zero and at most 365 days.");
        }

        if (!Enum.IsDefined(options.EpisodeGrouping))
        {
            failures.Add($"{Section}:EpisodeGrouping must be Campaign or Customer.");
        }

        if (!string.IsNullOrWhiteSpace(options.RecordingUrlTemplate) && !Recordings.UrlTemplateRecordingResolver.IsValid(options.RecordingUrlTemplate))
        {
            failures.Add($"{Section}:RecordingUrlTemplate must be an absolute http or https URL holding {{reference}}.");
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
}
