using CustomerJourney.Model;

namespace CustomerJourney.Analytics;

/// <summary>Survey answers being added up (docs/analytics.md): counts and sums, made into <see cref="SurveyScoreStats"/> at the end.</summary>
internal struct SurveyTally
{
    // Scores are summed in fixed point (units of 2^-40) so the sum is exact and does not depend on
    // the order the answers were added in: a store reading its rows on two threads that meet
    // anywhere must give the same average, to the last bit, every time.
    private const double Scale = 1099511627776.0;

    private Int128 _sum;
    private int _nps;
    private int _promoters;
    private int _detractors;
    private int _csat;
    private int _satisfied;

    public int Responses { get; private set; }

    public void Add(SurveyScore score)
    {
        Responses++;
        _sum += (Int128)Math.Round(score.NormalizedScore * Scale);
        if (score.Kind == SurveyKind.Nps)
        {
            _nps++;
            _promoters += score.NormalizedScore >= 90 ? 1 : 0;
            _detractors += score.NormalizedScore <= 60 ? 1 : 0;
        }
        else if (score.Kind == SurveyKind.Csat)
        {
            _csat++;
            _satisfied += score.NormalizedScore >= 75 ? 1 : 0;
        }
    }

    public void Add(in SurveyTally other)
    {
        Responses += other.Responses;
        _sum += other._sum;
        _nps += other._nps;
        _promoters += other._promoters;
        _detractors += other._detractors;
        _csat += other._csat;
        _satisfied += other._satisfied;
    }

    public readonly SurveyScoreStats ToStats() => new(
        Responses,
        Responses == 0 ? null : (double)_sum / Scale / Responses,
        _nps,
        _nps == 0 ? null : (_promoters - _detractors) * 100.0 / _nps,
        _csat,
        JourneyReport.Rate(_satisfied, _csat));
}
