namespace CustomerJourney.AspNetCore.Endpoints;

/// <summary>The body of <c>POST {prefix}/lookups</c>: whom to look up and the call that asks. In the body, never in a URL, so access logs never hold it.</summary>
/// <param name="Phone">The phone number, in any common format (parsed with the configured default region).</param>
/// <param name="Email">The e-mail address; give this or <paramref name="Phone"/>.</param>
/// <param name="Direction">The call: <c>inbound</c>, <c>outbound</c>, <c>manualOutbound</c> or <c>none</c> (the default).</param>
/// <param name="CampaignId">The campaign of the call itself, left out of "other campaigns".</param>
internal sealed record OpenLookupRequest(string? Phone, string? Email, string? Direction, string? CampaignId);
