namespace CustomerJourney.Model;

/// <summary>How a self-service session ended (containment, docs/analytics.md).</summary>
public enum SelfServiceResult
{
    /// <summary>The source sent no result, or one the SDK does not know: not counted in containment.</summary>
    Unknown = 0,

    /// <summary>The customer finished in self-service: no agent was needed.</summary>
    Contained,

    /// <summary>The flow handed the customer to an agent (a transfer to a queue).</summary>
    HandedToAgent,

    /// <summary>The customer left before finishing (hung up, closed the page).</summary>
    Abandoned,
}
