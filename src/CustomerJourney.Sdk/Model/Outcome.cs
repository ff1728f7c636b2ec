namespace CustomerJourney.Model;

/// <summary>The outcome an agent set for an interaction.</summary>
/// <param name="Code">The source's code for the outcome (e.g. <c>NOANS</c>), when it has one.</param>
/// <param name="Name">The outcome as the agent reads it (e.g. <c>No Answer</c>).</param>
/// <param name="Kind">Whether the outcome is a success, a failure or neutral.</param>
public sealed record Outcome(string? Code, string Name, OutcomeKind Kind)
{
    /// <summary>Whether this outcome is a failure, shown with a red dot.</summary>
    public bool IsFailure => Kind == OutcomeKind.Failure;
}
