using CustomerJourney.Model;

namespace CustomerJourney.Sources;

/// <summary>What the journey client asks a source for: one customer's interactions over a half-open time range.</summary>
/// <param name="Key">The customer, already normalised (E.164 or lower-case e-mail).</param>
/// <param name="From">The first instant of the range (inclusive).</param>
/// <param name="To">The end of the range (exclusive).</param>
public sealed record SourceQuery(LookupKey Key, DateTimeOffset From, DateTimeOffset To);
