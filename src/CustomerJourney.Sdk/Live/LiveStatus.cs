namespace CustomerJourney.Live;

/// <summary>Whether an interaction is going on (R14); the first column shows it, or the date for a past one.</summary>
public enum LiveStatus
{
    /// <summary>Over (ended), or from a source that does not track live activity: shown with its date.</summary>
    Past = 0,

    /// <summary>Going on: a call not yet ended, or a conversation or visit with recent activity (green).</summary>
    Live,

    /// <summary>Open but quiet for the idle threshold, 45 s by default (yellow).</summary>
    Idle,

    /// <summary>Open but quiet for the inactive threshold, 60 s by default; any new event makes it live again.</summary>
    Inactive,
}
