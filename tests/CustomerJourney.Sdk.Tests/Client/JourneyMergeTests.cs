using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Globalization;
using CsCheck;
using CustomerJourney.Fixtures;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using Microsoft.Extensions.Time.Testing;

namespace CustomerJourney.Client;

/// <summary>The merge's de-duplication, through the client: what the agent sees whatever the ids look like.</summary>
public class JourneyMergeTests
{
    private static readonly DateTimeOffset s_first = DateTimeOffset.Parse("2026-10-01T09:00:00Z", CultureInfo.InvariantCulture);

    private static JourneyClient Client(params IJourneySource[] sources) =>
        new(sources, new JourneyClientOptions(), new FakeTimeProvider(JourneyResults.Now));

    private static Interaction Record(string id, int minute, string source = "Memory") =>
        Interactions.At(id, s_first.AddMinutes(minute).ToString("O", CultureInfo.InvariantCulture), source: source);

    [Fact]
    public async Task Merge_IdsThatDifferInOneCharacterAnywhere_AreKeptApart_AndExactRepeatsAreLeftOut()
    {
        // Every length up to 40 and every position: the first, the last and the middle characters all count.
        var ids = new List<string>();
        for (int length = 1; length <= 40; length++)
        {
            string stem = new('a', length);
            ids.Add(stem);
            for (int at = 0; at < length; at++)
            {
                ids.Add(string.Concat(stem.AsSpan(0, at), "b", stem.AsSpan(at + 1)));
            }
        }

        string[] distinct = [.. ids.Distinct(StringComparer.Ordinal)];
        Interaction[] records = [.. distinct.Select((id, i) => Record(id, i)), .. distinct.Select((id, i) => Record(id, i))];

        JourneyResult result = await Client(ScriptedSource.Answering("Store", records)).GetJourneyAsync(new JourneyQuery(Keys.Dana));

        Assert.Equal(distinct.Order(StringComparer.Ordinal), result.AllItems.Select(i => i.Interaction.Id).Order(StringComparer.Ordinal));
        Assert.Contains($"{distinct.Length} interactions repeating an id already seen were left out.", result.Sources[0].Warnings);
    }

    [Fact]
    public async Task Merge_AgreesWithAPlainFirstSeenWinsReference_OverRandomIdsAndSources()
    {
        // Few distinct ids over two sources and two origins: many repeats within and across sources.
        Gen<(string Source, string Id)> record = Gen.Select(Gen.Int[0, 1], Gen.String[Gen.Char["xyz"], 0, 9]).Select((origin, id) => (origin == 0 ? "Store" : "Relay", id));
        await Gen.Select(record.Array[0, 40], record.Array[0, 40]).SampleAsync(async (first, second) =>
        {
            Interaction[] a = [.. first.Select((r, i) => Record(r.Id, i, r.Source))];
            Interaction[] b = [.. second.Select((r, i) => Record(r.Id, 100 + i, r.Source))];

            JourneyResult result = await Client(ScriptedSource.Answering("A", a), ScriptedSource.Answering("B", b)).GetJourneyAsync(new JourneyQuery(Keys.Dana));

            // The reference: blank ids are left out, then the first record of each (origin, id) wins.
            Interaction[] expected = [.. a.Concat(b).Where(i => !string.IsNullOrWhiteSpace(i.Id)).DistinctBy(i => (i.Source, i.Id))];
            Assert.Equal(expected.Select(i => (i.Source, i.Id, i.Start)), result.AllItems.Select(i => (i.Interaction.Source, i.Interaction.Id, i.Interaction.Start)).OrderBy(x => x.Start));
            Assert.Equal(expected.Length, result.Sources.Sum(s => s.InteractionCount));
        }, iter: 300);
    }

    [Fact]
    public async Task Merge_ReadsSourcesAnsweringWithAnyReadOnlyList()
    {
        Interaction[] records = [.. Enumerable.Range(0, 30).Select(i => Record($"r{i}", i))];
        IReadOnlyList<Interaction>[] answers =
        [
            records[..5],
            new List<Interaction>(records[5..10]),
            new ReadOnlyCollection<Interaction>(records[10..25]),
            ImmutableList.Create(records[25..]),
            ImmutableArray.Create(records[..3]),
        ];
        IJourneySource[] sources = [.. answers.Select((answer, i) => new ScriptedSource($"S{i}", (_, _) => Task.FromResult(answer)))];

        JourneyResult result = await Client(sources).GetJourneyAsync(new JourneyQuery(Keys.Dana));

        Assert.Equal(records.Select(r => r.Id), result.AllItems.Select(i => i.Interaction.Id));
        Assert.Equal([5, 5, 15, 5, 0], result.Sources.Select(s => s.InteractionCount));
        Assert.Contains("3 interactions already returned by an earlier source were left out.", result.Sources[4].Warnings);
    }
}
