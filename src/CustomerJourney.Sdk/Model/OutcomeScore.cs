namespace CustomerJourney.Model;

/// <summary>A predicted score (R16): how likely the customer is to reach an outcome, as the vendor's model put it during the visit.</summary>
/// <param name="Outcome">The outcome's name.</param>
/// <param name="Probability">From 0 to 1.</param>
public sealed record OutcomeScore(string Outcome, double Probability);
