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
            Recordings = [new Recording("rec-1", TimeSpan.FromMinutes(3), "audio/ogg")],
            Surveys = [new SurveyResponse("CSAT", SurveyKind.Csat, 5, SurveyScale.OneToFive) { Comment = "Ana was great" }],
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
    public async Task R15_AgentOfA_AfterAPrivilegedLookup_FindsNoTraceOfBInWarningsListingsOrDivisionNames()
    {
        var campaignOfB = new Campaign("CMP-B", "Campaign seen only in B");
        var engage = new InMemoryJourneySource("Engage")
            .Add(
                Keys.Dana,
                In("a1", "2026-10-01T10:00:00Z", "A"),
                In("ab", "2026-10-02T10:00:00Z", "A", "B"),
                In("b1", "2026-10-03T10:00:00Z", "B") with { Campaign = campaignOfB },
                In(" ", "2026-10-04T10:00:00Z", "B"), // no id
                In("b-old", "2019-10-04T10:00:00Z", "B"), // outside the period
                In("b1", "2026-10-03T10:00:00Z", "B")) // a duplicate
            .List(Keys.Dana, campaignOfB, new Campaign("CMP-L", "Listed, no interactions"));
        // A division-aware source that could not read some of its records: of unknown division.
        var tickets = new ScriptedSource(
            "Tickets",
            (_, _) => Task.FromResult<IReadOnlyList<Interaction>>(new SourceInteractions([In("t1", "2026-10-05T10:00:00Z", "A")], ["2 records could not be read and were left out."])),
            SourceCapabilities.PhoneLookup | SourceCapabilities.Divisions);
        JourneyClient client = Client(engage, tickets);

        JourneyResult privileged = await client.GetJourneyAsync(new JourneyQuery(Keys.Dana) { Access = AccessContext.Unrestricted });
        _ = privileged.Facets;
        _ = CustomerJourney.Json.JourneyJson.Serialize(privileged);
        JourneyResult onlyA = await client.GetJourneyAsync(new JourneyQuery(Keys.Dana) { Access = AccessContext.ForDivisions(JourneyPermissions.All, "A") });

        Assert.Equal(2, privileged.Sources[0].Warnings.Count); // no id, repeated id (the source itself keeps to the period)
        Assert.Single(privileged.Sources[1].Warnings);
        Assert.Contains(privileged.OtherCampaigns, c => c.Id == "CMP-B");
        Assert.Equal(["A", "B"], privileged.Items.Single(i => i.Interaction.Id == "ab").Interaction.Divisions);

        Assert.Equal(["a1", "ab", "t1"], onlyA.Items.Select(i => i.Interaction.Id));
        Assert.All(onlyA.Sources, s => Assert.Empty(s.Warnings));
        Assert.Equal(["CMP-L"], onlyA.OtherCampaigns.Select(c => c.Id));
        Assert.Equal(["A"], onlyA.Items.Single(i => i.Interaction.Id == "ab").Interaction.Divisions);
        string json = CustomerJourney.Json.JourneyJson.Serialize(onlyA);
        Assert.DoesNotContain("\"B\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("CMP-B", json, StringComparison.Ordinal);
        Assert.DoesNotContain("seen only in B", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R15_DefaultAccess_ShowsNoDivision_AndSaysSoInTheLog_WhileUnrestrictedIsAskedForByName()
    {
        var engage = new InMemoryJourneySource("Engage").Add(Keys.Dana, In("none", "2026-10-01T10:00:00Z"), In("a", "2026-10-02T10:00:00Z", "A"));
        var collector = new Microsoft.Extensions.Logging.Testing.FakeLogCollector();
        var logger = new Microsoft.Extensions.Logging.Testing.FakeLogger<JourneyClient>(collector);
        var client = new JourneyClient([engage], new JourneyClientOptions(), new FakeTimeProvider(JourneyResults.Now), logger);

        JourneyResult byDefault = await client.GetJourneyAsync(new JourneyQuery(Keys.Dana));
        string warning = Assert.Single(collector.GetSnapshot(), r => r.Level == Microsoft.Extensions.Logging.LogLevel.Warning).Message;
        JourneyResult everything = await client.GetJourneyAsync(new JourneyQuery(Keys.Dana) { Access = AccessContext.Unrestricted });

        Assert.Same(AccessContext.Undivided, new JourneyQuery(Keys.Dana).Access);
        Assert.Equal(["none"], byDefault.Items.Select(i => i.Interaction.Id));
        Assert.Equal(1, byDefault.TotalCount);
        Assert.Contains("hid 1 interactions that belong to divisions", warning, StringComparison.Ordinal);
        Assert.Equal(["none", "a"], everything.Items.Select(i => i.Interaction.Id));
        Assert.Single(collector.GetSnapshot(), r => r.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
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
        JourneyResult unrestricted = await client.GetJourneyAsync(new JourneyQuery(Keys.Dana) { Access = AccessContext.Unrestricted });

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
        Assert.Null(seen.Recordings);
        Assert.Null(seen.Surveys);
        Assert.Equal([null, null], seen.Hops!.Select(h => h.Queue));
        Assert.Equal("Ben", seen.LastHop!.Agent);
        Assert.Empty(bare.Segments);
        Assert.Empty(bare.Outcomes);

        Interaction all = Assert.Single(full.Items).Interaction;
        Assert.Equal("SALE-OK", all.WrapUpCode);
        Assert.Equal("Billing", all.LastHop!.Queue);
        Assert.Single(full.Segments);
        Assert.Equal(0.72, Assert.Single(full.PredictedScores).Probability);
        Assert.Equal("rec-1", Assert.Single(all.Recordings!).Reference);
        Assert.Equal("Ana was great", Assert.Single(all.Surveys!).Comment);
    }

    [Fact]
    public async Task R15_RecordingsAndSurveys_EachNeedTheirOwnPermission()
    {
        var engage = new InMemoryJourneySource("Engage").Add(Keys.Dana, In("a", "2026-10-01T10:00:00Z", "A"));
        JourneyClient client = Client(engage);

        Interaction recordings = Assert.Single((await client.GetJourneyAsync(new JourneyQuery(Keys.Dana) { Access = AccessContext.ForDivisions(JourneyPermissions.Recordings, "A") })).Items).Interaction;
        Interaction surveys = Assert.Single((await client.GetJourneyAsync(new JourneyQuery(Keys.Dana) { Access = AccessContext.ForDivisions(JourneyPermissions.Surveys, "A") })).Items).Interaction;

        Assert.Equal((true, false), (recordings.Recordings is not null, recordings.Surveys is not null));
        Assert.Equal((false, true), (surveys.Recordings is not null, surveys.Surveys is not null));
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
