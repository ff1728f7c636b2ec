namespace CustomerJourney.Client;

/// <summary>How a source answered a lookup.</summary>
public enum SourceState
{
    /// <summary>The source answered; its interactions are in the journey.</summary>
    Ok = 0,

    /// <summary>The source cannot serve this lookup (an inbound call from a source that records no inbound traffic, R3; an e-mail key from a phone-only source). It was not asked.</summary>
    NotSupported,

    /// <summary>The source failed; <see cref="SourceStatus.Message"/> says why, without personal data.</summary>
    Failed,

    /// <summary>The source did not answer before its deadline.</summary>
    TimedOut,
}
