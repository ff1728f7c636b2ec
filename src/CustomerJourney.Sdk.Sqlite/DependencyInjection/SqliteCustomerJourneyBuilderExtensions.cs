using CustomerJourney.Analytics;
using CustomerJourney.Sqlite;
using CustomerJourney.Sqlite.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CustomerJourney.DependencyInjection;

/// <summary>Adds the embedded SQLite journey store to a journey client's sources.</summary>
public static class SqliteCustomerJourneyBuilderExtensions
{
    /// <summary>
    /// Makes the SQLite store available under <paramref name="name"/> (<c>CustomerJourney:Sources</c>
    /// may list it), configured from <c>CustomerJourney:{name}</c> (e.g. <c>CustomerJourney:Sqlite:Path</c>)
    /// and then by <paramref name="configure"/>. The file is opened on the first lookup; a relative
    /// path is resolved against the host's content root when there is a host (<see cref="IHostEnvironment"/>),
    /// else against the current directory.
    /// </summary>
    /// <param name="builder">The journey client's builder.</param>
    /// <param name="configure">Changes to the options, or <see langword="null"/>.</param>
    /// <param name="name">The source's name.</param>
    /// <returns>The builder.</returns>
    public static CustomerJourneyBuilder AddSqlite(this CustomerJourneyBuilder builder, Action<SqliteJourneyStoreOptions>? configure = null, string name = "Sqlite")
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        OptionsBuilder<SqliteJourneyStoreOptions> options = builder.Services.AddOptions<SqliteJourneyStoreOptions>(name);
        if (builder.Configuration is not null)
        {
            options.Bind(builder.Configuration.GetSection(name));
        }

        options.Configure(o =>
        {
            configure?.Invoke(o);
            o.Name = name;
        });
        options.ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SqliteJourneyStoreOptions>, SqliteJourneyStoreOptionsRules>());
        builder.Services.AddKeyedSingleton(name, (services, _) => new LazySqliteSource(InContentRoot(services.GetRequiredService<IOptionsMonitor<SqliteJourneyStoreOptions>>().Get(name), services.GetService<IHostEnvironment>())));
        // Its journey analytics, by its name, and unnamed for the first store added.
        builder.Services.AddKeyedSingleton<IJourneyAnalytics>(name, (services, _) => services.GetRequiredKeyedService<LazySqliteSource>(name));
        builder.Services.TryAddSingleton<IJourneyAnalytics>(services => services.GetRequiredKeyedService<LazySqliteSource>(name));
        return builder.AddSource(name, services => services.GetRequiredKeyedService<LazySqliteSource>(name));
    }

    // A relative path is the host's: under its content root (where appsettings.json is), not wherever the process was started.
    private static SqliteJourneyStoreOptions InContentRoot(SqliteJourneyStoreOptions options, IHostEnvironment? host)
    {
        if (host is null || Path.IsPathRooted(options.Path))
        {
            return options;
        }

        return new SqliteJourneyStoreOptions
        {
            Path = Path.Combine(host.ContentRootPath, options.Path),
            CreateIfMissing = options.CreateIfMissing,
            BusyTimeout = options.BusyTimeout,
            Durability = options.Durability,
            Name = options.Name,
        };
    }
}
