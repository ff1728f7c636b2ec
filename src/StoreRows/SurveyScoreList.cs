using System.Collections;
using CustomerJourney.Analytics;

namespace CustomerJourney.Stores.Rows;

/// <summary>
/// One row's survey scores, refilled row after row: the report's scan hands the same list to the
/// builder (which copies what it keeps), so a row with survey answers allocates nothing.
/// </summary>
internal sealed class SurveyScoreList : IReadOnlyList<SurveyScore>
{
    private SurveyScore[] _items = new SurveyScore[4];

    public int Count { get; private set; }

    public SurveyScore this[int index] => index < Count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Clear() => Count = 0;

    public void Add(SurveyScore score)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, Count * 2);
        }

        _items[Count++] = score;
    }

    public IEnumerator<SurveyScore> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return _items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
