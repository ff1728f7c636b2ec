using CustomerJourney.Analytics;
using CustomerJourney.Stores.Rows;

namespace CustomerJourney.Sqlite.Analytics;

/// <summary>
/// One customer's rows as the downward half of the scan reads them (newest first), kept until the
/// customer ends and then added to the report oldest first. Reused customer after customer: the
/// survey scores' bytes are kept in one buffer, decoded as each row is added.
/// </summary>
internal sealed class CustomerRows
{
    private readonly SurveyScoreList _scores = new();
    private long[] _starts = new long[64];
    private long[] _ends = new long[64];
    private long[] _facts = new long[64];
    private string?[] _campaigns = new string?[64];
    private int[] _surveyStarts = new int[64];
    private int[] _surveyLengths = new int[64];
    private byte[] _surveyBytes = new byte[256];
    private int _surveyTotal;
    private int _count;

    public void Add(long start, long end, long facts, string? campaign, ReadOnlySpan<byte> surveys)
    {
        if (_count == _starts.Length)
        {
            int size = _count * 2;
            Array.Resize(ref _starts, size);
            Array.Resize(ref _ends, size);
            Array.Resize(ref _facts, size);
            Array.Resize(ref _campaigns, size);
            Array.Resize(ref _surveyStarts, size);
            Array.Resize(ref _surveyLengths, size);
        }

        if (_surveyTotal + surveys.Length > _surveyBytes.Length)
        {
            Array.Resize(ref _surveyBytes, Math.Max(_surveyBytes.Length * 2, _surveyTotal + surveys.Length));
        }

        _starts[_count] = start;
        _ends[_count] = end;
        _facts[_count] = facts;
        _campaigns[_count] = campaign;
        _surveyStarts[_count] = _surveyTotal;
        _surveyLengths[_count] = surveys.Length;
        surveys.CopyTo(_surveyBytes.AsSpan(_surveyTotal));
        _surveyTotal += surveys.Length;
        _count++;
    }

    /// <summary>Adds the customer's rows to the report in start order, ends the customer, and empties the list.</summary>
    public void FeedTo(JourneyReportBuilder builder)
    {
        for (int i = _count - 1; i >= 0; i--)
        {
            IReadOnlyList<SurveyScore>? surveys = StepFacts.HasSurveys(_facts[i]) ? SurveyScores.Read(_surveyBytes.AsSpan(_surveyStarts[i], _surveyLengths[i]), _scores) : null;
            builder.Add(StepFacts.Read(_facts[i], _starts[i], _ends[i], _campaigns[i], surveys));
        }

        builder.EndCustomer();
        Array.Clear(_campaigns, 0, _count);
        _surveyTotal = 0;
        _count = 0;
    }
}
