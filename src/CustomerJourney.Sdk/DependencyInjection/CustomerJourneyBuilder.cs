using CustomerJourney.DependencyInjection.Internal;
using CustomerJourney.Sources;
using CustomerJourney.Sources.CampaignManager;
using CustomerJourney.Sources.DataCloud;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerJourney.DependencyInjection;

/// <summary>Adds sources to the journey client in code, next to (or instead of) <c>CustomerJourney:Sources</c>.</summary>
public sealed class CustomerJourneyBuilder
{
    internal CustomerJourneyBuilder(IServiceCollection services, IConfiguration? configuration)
    {
        Services = services;
        Configuration = configuration;
    }

    /// <summary>The service collection, for further registrations.</summary>
    public IServiceCollection Services { get; }

    /// <summary>The <c>CustomerJourney</c> section the client was registered from, if any: where packages such as the SQLite store read their own sub-section.</summary>
    public IConfiguration? Configuration { get; }

    /// <summary>Uses the Campaign Manager source, optionally configuring it in code (on top of configuration).</summary>
    /// <param name="configure">Changes to its options, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public CustomerJourneyBuilder AddCampaignManager(Action<CampaignManagerOptions>? configure = null)
    {
        if (configure is not null)
        {
            Services.Configure<CustomerJourneyOptions>(o => configure(o.CampaignManager));
        }

        Services.AddSingleton(new SourceRegistration(CampaignManagerSource.SourceName, CustomerJourneyServiceCollectionExtensions.CreateCampaignManager, AddedInCode: true));
        return this;
    }

    /// <summary>Uses the Data Cloud source, optionally configuring it in code (on top of configuration).</summary>
    /// <param name="configure">Changes to its options, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public CustomerJourneyBuilder AddDataCloud(Action<DataCloudOptions>? configure = null)
    {
        if (configure is not null)
        {
            Services.Configure<CustomerJourneyOptions>(o => configure(o.DataCloud));
        }

        Services.AddSingleton(new SourceRegistration(DataCloudSource.SourceName, CustomerJourneyServiceCollectionExtensions.CreateDataCloud, AddedInCode: true));
        return this;
    }

    /// <summary>Adds a source created by a factory; <c>CustomerJourney:Sources</c> may name it.</summary>
    /// <param name="name">The source's name; the created source's <see cref="IJourneySource.Name"/> must match it.</param>
    /// <param name="factory">Creates the source once, for the singleton client.</param>
    /// <returns>This builder.</returns>
    public CustomerJourneyBuilder AddSource(string name, Func<IServiceProvider, IJourneySource> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        Services.AddSingleton(new SourceRegistration(name, factory, AddedInCode: true));
        return this;
    }

    /// <summary>Adds a source instance; <c>CustomerJourney:Sources</c> may name it.</summary>
    /// <param name="source">The source.</param>
    /// <returns>This builder.</returns>
    public CustomerJourneyBuilder AddSource(IJourneySource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return AddSource(source.Name, _ => source);
    }
}
