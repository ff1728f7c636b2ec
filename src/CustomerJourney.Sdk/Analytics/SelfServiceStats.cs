namespace CustomerJourney.Analytics;

/// <summary>Self-service sessions (IVR, bots, web and text flows) and how they ended.</summary>
/// <param name="Sessions">How many interactions in the period had a self-service part.</param>
/// <param name="Contained">How many ended in self-service.</param>
/// <param name="HandedToAgent">How many were handed to an agent.</param>
/// <param name="Abandoned">How many the customer left.</param>
public sealed record SelfServiceStats(int Sessions, int Contained, int HandedToAgent, int Abandoned)
{
    /// <summary>
    /// <see cref="Contained"/> over the sessions whose end is known (contained, handed to an agent or
    /// abandoned), 0–1; <see langword="null"/> without any.
    /// </summary>
    public double? ContainmentRate => JourneyReport.Rate(Contained, Contained + HandedToAgent + Abandoned);
}
