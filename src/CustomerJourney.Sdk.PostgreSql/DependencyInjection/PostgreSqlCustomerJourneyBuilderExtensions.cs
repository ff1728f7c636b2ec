using CustomerJourney.Analytics;
using CustomerJourney.PostgreSql;
using CustomerJourney.PostgreSql.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CustomerJourney.DependencyInjection;

/// <summary>Adds the shared PostgreSQL journey store to a journey client's sources.</summary>
public static class PostgreSqlCustomerJourneyBuilderExtensions
{
    /// <summary>
    /// Makes the PostgreSQL store available under <paramref name="name"/> (<c>CustomerJourney:Sources</c>
    /// may list it), configured from <c>CustomerJourney:{name}</c> (<c>ConnectionString</c>, a secret;
    /// <c>Schema</c>, <c>Reads</c>, <c>PartitionMonthsAhead</c>, <c>CommandTimeout</c>) and then by
    /// <paramref name="configure"/>. The store is a keyed singleton under <paramref name="name"/>
    /// (<c>GetRequiredKeyedService&lt;PostgresJourneyStore&gt;(name)</c>), for the host's writes and
    /// its <see cref="Identity.IdentityGraph"/>. It connects on its first call, not at registration,
    /// so a server that is down is that source's failed status, and the next call tries again.
    /// </summary>
    /// <param name="builder">The journey client's builder.</param>
    /// <param name="configure">Changes to the options, or <see langword="null"/>.</param>
    /// <param name="name">The source's name.</param>
    /// <returns>The builder.</returns>
    public static CustomerJourneyBuilder AddPostgreSql(this CustomerJourneyBuilder builder, Action<PostgresJourneyStoreOptions>? configure = null, string name = "PostgreSql")
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        OptionsBuilder<PostgresJourneyStoreOptions> options = builder.Services.AddOptions<PostgresJourneyStoreOptions>(name);
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
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PostgresJourneyStoreOptions>, PostgresJourneyStoreOptionsRules>());
        builder.Services.AddKeyedSingleton(name, (services, _) => PostgresJourneyStore.Create(services.GetRequiredService<IOptionsMonitor<PostgresJourneyStoreOptions>>().Get(name), services.GetService<TimeProvider>()));
        // Its journey analytics, by its name, and unnamed for the first store added.
        builder.Services.AddKeyedSingleton<IJourneyAnalytics>(name, (services, _) => services.GetRequiredKeyedService<PostgresJourneyStore>(name));
        builder.Services.TryAddSingleton<IJourneyAnalytics>(services => services.GetRequiredKeyedService<PostgresJourneyStore>(name));
        return builder.AddSource(name, services => services.GetRequiredKeyedService<PostgresJourneyStore>(name));
    }
}
