namespace CustomerJourney.Model;

/// <summary>
/// A customer's answer to a survey about an interaction (a post-call NPS question, a satisfaction
/// rating), attached to the interaction it rates. Always on its scale: one that is not cannot be made.
/// </summary>
public sealed record SurveyResponse
{
    /// <summary>A survey response.</summary>
    /// <param name="survey">The survey's name or identifier; not blank.</param>
    /// <param name="kind">What the survey measures.</param>
    /// <param name="score">The answer, on <paramref name="scale"/>.</param>
    /// <param name="scale">The range the answer is given on.</param>
    /// <exception cref="ArgumentException"><paramref name="survey"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not on the scale.</exception>
    public SurveyResponse(string survey, SurveyKind kind, double score, SurveyScale scale)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(survey);
        ArgumentNullException.ThrowIfNull(scale);
        if (!scale.Contains(score))
        {
            throw new ArgumentOutOfRangeException(nameof(score), "A survey score must lie on its scale.");
        }

        Survey = survey;
        Kind = kind;
        Score = score;
        Scale = scale;
    }

    /// <summary>The survey's name or identifier.</summary>
    public string Survey { get; }

    /// <summary>What the survey measures.</summary>
    public SurveyKind Kind { get; }

    /// <summary>The answer, on <see cref="Scale"/>.</summary>
    public double Score { get; }

    /// <summary>The range the answer is given on.</summary>
    public SurveyScale Scale { get; }

    /// <summary>
    /// The score on a 0–100 scale: 0 for the scale's lowest answer, 100 for its highest, computed as
    /// (score − min) × 100 ÷ (max − min), so that whole answers on whole scales come out exact
    /// (6 of 0–10 is 60, 4 of 1–5 is 75).
    /// </summary>
    public double NormalizedScore => (Score - Scale.Min) * 100 / (Scale.Max - Scale.Min);

    /// <summary>What the customer wrote, word for word; personal data, never logged.</summary>
    public string? Comment { get; init; }

    /// <summary>When the customer answered, when known.</summary>
    public DateTimeOffset? RespondedAt { get; init; }
}
