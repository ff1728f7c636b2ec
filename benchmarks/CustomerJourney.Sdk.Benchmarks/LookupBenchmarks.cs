using BenchmarkDotNet.Attributes;
using CustomerJourney.Access;
using CustomerJourney.Client;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;

namespace CustomerJourney.Benchmarks;

/// <summary>
/// The full lookup path (fan-out, merge, filter, group) over two in-memory sources of 1,000
/// interactions each, against asking the same sources directly: the difference is the client's own overhead.
/// </summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private static readonly LookupKey s_key = LookupKey.Parse("+14155550100", "US");
    private InMemoryJourneySource[] _sources = [];
    private JourneyClient _client = null!;
    private SourceQuery _query = null!;
    private JourneyQuery _journeyQuery = null!;
    private JourneyQuery _agentQuery = null!;

    [GlobalSetup]
    public void Setup()
    {
        Interaction[] data = JourneyData.Generate(2_000);
        _sources =
        [
            new InMemoryJourneySource("CampaignManager").Add(s_key, data.Where(i => i.Source == "CampaignManager")),
            new InMemoryJourneySource("DataCloud").Add(s_key, data.Where(i => i.Source == "DataCloud")),
        ];
        var clock = new FixedClock(JourneyData.Now);
        _client = new JourneyClient(_sources, new JourneyClientOptions { TimeZone = "America/New_York" }, clock);
        PeriodRange period = JourneyData.Last12Months;
        _query = new SourceQuery(s_key, period.From, period.To);
        _journeyQuery = new JourneyQuery(s_key) { Filter = new JourneyFilter { CampaignId = "CMP-2", Channel = Channel.Voice } };
        // Every record undivided; the agent sees undivided records and one division, one field less.
        _agentQuery = _journeyQuery with { Access = AccessContext.ForDivisions(JourneyPermissions.All & ~JourneyPermissions.Scores, "Retail") with { SeesUndivided = true } };
        int direct = SourcesOnly().GetAwaiter().GetResult();
        JourneyResult result = _client.GetJourneyAsync(_journeyQuery with { Filter = JourneyFilter.None }).GetAwaiter().GetResult();
        Disagreement.ThrowIfDifferent("lookup vs sources", [direct.ToString()], [result.AllItems.Count.ToString()]);
        Disagreement.ThrowIfDifferent("agent vs default", [Lookup().GetAwaiter().GetResult().ToString()], [LookupAsAgent().GetAwaiter().GetResult().ToString()]);
    }

    [Benchmark(Baseline = true, Description = "the two sources, asked directly")]
    public async Task<int> SourcesOnly()
    {
        int count = 0;
        foreach (InMemoryJourneySource source in _sources)
        {
            count += (await source.GetInteractionsAsync(_query, CancellationToken.None)).Count;
            count += (await source.GetListedCampaignsAsync(s_key, CancellationToken.None)).Count;
        }

        return count;
    }

    // The default access context: interactions of no division (all these sources have), every field.
    [Benchmark(Description = "SDK: full lookup, filtered and grouped")]
    public async Task<int> Lookup()
    {
        JourneyResult result = await _client.GetJourneyAsync(_journeyQuery);
        return result.Timeline.Days.Count;
    }

    [Benchmark(Description = "SDK: the same, as an agent of one division")]
    public async Task<int> LookupAsAgent()
    {
        JourneyResult result = await _client.GetJourneyAsync(_agentQuery);
        return result.Timeline.Days.Count;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
