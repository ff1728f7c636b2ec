namespace CustomerJourney.AspNetCore.Endpoints;

/// <summary>The answer to <c>POST {prefix}/lookups</c>.</summary>
/// <param name="Handle">The opaque handle of the lookup, for the views; it answers only the user who opened it.</param>
/// <param name="ExpiresAt">When it expires if unused (each use extends it, up to its maximum lifetime).</param>
/// <param name="TimeZone">The zone the journey's dates and times are in.</param>
/// <param name="FetchMonths">The months fetched: the longest period a view shows.</param>
internal sealed record LookupOpened(string Handle, DateTimeOffset ExpiresAt, string TimeZone, int FetchMonths);
