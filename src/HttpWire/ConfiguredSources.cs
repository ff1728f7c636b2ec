using Microsoft.Extensions.Options;

namespace CustomerJourney.DependencyInjection.Internal;

/// <summary>
/// Which sources <c>CustomerJourney:Sources</c> lists, from the journey options as configured but
/// not validated: a source's rules run only when it is used, and the journey options' own problems
/// must not hide them.
/// </summary>
internal static class ConfiguredSources
{
    /// <summary>The configured source names (empty: every registered source is used).</summary>
    public static IList<string> Of(IEnumerable<IConfigureOptions<CustomerJourneyOptions>> configures, IEnumerable<IPostConfigureOptions<CustomerJourneyOptions>> postConfigures)
    {
        var journey = new CustomerJourneyOptions();
        foreach (IConfigureOptions<CustomerJourneyOptions> configure in configures)
        {
            if (configure is IConfigureNamedOptions<CustomerJourneyOptions> named)
            {
                named.Configure(Options.DefaultName, journey);
            }
            else
            {
                configure.Configure(journey);
            }
        }

        foreach (IPostConfigureOptions<CustomerJourneyOptions> postConfigure in postConfigures)
        {
            postConfigure.PostConfigure(Options.DefaultName, journey);
        }

        return journey.Sources;
    }
}
