namespace CustomerJourney.Sources;

/// <summary>What a source can answer; the journey client asks a source only what it can answer.</summary>
[Flags]
public enum SourceCapabilities
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Looks customers up by phone number.</summary>
    PhoneLookup = 1,

    /// <summary>Looks customers up by e-mail address.</summary>
    EmailLookup = 2,

    /// <summary>
    /// Records inbound traffic, so it can serve a lookup for an inbound call (R3). A source without
    /// it is reported as not supported for inbound calls instead of returning an empty journey.
    /// </summary>
    InboundCalls = 4,

    /// <summary>Knows the campaigns a number is listed in (R2).</summary>
    CampaignListings = 8,

    /// <summary>Looks customers up by web visitor id (a cookie), for web visits across devices.</summary>
    WebIdLookup = 16,

    /// <summary>
    /// Its records may belong to divisions (R15). The warnings such a source reports about records it
    /// could not read (whose divisions are then unknown) are shown only to agents who see every
    /// division; those of a source without it concern undivided records, shown to agents who see those.
    /// </summary>
    Divisions = 32,
}
