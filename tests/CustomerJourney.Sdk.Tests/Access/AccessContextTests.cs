using CsCheck;
using CustomerJourney.Client;
using CustomerJourney.Fixtures;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using Microsoft.Extensions.Time.Testing;

namespace CustomerJourney.Access;

public class AccessContextTests
{
    private static readonly string[] s_divisions = ["A", "B", "C", "D"];

    private static Interaction In(string id, string start, params string[] divisions) =>
        Interactions.At(id, start, channel: Channel.WebMessaging, source: "Engage") with
        {
            Divisions = divisions,
            WrapUpCode = "SALE-OK",
            Hops = [new TransferHop("Sales", "Ana"), new TransferHop("Billing", "Ben")],
            Segments = [new SegmentMatch("s1", "Returning visitor", DateTimeOffset.Parse("2026-10-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture))],
            OutcomeProgress = [new OutcomeProgress("Purchased", "Put in cart", 0.5)],
            PredictedScores = [new OutcomeScore("Purchased", 0.72)],
        };

    private static JourneyClient Client(params IJourneySource[] sources) =>
        new(sources, new JourneyClientOptions(), new FakeTimeProvider(JourneyResults.Now));

    [Fact]
    public async Task R15_AgentOfA_SeesNothingOfB_AfterALookupByAnAgentOfAAndB_OnTheSameClient()
    {
        var engage = new InMemoryJourneySource("Engage").Add(Keys.Dana, In("a1", "2026-10-01T10:00:00Z", "A"), In("b1", "2026-10-02T10:00:00Z", "B"), In("b2", "2026-10-03T10:00:00Z", "B"));
        JourneyClient client = Client(engage);
        JourneyResult both = await client.GetJourneyAsync(new JourneyQuery(Keys.Dana) { Access = AccessContext.ForDivisions(JourneyPermissions.All, "A", "B") });
        Assert.Equal(3, both.AllItems.Count);
        _ = both.Facets;
        _ = both.WithFilter(new JourneyFilter { Channel = Channel.WebMessaging }).Timeline;

        JourneyResult onlyA = await client.GetJourneyAsync(new JourneyQuery(Keys.Dana) { Access = AccessContext.ForDivisions(JourneyPermissions.All, "A") });

        Assert.Equal(["a1"], onlyA.AllItems.Select(i => i.Interaction.Id));
        Assert.Equal(["a1"], onlyA.WithFilter(new JourneyFilter { Channel = Channel.WebMessaging }).Items.Select(i => i.Interaction.Id));
        Assert.Equal(1, onlyA.TotalCount);
        Assert.Equal(1, onlyA.Facets.Channels.Single().Count);
        Assert.Equal(1, onlyA.Sources.Single().InteractionCount);
        Assert.Empty(onlyA.Sources.Single().Warnings);
    }

    [Fact]
    public async Task R15_InteractionOfSeveralDivisions_IsVisibleWhenAnyIsGranted()
    {
        var engage = new InMemoryJourneySource("Engage").Add(Keys.Dana, In("ab", "2026-10-01T10:00:00Z", "A", "B"));

        JourneyResult result = await Client(engage).GetJourneyAsync(new JourneyQuery(Keys.Dana) { Access = AccessContext.ForDivisions(JourneyPermissions.None, "B") });

        Assert.Single(result.Items);
    }

    [Fact]
    public async Task R15_InteractionsWithoutDivision_AreHiddenUnlessTheContextShowsThem()
    {
        var engage = new InMemoryJourneySource("Engage").Add(Keys.Dana, In("none", "2026-10-01T10:00:00Z"), In("a", "2026-10-02T10:00:00Z", "A"));
        JourneyClient client = Client(engage);

        JourneyResult hidden = await client.GetJourneyAsync(new JourneyQuery(Keys.Dana) { Access = AccessContext.ForDivisions(JourneyPermissions.None, "A") });
        JourneyResult shown = await client.GetJourneyAsync(new JourneyQuery(Keys.Dana) { Access = AccessContext.ForDivisions(JourneyPermissions.None, "A") with { SeesUndivided = true } });
        JourneyResult unrestricted = await client.GetJourneyAsync(new JourneyQuery(Keys.Dana));

        Assert.Equal(["a"], hidden.Items.Select(i => i.Interaction.Id));
        Assert.Equal(["none", "a"], shown.Items.Select(i => i.Interaction.Id));
        Assert.Equal(2, unrestricted.Items.Count);
    }

    [Fact]
    public async Task R15_FieldsWithoutPermission_AreAbsentNotBlank()
    {
        var engage = new InMemoryJourneySource("Engage").Add(Keys.Dana, In("a", "2026-10-01T10:00:00Z", "A"));
        JourneyClient client = Client(engage);

        JourneyResult bare = await client.GetJourneyAsync(new JourneyQuery(Keys.Dana) { Access = AccessContext.ForDivisions(JourneyPermissions.None, "A") });
        JourneyResult full = await client.GetJourneyAsync(new JourneyQuery(Keys.Dana) { Access = AccessContext.ForDivisions(JourneyPermissions.All, "A") });

        Interaction seen = Assert.Single(bare.Items).Interaction;
        Assert.Null(seen.WrapUpCode);
        Assert.Null(seen.Segments);
        Assert.Null(seen.OutcomeProgress);
        Assert.Null(seen.PredictedScores);
        Assert.Equal([null, null], seen.Hops!.Select(h => h.Queue));
        Assert.Equal("Ben", seen.LastHop!.Agent);
        Assert.Empty(bare.Segments);
        Assert.Empty(bare.Outcomes);

        Interaction all = Assert.Single(full.Items).Interaction;
        Assert.Equal("SALE-OK", all.WrapUpCode);
        Assert.Equal("Billing", all.LastHop!.Queue);
        Assert.Single(full.Segments);
        Assert.Equal(0.72, Assert.Single(full.PredictedScores).Probability);
    }

    [Fact]
    public async Task R15_EachPermission_HidesOnlyItsField()
    {
        var engage = new InMemoryJourneySource("Engage").Add(Keys.Dana, In("a", "2026-10-01T10:00:00Z", "A"));

        JourneyResult result = await Client(engage).GetJourneyAsync(new JourneyQuery(Keys.Dana) { Access = AccessContext.ForDivisions(JourneyPermissions.Segments | JourneyPermissions.Queues, "A") });

        Interaction seen = Assert.Single(result.Items).Interaction;
        Assert.NotNull(seen.Segments);
        Assert.Equal("Billing", seen.LastHop!.Queue);
        Assert.Null(seen.WrapUpCode);
        Assert.Null(seen.OutcomeProgress);
        Assert.Null(seen.PredictedScores);
    }

    [Fact]
    public void R15_Visibility_MatchesAPlainReferenceRule_OverRandomInteractionsAndGrants()
    {
        Gen<string[]> divisionSets = Gen.Int[0, 15].Select(mask => s_divisions.Where((_, i) => (mask & (1 << i)) != 0).ToArray());
        Gen.Select(divisionSets.Array[200, 400], divisionSets, Gen.Bool, Gen.Bool, Gen.Int[0, 31].Select(p => (JourneyPermissions)p)).Sample(
            (interactionDivisions, granted, undivided, all, permissions) =>
            {
                var access = new AccessContext { Divisions = granted.ToHashSet(), SeesUndivided = undivided, AllDivisions = all, Permissions = permissions };
                Interaction[] data = [.. interactionDivisions.Select((d, i) => In($"i{i}", "2026-10-01T10:00:00Z", d) with { Start = JourneyResults.Now.AddMinutes(-1 - i) })];
                var source = new InMemoryJourneySource("Engage").Add(Keys.Dana, data);

                // Through the whole client: fan-out, merge, index, every item.
                JourneyResult result = Client(source).GetJourneyAsync(new JourneyQuery(Keys.Dana) { Access = access }).GetAwaiter().GetResult();

                // The reference: any division granted (or every one), and no division only when undivided ones are shown.
                string[] expected = [.. data.Where((_, i) => interactionDivisions[i] is { Length: 0 } ? undivided : all || interactionDivisions[i].Intersect(granted).Any()).Select(i => i.Id).Order(StringComparer.Ordinal)];
                Assert.Equal(expected, result.AllItems.Select(i => i.Interaction.Id).Order(StringComparer.Ordinal));
                Assert.All(result.AllItems, item =>
                {
                    Assert.Equal(access.Permissions.HasFlag(JourneyPermissions.WrapUpCodes), item.Interaction.WrapUpCode is not null);
                    Assert.Equal(access.Permissions.HasFlag(JourneyPermissions.Segments), item.Interaction.Segments is not null);
                    Assert.Equal(access.Permissions.HasFlag(JourneyPermissions.Queues), item.Interaction.LastHop!.Queue is not null);
                });
            },
            iter: 300);
    }

    [Fact]
    public async Task R15_Profile_IsDivisionUnaware()
    {
        var engage = new InMemoryJourneySource("Engage").Add(Keys.Dana, In("a", "2026-10-01T10:00:00Z", "A"));
        var identities = new Identity.IdentityGraph();
        await identities.JoinAsync(Keys.Dana, Keys.Email, "same e-mail given in web messaging");
        var client = new JourneyClient([engage], new JourneyClientOptions(), new FakeTimeProvider(JourneyResults.Now), identities: identities);

        JourneyResult ofB = await client.GetJourneyAsync(new JourneyQuery(Keys.Dana) { Access = AccessContext.ForDivisions(JourneyPermissions.None, "B") });

        Assert.Empty(ofB.Items);
        Assert.Equal([Keys.Dana, Keys.Email], ofB.Profile.Keys);
    }
}
