namespace CustomerJourney.DependencyInjection;

/// <summary>
/// The <c>CustomerJourney</c> configuration section: which sources serve the widget, in which
/// order (R4), the time zone, region, periods and deadlines. Each source package reads its own
/// sub-section (<c>CustomerJourney:DataCloud</c>, <c>CustomerJourney:Sqlite</c>). Environment
/// variables bind as usual (<c>CustomerJourney__DataCloud__ApiKey</c>).
/// </summary>
public sealed class CustomerJourneyOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string SectionName = "CustomerJourney";

    /// <summary>
    /// The sources to use, by name, in merge order, among those registered: <c>CampaignManager</c>
    /// and <c>DataCloud</c> (CustomerJourney.Sdk.Http), <c>Sqlite</c> (CustomerJourney.Sdk.Sqlite),
    /// or a name added with
    /// <see cref="CustomerJourneyBuilder.AddSource(string, Func{IServiceProvider, Sources.IJourneySource})"/>.
    /// When empty, every registered source is used, in the order registered.
    /// </summary>
    /// <value>The default value is empty.</value>
    public IList<string> Sources { get; set; } = [];

    /// <summary>The IANA time zone periods and timeline dates are counted in (e.g. <c>America/New_York</c>).</summary>
    /// <value>The default value is <c>UTC</c>.</value>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>The ISO 3166 alpha-2 region for numbers written without a country code (e.g. <c>US</c>).</summary>
    /// <value>The default value is <c>US</c>.</value>
    public string DefaultRegion { get; set; } = "US";

    /// <summary>How many calendar months a query without a period reaches back (R5).</summary>
    /// <value>The default value is 12.</value>
    public int DefaultPeriodMonths { get; set; } = 12;

    /// <summary>The deadline of sources without one of their own (SQLite, custom sources).</summary>
    /// <value>The default value is 5 seconds.</value>
    public TimeSpan SourceTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Deadlines of named sources, overriding <see cref="SourceTimeout"/>
    /// (<c>CustomerJourney:SourceTimeouts:Tickets = 00:00:02</c>); a source with a deadline of its own
    /// (the HTTP sources' <c>Timeout</c>) keeps it unless named here. Names compare ignoring case.
    /// </summary>
    /// <value>The default value is empty.</value>
    public IDictionary<string, TimeSpan> SourceTimeouts { get; } = new Dictionary<string, TimeSpan>(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many lookups run at once; more wait their turn within their deadline (see <see cref="Client.JourneyClientOptions.MaxConcurrentLookups"/>).</summary>
    /// <value>The default value is 16 per processor.</value>
    public int MaxConcurrentLookups { get; set; } = 16 * Environment.ProcessorCount;

    /// <summary>How long without activity turns a live conversation or web visit idle (R14).</summary>
    /// <value>The default value is 45 seconds.</value>
    public TimeSpan IdleAfter { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>How long without activity makes it inactive (R14).</summary>
    /// <value>The default value is 60 seconds.</value>
    public TimeSpan InactiveAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long after a step the next one still belongs to its episode (a customer's path, the analytics).</summary>
    /// <value>The default value is 7 days.</value>
    public TimeSpan EpisodeWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Which steps may share an episode: <c>Campaign</c> (steps of the same campaign) or <c>Customer</c> (any).</summary>
    /// <value>The default value is <see cref="Paths.EpisodeGrouping.Campaign"/>.</value>
    public Paths.EpisodeGrouping EpisodeGrouping { get; set; }

    /// <summary>
    /// Where recordings are played (<c>https://qm.example.com/recordings/{reference}</c>), for hosts
    /// whose recording system serves each recording at an address of its own; <see langword="null"/>
    /// (or blank) for none, or when the host registers its own <see cref="Recordings.IRecordingResolver"/>.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? RecordingUrlTemplate { get; set; }

    /// <summary>How often a watch asks again the sources that cannot push updates.</summary>
    /// <value>The default value is 5 seconds.</value>
    public TimeSpan WatchPollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
