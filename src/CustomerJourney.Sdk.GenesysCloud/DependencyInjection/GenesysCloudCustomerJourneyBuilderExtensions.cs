using CustomerJourney.DependencyInjection.Internal;
using CustomerJourney.Sources.GenesysCloud;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CustomerJourney.DependencyInjection;

/// <summary>Adds the Genesys Cloud source to a journey client.</summary>
public static class GenesysCloudCustomerJourneyBuilderExtensions
{
    /// <summary>
    /// Registers the Genesys Cloud source, configured from <c>CustomerJourney:GenesysCloud</c> and
    /// then by <paramref name="configure"/>, and validated when the host starts if it is used
    /// (<c>CustomerJourney:Sources</c> lists <c>GenesysCloud</c>, or lists nothing).
    /// </summary>
    /// <param name="builder">The journey client's builder.</param>
    /// <param name="configure">Changes to its options, or <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    public static CustomerJourneyBuilder AddGenesysCloud(this CustomerJourneyBuilder builder, Action<GenesysCloudOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        OptionsBuilder<GenesysCloudOptions> options = builder.Services.AddOptions<GenesysCloudOptions>();
        if (builder.Configuration is not null)
        {
            options.Bind(builder.Configuration.GetSection(GenesysCloudSource.SourceName));
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GenesysCloudOptions>, GenesysCloudOptionsRules>());
        GenesysCloudHttpRegistration.Add(builder.Services);
        return builder.AddSource(
            GenesysCloudSource.SourceName,
            services =>
            {
                var factory = services.GetRequiredService<IHttpClientFactory>();
                return new GenesysCloudSource(
                    () => factory.CreateClient(GenesysCloudSource.SourceName),
                    () => factory.CreateClient(GenesysCloudSource.LoginClientName),
                    services.GetRequiredService<IOptions<GenesysCloudOptions>>().Value,
                    services.GetService<TimeProvider>() ?? TimeProvider.System,
                    services.GetService<ILogger<GenesysCloudSource>>());
            },
            services => services.GetRequiredService<IOptions<GenesysCloudOptions>>().Value.Timeout);
    }
}
