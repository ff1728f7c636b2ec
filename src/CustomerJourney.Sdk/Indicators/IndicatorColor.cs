namespace CustomerJourney.Indicators;

/// <summary>The colour of an interaction's icon (R11).</summary>
public enum IndicatorColor
{
    /// <summary>The widget's default colour: messages, and calls on an unknown number.</summary>
    Neutral = 0,

    /// <summary>Green: a call on the Home or Work number.</summary>
    Green,

    /// <summary>Blue: a call on the Mobile number.</summary>
    Blue,

    /// <summary>Amber: a call on the Office number.</summary>
    Amber,
}
