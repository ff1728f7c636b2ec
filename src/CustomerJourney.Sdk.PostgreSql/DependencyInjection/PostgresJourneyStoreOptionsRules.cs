using CustomerJourney.PostgreSql.Schema;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CustomerJourney.PostgreSql.DependencyInjection;

/// <summary>
/// The store's settings, checked when the host starts. Messages name the key to fix
/// (<c>CustomerJourney:PostgreSql:ConnectionString</c>) and what it must be, never the value given:
/// the connection string holds a password.
/// </summary>
internal sealed class PostgresJourneyStoreOptionsRules : IValidateOptions<PostgresJourneyStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, PostgresJourneyStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string prefix = $"CustomerJourney:{name}";
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"{prefix}:ConnectionString is required: an Npgsql connection string (keep it in a secret store or the environment variable CustomerJourney__{name}__ConnectionString).");
        }
        else if (!IsConnectionString(options.ConnectionString))
        {
            failures.Add($"{prefix}:ConnectionString is not a valid Npgsql connection string (Host=…;Database=…;Username=…;Password=…).");
        }

        if (!StoreNames.IsValidSchema(options.Schema))
        {
            failures.Add($"{prefix}:Schema must be lowercase letters, digits and underscores, start with a letter or an underscore, and be at most 40 characters.");
        }

        if (!Enum.IsDefined(options.Reads))
        {
            failures.Add($"{prefix}:Reads must be Primary or PreferStandby.");
        }

        if (options.PartitionMonthsAhead is < 0 or > 24)
        {
            failures.Add($"{prefix}:PartitionMonthsAhead must be between 0 and 24.");
        }

        if (options.CommandTimeout < TimeSpan.FromSeconds(1) || options.CommandTimeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{prefix}:CommandTimeout must be between 1 second and 10 minutes.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsConnectionString(string value)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(value);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
