using CustomerJourney.Live;
using CustomerJourney.Paths;

namespace CustomerJourney.Client;

/// <summary>Settings of a <see cref="JourneyClient"/>.</summary>
public sealed class JourneyClientOptions
{
    /// <summary>The IANA (or Windows) id of the time zone that periods and timeline dates are counted in (e.g. <c>America/New_York</c>).</summary>
    /// <value>The default value is <c>UTC</c>.</value>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>The ISO 3166 alpha-2 region for phone numbers written without a country code (e.g. <c>US</c>).</summary>
    /// <value>The default value is <c>US</c>.</value>
    public string DefaultRegion { get; set; } = "US";

    /// <summary>The deadline of each source's answer, counted from the start of the lookup. An agent is waiting on a ringing call: keep it to seconds.</summary>
    /// <value>The default value is 5 seconds.</value>
    public TimeSpan SourceTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Deadlines for named sources, overriding <see cref="SourceTimeout"/>; names compare ignoring case.</summary>
    /// <value>The default value is empty.</value>
    public IDictionary<string, TimeSpan> SourceTimeouts { get; } = new Dictionary<string, TimeSpan>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The number of calendar months a query without a period reaches back (R5).</summary>
    /// <value>The default value is 12.</value>
    public int DefaultPeriodMonths { get; set; } = 12;

    /// <summary>The live status thresholds (R14): idle after 45 s and inactive after 60 s without activity, unless set.</summary>
    /// <value>The default value is <see cref="LiveStatusRule.Default"/>.</value>
    public LiveStatusRule LiveStatus { get; set; } = LiveStatusRule.Default;

    /// <summary>What makes an episode of a customer's path (<see cref="JourneyResult.Path"/>): steps of the same campaign within 7 days, unless set.</summary>
    /// <value>The default value is <see cref="EpisodeRule.Default"/>.</value>
    public EpisodeRule Episodes { get; set; } = EpisodeRule.Default;

    /// <summary>
    /// How many lookups run at once; more wait their turn, in order, within their deadline (a lookup
    /// whose deadline passes while it waits gets every source <c>TimedOut</c>, saying so). A burst
    /// then degrades by queueing: the lookups served first are served fast, instead of every lookup
    /// sharing the machine so thinly that all miss their deadline.
    /// </summary>
    /// <value>The default value is 16 per processor.</value>
    public int MaxConcurrentLookups { get; set; } = 16 * Environment.ProcessorCount;

    /// <summary>How often a watch asks again the sources that cannot push updates.</summary>
    /// <value>The default value is 5 seconds.</value>
    public TimeSpan WatchPollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
