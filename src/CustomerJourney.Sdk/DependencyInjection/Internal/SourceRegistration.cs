using CustomerJourney.Sources;

namespace CustomerJourney.DependencyInjection.Internal;

/// <summary>A source the container knows how to create, by name.</summary>
/// <param name="Name">The source's name, as <c>CustomerJourney:Sources</c> lists it.</param>
/// <param name="Create">Creates the source.</param>
/// <param name="AddedInCode">Whether the host added it with the builder (used when <c>Sources</c> is empty).</param>
internal sealed record SourceRegistration(string Name, Func<IServiceProvider, IJourneySource> Create, bool AddedInCode)
{
    /// <summary>The names of the sources to use: <c>Sources</c> when set, else those added in code.</summary>
    public static IReadOnlyList<string> Enabled(CustomerJourneyOptions options, IEnumerable<SourceRegistration> registrations) =>
        options.Sources.Count > 0
            ? [.. options.Sources]
            : [.. registrations.Where(r => r.AddedInCode).Select(r => r.Name).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The registration for a name: the last one wins, so a host can replace a built-in.</summary>
    public static SourceRegistration? Find(IEnumerable<SourceRegistration> registrations, string name) =>
        registrations.LastOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
}
