namespace CustomerJourney.Model;

/// <summary>The customer's progress toward an outcome the organisation wants (R16), e.g. "Purchased" reached through "Put in cart".</summary>
/// <param name="Outcome">The outcome's name.</param>
/// <param name="Stage">The last step reached (e.g. <c>Put in cart</c>); <see langword="null"/> before the first.</param>
/// <param name="Progress">How far along, from 0 (not started) to 1 (achieved).</param>
public sealed record OutcomeProgress(string Outcome, string? Stage, double Progress)
{
    /// <summary>Whether the outcome was achieved.</summary>
    public bool IsAchieved => Progress >= 1;
}
