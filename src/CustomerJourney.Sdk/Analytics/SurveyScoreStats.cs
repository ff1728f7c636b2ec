namespace CustomerJourney.Analytics;

/// <summary>Survey answers added up (docs/analytics.md): every score on a 0–100 scale, NPS and satisfaction from their own kind.</summary>
/// <param name="Responses">How many answers.</param>
/// <param name="AverageScore">Their average score on a 0–100 scale; <see langword="null"/> without answers.</param>
/// <param name="NpsResponses">How many answers are to NPS surveys.</param>
/// <param name="NetPromoterScore">Promoters (90 or more of 100, 9–10 of 10) less detractors (60 or less, 0–6 of 10), in percent of <see cref="NpsResponses"/> (−100 to 100); <see langword="null"/> without NPS answers.</param>
/// <param name="CsatResponses">How many answers are to satisfaction (CSAT) surveys.</param>
/// <param name="SatisfiedShare">The share of <see cref="CsatResponses"/> in the top quarter of their scale (75 or more of 100: 4–5 of 5), 0–1; <see langword="null"/> without CSAT answers.</param>
public sealed record SurveyScoreStats(int Responses, double? AverageScore, int NpsResponses, double? NetPromoterScore, int CsatResponses, double? SatisfiedShare);
