namespace CustomerJourney.Model;

/// <summary>How an outcome counts for the agent; a failure is shown with a red dot (R11).</summary>
public enum OutcomeKind
{
    /// <summary>The source sent no kind, or one the SDK does not know.</summary>
    Unknown = 0,

    /// <summary>The interaction reached its goal (a sale, a promise to pay).</summary>
    Success,

    /// <summary>The interaction failed (no answer, refused, wrong number).</summary>
    Failure,

    /// <summary>Neither a success nor a failure.</summary>
    Neutral,
}
