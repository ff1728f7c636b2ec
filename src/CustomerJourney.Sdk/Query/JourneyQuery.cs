using CustomerJourney.Access;
using CustomerJourney.Model;

namespace CustomerJourney.Query;

/// <summary>A request for one customer's journey.</summary>
public sealed record JourneyQuery
{
    /// <summary>Creates a query for a customer.</summary>
    /// <param name="key">The customer (phone number or e-mail address).</param>
    public JourneyQuery(LookupKey key)
    {
        if (key.IsEmpty)
        {
            throw new ArgumentException("The lookup key is empty; parse it with LookupKey.Parse.", nameof(key));
        }

        Key = key;
    }

    /// <summary>The customer.</summary>
    public LookupKey Key { get; }

    /// <summary>The call that triggered the lookup; an inbound call is served only by sources that record inbound traffic (R3).</summary>
    public CallDirection Direction { get; init; }

    /// <summary>How far back to read; <see langword="null"/> uses the client's default (12 months unless configured).</summary>
    public JourneyPeriod? Period { get; init; }

    /// <summary>The agent's campaign and channel selections and free text.</summary>
    public JourneyFilter Filter { get; init; } = JourneyFilter.None;

    /// <summary>
    /// Who is looking (R15): only interactions of the agent's divisions, without the fields they may
    /// not see. The default, <see cref="AccessContext.Undivided"/>, shows only interactions that
    /// belong to no division (all a host without divisions has); to show every division, ask for
    /// <see cref="AccessContext.Unrestricted"/> by name.
    /// </summary>
    public AccessContext Access { get; init; } = AccessContext.Undivided;

    /// <summary>The campaign of the call in progress, if any; it is left out of <c>OtherCampaigns</c> (R2).</summary>
    public string? CurrentCampaignId { get; init; }
}
