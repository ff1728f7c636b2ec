namespace CustomerJourney.Model;

/// <summary>A segment the customer was matched to (R16): a group of visitors who share a behaviour or a trait.</summary>
/// <param name="Id">The segment's identifier.</param>
/// <param name="Name">The segment's name.</param>
/// <param name="AssignedAt">When it was assigned; segments are shown in this order.</param>
public sealed record SegmentMatch(string Id, string Name, DateTimeOffset AssignedAt);
