using BenchmarkDotNet.Attributes;
using CustomerJourney.Model;
using CustomerJourney.Query;

namespace CustomerJourney.Benchmarks;

/// <summary>
/// Free text over the last 12 months ("debito": accents and case ignored, R8). Baseline: the naive
/// query with the same rules (accents removed and lower-cased per field, per query).
/// </summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private const string Text = "debito";
    private Interaction[] _data = [];
    private InteractionIndex _index = null!;
    private PeriodRange _period = null!;
    private JourneyFilter _filter = null!;

    [Params(1_000, 100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = JourneyData.Generate(N);
        _period = JourneyData.Last12Months;
        _filter = new JourneyFilter { Text = Text };
        _index = JourneyData.Index(_data);
        Disagreement.ThrowIfDifferent(
            "engine vs naive (free text)",
            [.. NaiveQueries.Search(_data, _period.From, _period.To, Text).Select(i => i.Id).Order(StringComparer.Ordinal)],
            [.. _index.Materialize(_index.Select(_period, _filter)).Select(i => i.Interaction.Id).Order(StringComparer.Ordinal)]);
    }

    [Benchmark(Baseline = true, Description = "naive, same rules (accents removed, lower-cased)")]
    public int Naive() => NaiveQueries.Search(_data, _period.From, _period.To, Text).Count;

    [Benchmark(Description = "naive ToLower().Contains (accents count)")]
    public int NaiveToLower() => NaiveQueries.SearchToLower(_data, _period.From, _period.To, Text).Count;

    [Benchmark(Description = "SDK: period + free text")]
    public int Engine() => _index.Select(_period, _filter).Count;
}
