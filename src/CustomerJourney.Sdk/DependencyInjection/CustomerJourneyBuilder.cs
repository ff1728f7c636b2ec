using CustomerJourney.DependencyInjection.Internal;
using CustomerJourney.Recordings;
using CustomerJourney.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CustomerJourney.DependencyInjection;

/// <summary>
/// Registers the journey client's sources: each source package adds its own extension
/// (<c>AddDataCloud</c>, <c>AddCampaignManager</c>, <c>AddSqlite</c>), and any
/// <see cref="IJourneySource"/> is added with <see cref="AddSource(IJourneySource)"/>.
/// <c>CustomerJourney:Sources</c> chooses among them; when it is empty, all are used.
/// </summary>
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

    /// <summary>Adds a source created by a factory; <c>CustomerJourney:Sources</c> may name it.</summary>
    /// <param name="name">The source's name; the created source's <see cref="IJourneySource.Name"/> must match it.</param>
    /// <param name="factory">Creates the source once, for the singleton client.</param>
    /// <returns>This builder.</returns>
    public CustomerJourneyBuilder AddSource(string name, Func<IServiceProvider, IJourneySource> factory) => AddSource(name, factory, null);

    /// <summary>Adds a source created by a factory, with a deadline of its own (used unless <c>CustomerJourney:SourceTimeouts</c> names one).</summary>
    /// <param name="name">The source's name; the created source's <see cref="IJourneySource.Name"/> must match it.</param>
    /// <param name="factory">Creates the source once, for the singleton client.</param>
    /// <param name="deadline">The source's deadline per lookup (e.g. its options' <c>Timeout</c>), or <see langword="null"/> for <c>SourceTimeout</c>.</param>
    /// <returns>This builder.</returns>
    public CustomerJourneyBuilder AddSource(string name, Func<IServiceProvider, IJourneySource> factory, Func<IServiceProvider, TimeSpan>? deadline)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        Services.AddSingleton(new SourceRegistration(name, factory, deadline));
        return this;
    }

    /// <summary>
    /// Sets how recordings are resolved to playable addresses (the host's recording system), in place
    /// of <c>CustomerJourney:RecordingUrlTemplate</c>.
    /// </summary>
    /// <param name="factory">Creates the resolver once.</param>
    /// <returns>This builder.</returns>
    public CustomerJourneyBuilder AddRecordingResolver(Func<IServiceProvider, IRecordingResolver> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Services.Replace(ServiceDescriptor.Singleton(factory));
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
