namespace CustomerJourney.AspNetCore;

/// <summary>How the journey endpoints hold the lookups they open (see docs/widget.md).</summary>
public sealed class JourneyEndpointOptions
{
    /// <summary>How many months a lookup fetches from the sources; the views' <c>period</c> narrows within it.</summary>
    /// <value>The default value is 12, the widget's longest period.</value>
    public int FetchMonths { get; set; } = 12;

    /// <summary>How long a lookup stays open without being used; each request on its handle starts this again.</summary>
    /// <value>The default value is 15 minutes.</value>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a lookup stays open at most, used or not: then the agent opens a fresh one.</summary>
    /// <value>The default value is 2 hours.</value>
    public TimeSpan MaxLifetime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How many lookups are held at once, for every agent together; beyond it, the least recently used is closed.</summary>
    /// <value>The default value is 1,000.</value>
    public int MaxOpenLookups { get; set; } = 1_000;

    /// <summary>How many lookups one agent holds at once; beyond it, that agent's own least recently used is closed (one agent never evicts everyone's).</summary>
    /// <value>The default value is 10.</value>
    public int MaxLookupsPerAgent { get; set; } = 10;

    /// <summary>The dates a timeline page holds when the request does not say (<c>days</c>).</summary>
    /// <value>The default value is 7.</value>
    public int DefaultDayCount { get; set; } = 7;

    /// <summary>
    /// The authorization policy every endpoint requires; <see langword="null"/> for the host's
    /// default policy (an authenticated user, unless the host changed it).
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? AuthorizationPolicy { get; set; }
}
