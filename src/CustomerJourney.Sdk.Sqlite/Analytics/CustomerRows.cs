using CustomerJourney.Analytics;
using CustomerJourney.Stores.Rows;

namespace CustomerJourney.Sqlite.Analytics;

/// <summary>One customer's rows as the downward half of the scan reads them (newest first), kept until the customer ends and then added to the report oldest first.</summary>
internal sealed class CustomerRows
{
    private long[] _starts = new long[64];
    private long[] _ends = new long[64];
    private long[] _facts = new long[64];
    private string?[] _campaigns = new string?[64];
    private SurveyScore[]?[] _surveys = new SurveyScore[]?[64];
    private int _count;

    public void Add(long start, long end, long facts, string? campaign, SurveyScore[]? surveys)
    {
        if (_count == _starts.Length)
        {
            int size = _count * 2;
            Array.Resize(ref _starts, size);
            Array.Resize(ref _ends, size);
            Array.Resize(ref _facts, size);
            Array.Resize(ref _campaigns, size);
            Array.Resize(ref _surveys, size);
        }

        _starts[_count] = start;
        _ends[_count] = end;
        _facts[_count] = facts;
        _campaigns[_count] = campaign;
        _surveys[_count] = surveys;
        _count++;
    }

    /// <summary>Adds the customer's rows to the report in start order, ends the customer, and empties the list.</summary>
    public void FeedTo(JourneyReportBuilder builder)
    {
        for (int i = _count - 1; i >= 0; i--)
        {
            builder.Add(StepFacts.Read(_facts[i], _starts[i], _ends[i], _campaigns[i], _surveys[i]));
        }

        builder.EndCustomer();
        Array.Clear(_campaigns, 0, _count);
        Array.Clear(_surveys, 0, _count);
        _count = 0;
    }
}
