using Microsoft.Extensions.Options;

namespace CustomerJourney.Sqlite.DependencyInjection;

/// <summary>The store's settings, checked when the host starts; messages name the key to fix (<c>CustomerJourney:Sqlite:Path</c>).</summary>
internal sealed class SqliteJourneyStoreOptionsRules : IValidateOptions<SqliteJourneyStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, SqliteJourneyStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string prefix = $"CustomerJourney:{name}";
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            failures.Add($"{prefix}:Path is required: the store's file.");
        }

        if (options.BusyTimeout < TimeSpan.Zero || options.BusyTimeout > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{prefix}:BusyTimeout must be between 0 and 5 minutes.");
        }

        if (!Enum.IsDefined(options.Durability))
        {
            failures.Add($"{prefix}:Durability must be Full or Normal.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
