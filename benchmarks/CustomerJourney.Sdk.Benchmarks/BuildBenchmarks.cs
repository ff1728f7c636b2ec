using BenchmarkDotNet.Attributes;
using CustomerJourney.Model;
using CustomerJourney.Query;

namespace CustomerJourney.Benchmarks;

/// <summary>Building the engine's index from raw interactions (in the shuffled order sources send), against one naive query.</summary>
[MemoryDiagnoser]
public class BuildBenchmarks
{
    private Interaction[] _data = [];
    private static readonly JourneyFilter s_filter = new() { CampaignId = "CMP-2", Channel = Channel.Voice };
    private PeriodRange _period = null!;

    [Params(1_000, 100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = JourneyData.Generate(N);
        _period = JourneyData.Last12Months;
        InteractionIndex index = JourneyData.Index(_data);
        Disagreement.ThrowIfDifferent("index size", [_data.Length.ToString()], [index.Count.ToString()]);
        Disagreement.ThrowIfDifferent("days of the first query", [NaiveQuery().ToString(), NaiveQuery().ToString()], [BuildAndQuery().ToString(), FirstQuery().ToString()]);
    }

    [Benchmark(Baseline = true, Description = "one naive query: period+campaign+channel, grouped")]
    public int NaiveQuery() => NaiveQueries.Filter(_data, _period.From, _period.To, "CMP-2", Channel.Voice, JourneyData.NewYork).Count;

    [Benchmark(Description = "SDK: build the index")]
    public int Build() => JourneyData.Index(_data).Count;

    [Benchmark(Description = "SDK: build + first query (posting made)")]
    public int BuildAndQuery()
    {
        InteractionIndex index = JourneyData.Index(_data);
        return index.Select(_period, s_filter).GroupByDay(out _).Length;
    }

    [Benchmark(Description = "SDK: a lookup's first query (matching interactions indexed)")]
    public int FirstQuery()
    {
        // What the client's merge does: test each record against the first view, index the matches.
        var match = new FirstViewMatch(_period, s_filter);
        var matching = new List<Interaction>();
        foreach (Interaction interaction in _data)
        {
            if (match.Matches(interaction))
            {
                matching.Add(interaction);
            }
        }

        // The index holds only matches: as in the client, only the text (none here) is left to select.
        InteractionIndex index = InteractionIndex.Build(matching, JourneyData.SourceOrder, JourneyData.NewYork);
        return index.SelectText(s_filter).GroupByDay(out _).Length;
    }
}
