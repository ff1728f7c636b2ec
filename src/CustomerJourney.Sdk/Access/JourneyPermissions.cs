namespace CustomerJourney.Access;

/// <summary>What an agent may see of the interactions they can see (R15). A field not permitted is absent from the journey, not blank.</summary>
[Flags]
public enum JourneyPermissions
{
    /// <summary>Only the interactions themselves.</summary>
    None = 0,

    /// <summary>Progress toward outcomes.</summary>
    Outcomes = 1,

    /// <summary>Predicted outcome scores.</summary>
    Scores = 2,

    /// <summary>Matched segments.</summary>
    Segments = 4,

    /// <summary>Wrap-up codes.</summary>
    WrapUpCodes = 8,

    /// <summary>The queues of each leg.</summary>
    Queues = 16,

    /// <summary>Recordings of interactions (references the host resolves to play them).</summary>
    Recordings = 32,

    /// <summary>The customer's survey answers, verbatim comments included.</summary>
    Surveys = 64,

    /// <summary>Everything above.</summary>
    All = Outcomes | Scores | Segments | WrapUpCodes | Queues | Recordings | Surveys,
}
