namespace CustomerJourney.Model;

/// <summary>What a survey measures; it decides how its scores add up in the analytics (docs/analytics.md).</summary>
public enum SurveyKind
{
    /// <summary>The source sent no kind, or one the SDK does not know: its scores count in averages only.</summary>
    Unknown = 0,

    /// <summary>Net Promoter Score: how likely the customer is to recommend (0–10).</summary>
    Nps,

    /// <summary>Customer satisfaction (usually 1–5).</summary>
    Csat,

    /// <summary>Customer effort score (usually 1–7).</summary>
    Ces,
}
