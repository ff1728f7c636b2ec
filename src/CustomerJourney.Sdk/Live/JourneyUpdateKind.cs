namespace CustomerJourney.Live;

/// <summary>What a <see cref="JourneyUpdate"/> reports.</summary>
public enum JourneyUpdateKind
{
    /// <summary>The journey when the watch started; <see cref="JourneyUpdate.Journey"/> is set.</summary>
    Snapshot = 0,

    /// <summary>An interaction not in the journey before.</summary>
    Added,

    /// <summary>An interaction in the journey that changed (a new event, an end, an outcome).</summary>
    Changed,

    /// <summary>An interaction whose live status changed with time alone (live → idle → inactive).</summary>
    StatusChanged,
}
