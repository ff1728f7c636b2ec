using System.Diagnostics.CodeAnalysis;
using CustomerJourney.DependencyInjection.Internal;
using CustomerJourney.Sources;
using CustomerJourney.Sources.CampaignManager;
using CustomerJourney.Sources.DataCloud;
using CustomerJourney.Sources.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CustomerJourney.DependencyInjection;

/// <summary>Adds the Campaign Manager and Data Cloud sources (over HTTP) to a journey client.</summary>
public static class HttpSourcesCustomerJourneyBuilderExtensions
{
    /// <summary>
    /// Registers the Campaign Manager source, configured from <c>CustomerJourney:CampaignManager</c>
    /// and then by <paramref name="configure"/>, and validated when the host starts if it is used.
    /// </summary>
    /// <param name="builder">The journey client's builder.</param>
    /// <param name="configure">Changes to its options, or <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    public static CustomerJourneyBuilder AddCampaignManager(this CustomerJourneyBuilder builder, Action<CampaignManagerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        OptionsBuilder<CampaignManagerOptions> options = builder.Services.AddOptions<CampaignManagerOptions>();
        if (builder.Configuration is not null)
        {
            options.Bind(builder.Configuration.GetSection(CampaignManagerSource.SourceName));
        }

        return AddHttpSource(
            builder,
            options,
            CampaignManagerSource.SourceName,
            configure,
            "Token",
            o => o.Token,
            o => o.PageSize,
            500,
            services => new CampaignManagerSource(
                HttpClientOf(services, CampaignManagerSource.SourceName),
                services.GetRequiredService<IOptions<CampaignManagerOptions>>().Value,
                services.GetService<ILogger<CampaignManagerSource>>()));
    }

    /// <summary>
    /// Registers the Data Cloud source, configured from <c>CustomerJourney:DataCloud</c> and then by
    /// <paramref name="configure"/>, and validated when the host starts if it is used.
    /// </summary>
    /// <param name="builder">The journey client's builder.</param>
    /// <param name="configure">Changes to its options, or <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    public static CustomerJourneyBuilder AddDataCloud(this CustomerJourneyBuilder builder, Action<DataCloudOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        OptionsBuilder<DataCloudOptions> options = builder.Services.AddOptions<DataCloudOptions>();
        if (builder.Configuration is not null)
        {
            options.Bind(builder.Configuration.GetSection(DataCloudSource.SourceName));
        }

        return AddHttpSource(
            builder,
            options,
            DataCloudSource.SourceName,
            configure,
            "ApiKey",
            o => o.ApiKey,
            o => o.PageSize,
            1_000,
            services => new DataCloudSource(
                HttpClientOf(services, DataCloudSource.SourceName),
                services.GetRequiredService<IOptions<DataCloudOptions>>().Value,
                services.GetService<ILogger<DataCloudSource>>()));
    }

    // Binding is done by the callers: the configuration binder's source generator needs the concrete type.
    private static CustomerJourneyBuilder AddHttpSource<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        CustomerJourneyBuilder builder,
        OptionsBuilder<TOptions> options,
        string name,
        Action<TOptions>? configure,
        string secretName,
        Func<TOptions, string?> secret,
        Func<TOptions, int> pageSize,
        int maxPageSize,
        Func<IServiceProvider, IJourneySource> create)
        where TOptions : HttpSourceOptions
    {
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TOptions>>(services => new HttpSourceOptionsRules<TOptions>(
            name,
            secretName,
            secret,
            pageSize,
            maxPageSize,
            services.GetServices<IConfigureOptions<CustomerJourneyOptions>>(),
            services.GetServices<IPostConfigureOptions<CustomerJourneyOptions>>()));

        HttpSourceRegistration.AddHttpSourceClient<TOptions>(builder.Services, name);
        // The source's whole deadline is the fan-out's deadline for it, unless the host set one.
        return builder.AddSource(name, create, services => services.GetRequiredService<IOptions<TOptions>>().Value.Timeout);
    }

    // A client per use, from the factory: the singleton source must not pin one handler forever.
    private static Func<HttpClient> HttpClientOf(IServiceProvider services, string name)
    {
        var factory = services.GetRequiredService<IHttpClientFactory>();
        return () => factory.CreateClient(name);
    }
}
