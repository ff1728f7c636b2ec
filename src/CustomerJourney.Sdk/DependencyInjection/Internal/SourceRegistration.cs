using CustomerJourney.Sources;

namespace CustomerJourney.DependencyInjection.Internal;

/// <summary>A source the container knows how to create, by name.</summary>
/// <param name="Name">The source's name, as <c>CustomerJourney:Sources</c> lists it.</param>
/// <param name="Create">Creates the source.</param>
/// <param name="Deadline">The source's own deadline, when it has one (the HTTP sources' <c>Timeout</c>).</param>
internal sealed record SourceRegistration(string Name, Func<IServiceProvider, IJourneySource> Create, Func<IServiceProvider, TimeSpan>? Deadline = null)
{
    /// <summary>The names of the sources to use: <c>Sources</c> when set, else every registered one.</summary>
    public static IReadOnlyList<string> Enabled(CustomerJourneyOptions options, IEnumerable<SourceRegistration> registrations) =>
        options.Sources.Count > 0
            ? [.. options.Sources]
            : [.. registrations.Select(r => r.Name).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The registration for a name: the last one wins, so a host can replace a built-in.</summary>
    public static SourceRegistration? Find(IEnumerable<SourceRegistration> registrations, string name) =>
        registrations.LastOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
}
