using System.Diagnostics.Metrics;
using CustomerJourney.Client;
using CustomerJourney.DependencyInjection.Internal;
using CustomerJourney.Identity;
using CustomerJourney.Live;
using CustomerJourney.Recordings;
using CustomerJourney.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CustomerJourney.DependencyInjection;

/// <summary>Registers the journey client and its sources in a service collection.</summary>
public static class CustomerJourneyServiceCollectionExtensions
{
    /// <summary>Registers the journey client; add sources with the returned builder.</summary>
    /// <param name="services">The services.</param>
    /// <returns>A builder to add sources.</returns>
    public static CustomerJourneyBuilder AddCustomerJourney(this IServiceCollection services) => AddCore(services, null);

    /// <summary>Registers the journey client configured from a section (usually <c>configuration.GetSection("CustomerJourney")</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="section">The <c>CustomerJourney</c> section.</param>
    /// <returns>A builder to add sources.</returns>
    public static CustomerJourneyBuilder AddCustomerJourney(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        CustomerJourneyBuilder builder = AddCore(services, section);
        services.AddOptions<CustomerJourneyOptions>().Bind(section);
        return builder;
    }

    /// <summary>Registers the journey client configured in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder to add sources.</returns>
    public static CustomerJourneyBuilder AddCustomerJourney(this IServiceCollection services, Action<CustomerJourneyOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        CustomerJourneyBuilder builder = AddCore(services, null);
        services.Configure(configure);
        return builder;
    }

    private static CustomerJourneyBuilder AddCore(IServiceCollection services, IConfiguration? section)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptionsWithValidateOnStart<CustomerJourneyOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CustomerJourneyOptions>, CustomerJourneyOptionsRules>());

        services.TryAddSingleton(services => new IdentityGraph(services.GetService<TimeProvider>()));
        services.TryAddSingleton(CreateClient);
        services.TryAddSingleton<IRecordingResolver>(services =>
            // A blank template (an environment variable set empty to override appsettings.json) means none.
            services.GetRequiredService<IOptions<CustomerJourneyOptions>>().Value.RecordingUrlTemplate is { } template && !string.IsNullOrWhiteSpace(template)
                ? new UrlTemplateRecordingResolver(template)
                : NoRecordingResolver.Instance);
        return new CustomerJourneyBuilder(services, section);
    }

    private static JourneyClient CreateClient(IServiceProvider services)
    {
        CustomerJourneyOptions options = services.GetRequiredService<IOptions<CustomerJourneyOptions>>().Value;
        SourceRegistration[] registrations = [.. services.GetServices<SourceRegistration>()];
        var sources = new List<IJourneySource>();
        IReadOnlyList<string> enabled = SourceRegistration.Enabled(options, registrations);
        var deadlines = new Dictionary<string, TimeSpan>(options.SourceTimeouts, StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < enabled.Count; i++)
        {
            SourceRegistration registration = SourceRegistration.Find(registrations, enabled[i])!;
            IJourneySource source = registration.Create(services);
            if (!string.Equals(source.Name, enabled[i], StringComparison.OrdinalIgnoreCase))
            {
                throw new OptionsValidationException(CustomerJourneyOptions.SectionName, typeof(CustomerJourneyOptions), [$"The source registered for {CustomerJourneyOptions.SectionName}:Sources:{i} calls itself '{source.Name}'."]);
            }

            sources.Add(source);
            if (registration.Deadline is { } deadline && !options.SourceTimeouts.ContainsKey(source.Name))
            {
                deadlines[source.Name] = deadline(services);
            }
        }

        var clientOptions = new JourneyClientOptions
        {
            TimeZone = options.TimeZone,
            DefaultRegion = options.DefaultRegion,
            DefaultPeriodMonths = options.DefaultPeriodMonths,
            SourceTimeout = options.SourceTimeout,
            MaxConcurrentLookups = options.MaxConcurrentLookups,
            LiveStatus = new LiveStatusRule { IdleAfter = options.IdleAfter, InactiveAfter = options.InactiveAfter },
            WatchPollInterval = options.WatchPollInterval,
            Episodes = new Paths.EpisodeRule { Window = options.EpisodeWindow, Grouping = options.EpisodeGrouping },
        };
        foreach ((string source, TimeSpan timeout) in deadlines)
        {
            clientOptions.SourceTimeouts[source] = timeout;
        }

        return new JourneyClient(sources, clientOptions, services.GetService<TimeProvider>() ?? TimeProvider.System, services.GetService<ILogger<JourneyClient>>(), services.GetService<IMeterFactory>(), services.GetService<IdentityGraph>());
    }
}
