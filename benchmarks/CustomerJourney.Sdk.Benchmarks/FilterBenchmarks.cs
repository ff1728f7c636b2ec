using System.Numerics;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using CustomerJourney.Model;
using CustomerJourney.Query;
using Microsoft.Data.Sqlite;

namespace CustomerJourney.Benchmarks;

/// <summary>
/// The widget's re-filter: last 12 of 24 months, campaign + channel, grouped by New York date,
/// result included. Baseline: naive LINQ over the public model.
/// </summary>
[MemoryDiagnoser]
public class FilterBenchmarks
{
    private Interaction[] _data = [];
    private InteractionIndex _index = null!;
    private PeriodRange _period = null!;
    private JourneyFilter _filter = null!;
    private SqliteConnection _sqlite = null!;
    private SqliteCommand _query = null!;

    [Params(1_000, 100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = JourneyData.Generate(N);
        _period = JourneyData.Last12Months;
        _filter = new JourneyFilter { CampaignId = "CMP-2", Channel = Channel.Voice };
        _index = JourneyData.Index(_data);
        (_sqlite, _query) = SqliteBaseline.Create(_data, JourneyData.NewYork);
        Verify();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _query.Dispose();
        _sqlite.Dispose();
    }

    [Benchmark(Baseline = true, Description = "naive LINQ: period+campaign+channel, grouped")]
    public int Naive() => Checksum(NaiveQueries.Filter(_data, _period.From, _period.To, _filter.CampaignId, _filter.Channel, JourneyData.NewYork));

    [Benchmark(Description = "SDK: period+campaign+channel, grouped")]
    public int Engine()
    {
        DayRun[] days = _index.Select(_period, _filter).GroupByDay(out _);
        return Checksum(days);
    }

    [Benchmark(Description = "SQLite (in memory), covering index, grouped in SQL")]
    public int Sqlite()
    {
        List<(int DayNumber, int Count, bool HasFailure)> days = SqliteBaseline.Days(_query, _period, _filter);
        int items = 0;
        foreach ((_, int count, _) in days)
        {
            items += count;
        }

        return days.Count + (items << 16);
    }

    [Benchmark(Description = "SDK: period only, grouped")]
    public int EnginePeriodOnly()
    {
        DayRun[] days = _index.Select(_period, JourneyFilter.None).GroupByDay(out _);
        return Checksum(days);
    }

    /// <summary>Reads the bytes the period-only grouping must read (a day number and a failure flag per interaction), as fast as the machine can.</summary>
    [Benchmark(Description = "memory bandwidth: the period's bytes")]
    public int Bandwidth()
    {
        Selection period = _index.Select(_period, JourneyFilter.None);
        return Sum(MemoryMarshal.Cast<int, uint>(period.Days)) + Sum(period.Failures);
    }

    [Benchmark(Description = "SDK: facets (campaigns, channels)")]
    public int Facets()
    {
        JourneyFacets facets = _index.Facets(_period, _filter);
        return facets.Campaigns.Count + facets.Channels.Count;
    }

    private static int Checksum(List<IGrouping<DateOnly, Interaction>> days) => days.Count + (days.Sum(d => d.Count()) << 16);

    private static int Checksum(DayRun[] days)
    {
        int items = 0;
        foreach (DayRun day in days)
        {
            items += day.Length;
        }

        return days.Length + (items << 16);
    }

    private static int Sum<T>(ReadOnlySpan<T> values)
        where T : unmanaged, IBinaryInteger<T>
    {
        var total = Vector<T>.Zero;
        int i = 0;
        for (; i <= values.Length - Vector<T>.Count; i += Vector<T>.Count)
        {
            total += new Vector<T>(values[i..]);
        }

        T sum = Vector.Sum(total);
        for (; i < values.Length; i++)
        {
            sum += values[i];
        }

        return int.CreateTruncating(sum);
    }

    private void Verify()
    {
        List<IGrouping<DateOnly, Interaction>> naive = NaiveQueries.Filter(_data, _period.From, _period.To, _filter.CampaignId, _filter.Channel, JourneyData.NewYork);
        Selection selection = _index.Select(_period, _filter);
        DayRun[] runs = selection.GroupByDay(out Selection ordered);
        // The naive query leaves equal starts in input order; the engine orders them by source and id.
        string[] expected = [.. naive.SelectMany(d => d.OrderBy(i => i.Start).ThenBy(i => i.Source, StringComparer.Ordinal).ThenBy(i => i.Id, StringComparer.Ordinal).Select(i => $"{d.Key:yyyy-MM-dd} {i.Id}"))];
        string[] actual = [.. runs.SelectMany(r => Enumerable.Range(r.Start, r.Length).Select(k => $"{DateOnly.FromDayNumber(r.DayNumber):yyyy-MM-dd} {_index.ItemAt(ordered.PositionAt(k)).Interaction.Id}"))];
        Disagreement.ThrowIfDifferent("engine vs naive (period+campaign+channel)", expected, actual);
        // The SQL baseline answers the same days, counts and failure dots as the engine, from its covering index alone.
        string[] engineDays = [.. runs.Select(r => $"{r.DayNumber} {r.Length} {r.HasFailure}")];
        string[] sqlDays = [.. SqliteBaseline.Days(_query, _period, _filter).Select(d => $"{d.DayNumber} {d.Count} {d.HasFailure}")];
        Disagreement.ThrowIfDifferent("SQLite vs engine (days, counts, failure dots)", engineDays, sqlDays);
        string plan = SqliteBaseline.Plan(_sqlite);
        if (!plan.Contains("USING COVERING INDEX ix", StringComparison.Ordinal) || plan.Contains("TEMP B-TREE", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The SQLite baseline does not read its covering index alone, in order: {plan}");
        }

        Disagreement.ThrowIfDifferent("checksums", [Naive().ToString()], [Engine().ToString()]);
        int periodCount = _data.Count(i => i.Start >= _period.From && i.Start < _period.To);
        Disagreement.ThrowIfDifferent("period only", [periodCount.ToString()], [_index.Select(_period, JourneyFilter.None).Count.ToString()]);
    }
}
