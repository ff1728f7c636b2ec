using CustomerJourney.Client;
using CustomerJourney.Live;
using CustomerJourney.Model;
using CustomerJourney.PostgreSql.Fixtures;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using CustomerJourney.Stores;
using static CustomerJourney.Stores.Conformance.ConformanceRecords;

namespace CustomerJourney.PostgreSql;

/// <summary>Two hosts (two service providers, two pools) on one database, as behind a load balancer.</summary>
public sealed class MultiNodeTests
{
    [Fact]
    public async Task TwoNodes_TenThousandConcurrentOverlappingUpserts_WithLookupsRunning_LoseAndDuplicateNothing()
    {
        await using var schema = new TemporarySchema();
        await using Node a = Node.Start(schema);
        await using Node b = Node.Start(schema);
        const int Customers = 50;
        const int Ids = 200;
        const int Writers = 20;
        const int UpsertsPerWriter = 500;
        LookupKey CustomerOf(int i) => LookupKey.ForEmail($"customer{i % Customers}@example.com");
        Interaction Version(int i, int writer, int round) => Minimal($"I{i}", Start.AddDays(i % 40).AddMinutes(i)) with { Notes = $"w{writer}r{round}" };

        using var done = new CancellationTokenSource();
        int lookups = 0;
        Task looking = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                JourneyResult journey = await (lookups % 2 == 0 ? a : b).Client.GetJourneyAsync(new JourneyQuery(CustomerOf(lookups)) { Period = JourneyPeriod.Last12Months });
                Assert.True(journey.IsComplete);
                lookups++;
            }
        });
        // 10,000 upserts of one to five interactions each, from both nodes at once, over overlapping ids.
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            var random = new Random(writer);
            for (int round = 0; round < UpsertsPerWriter; round++)
            {
                int first = random.Next(Ids);
                int[] ids = [.. Enumerable.Range(first, random.Next(1, 6)).Select(i => i % Ids).Distinct()];
                Node node = writer % 2 == 0 ? a : b;
                if (round % 2 == 0)
                {
                    await node.Store.UpsertBatchAsync(ids.Select(i => new CustomerInteraction(CustomerOf(i), Version(i, writer, round))));
                }
                else
                {
                    foreach (IGrouping<LookupKey, int> customer in ids.GroupBy(CustomerOf))
                    {
                        await node.Store.UpsertAsync(customer.Key, customer.Select(i => Version(i, writer, round)));
                    }
                }
            }
        })));
        await done.CancelAsync();
        await looking;

        var seen = new List<Interaction>();
        for (int c = 0; c < Customers; c++)
        {
            seen.AddRange(await (c % 2 == 0 ? a : b).Store.GetInteractionsAsync(new SourceQuery(CustomerOf(c), DateTimeOffset.MinValue, DateTimeOffset.MaxValue), CancellationToken.None));
        }

        Assert.Equal(Ids, seen.Count);
        Assert.Equal(Ids, seen.Select(i => i.Id).Distinct().Count());
        Assert.All(seen, i => Assert.Matches("^w[0-9]+r[0-9]+$", i.Notes));
        Assert.True(lookups > 0);
    }

    [Fact]
    public async Task AnIdentityJoinOnOneNode_IsSeenByTheOther_AndSoIsItsUndo()
    {
        await using var schema = new TemporarySchema();
        await using Node a = Node.Start(schema);
        await using Node b = Node.Start(schema);
        await a.Store.UpsertAsync(DanaByEmail, [Minimal("mail", DateTimeOffset.UtcNow.AddDays(-2))]);
        await a.Store.UpsertAsync(Dana, [Minimal("phone", DateTimeOffset.UtcNow.AddDays(-1))]);
        Assert.Equal(["phone"], (await b.Client.GetJourneyAsync(new JourneyQuery(Dana))).AllItems.Select(i => i.Interaction.Id));

        var link = await a.Identities.JoinAsync(Dana, DanaByEmail, "same e-mail given in chat");
        await Eventually(() => b.Identities.ProfileOf(Dana).Keys.Count == 2);
        Assert.Equal(["mail", "phone"], (await b.Client.GetJourneyAsync(new JourneyQuery(Dana))).AllItems.Select(i => i.Interaction.Id).Order());

        Assert.True(await a.Identities.UndoAsync(link.Id));
        await Eventually(() => b.Identities.ProfileOf(Dana).Keys.Count == 1);
        Assert.Equal(["phone"], (await b.Client.GetJourneyAsync(new JourneyQuery(Dana))).AllItems.Select(i => i.Interaction.Id));
    }

    [Fact]
    public async Task ALiveUpdateWrittenThroughOneNode_ReachesAWatcherOnTheOther()
    {
        await using var schema = new TemporarySchema();
        await using Node a = Node.Start(schema);
        await using Node b = Node.Start(schema);
        DateTimeOffset now = DateTimeOffset.UtcNow;
        await a.Store.UpsertAsync(Dana, [Minimal("earlier", now.AddDays(-3))]);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using IAsyncEnumerator<JourneyUpdate> watch = b.Client.WatchAsync(new JourneyQuery(Dana), timeout.Token).GetAsyncEnumerator(timeout.Token);
        Assert.True(await watch.MoveNextAsync());
        Assert.Equal(JourneyUpdateKind.Snapshot, watch.Current.Kind);

        Interaction call = Minimal("call", now.AddMinutes(-1)) with { Channel = Channel.Voice, Notes = "ringing" };
        await a.Store.UpsertAsync(Dana, [call]);
        JourneyUpdate added = await NextAboutAsync(watch, "call");
        await a.Store.UpsertAsync(Dana, [call with { Notes = "answered" }]);
        JourneyUpdate changed = await NextAboutAsync(watch, "call");

        Assert.Equal(JourneyUpdateKind.Added, added.Kind);
        Assert.Equal((JourneyUpdateKind.Changed, "answered"), (changed.Kind, changed.Interaction!.Notes));
    }

    private static async Task<JourneyUpdate> NextAboutAsync(IAsyncEnumerator<JourneyUpdate> watch, string id)
    {
        while (await watch.MoveNextAsync())
        {
            if (watch.Current.Interaction?.Id == id && watch.Current.Kind is JourneyUpdateKind.Added or JourneyUpdateKind.Changed)
            {
                return watch.Current;
            }
        }

        throw new InvalidOperationException("The watch ended.");
    }

    private static async Task Eventually(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
