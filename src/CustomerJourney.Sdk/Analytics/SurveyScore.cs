using CustomerJourney.Model;

namespace CustomerJourney.Analytics;

/// <summary>What the analytics read of a survey answer: its kind and its score on a 0–100 scale.</summary>
/// <param name="Kind">What the survey measures.</param>
/// <param name="NormalizedScore">The score on a 0–100 scale (<see cref="SurveyResponse.NormalizedScore"/>).</param>
public readonly record struct SurveyScore(SurveyKind Kind, double NormalizedScore)
{
    /// <summary>What the analytics read of a response.</summary>
    /// <param name="response">The response.</param>
    /// <returns>Its kind and normalized score.</returns>
    public static SurveyScore Of(SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new SurveyScore(response.Kind, response.NormalizedScore);
    }
}
