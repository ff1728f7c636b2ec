using CustomerJourney.Model;

namespace CustomerJourney.Identity;

/// <summary>One join of two identifiers of the same customer, with why it was made; undone by <see cref="IdentityGraph.UndoAsync"/>.</summary>
/// <param name="Id">The join's identifier.</param>
/// <param name="First">One identifier (e.g. a web visitor id).</param>
/// <param name="Second">The other (e.g. the e-mail address given on that device).</param>
/// <param name="Reason">Why they were joined, as the host recorded it; must not hold personal data.</param>
/// <param name="JoinedAt">When.</param>
public sealed record IdentityLink(Guid Id, LookupKey First, LookupKey Second, string Reason, DateTimeOffset JoinedAt);
