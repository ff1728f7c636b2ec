namespace CustomerJourney.Model;

/// <summary>A campaign, as the sources name it.</summary>
/// <param name="Id">The campaign's identifier (e.g. <c>CMP-7</c>); unique across sources.</param>
/// <param name="Name">The campaign's display name.</param>
public sealed record Campaign(string Id, string Name);
