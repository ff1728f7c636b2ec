using CustomerJourney.Fixtures;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CustomerJourney.Client;

public class JourneyClientTests
{
    private static readonly Interaction s_october = Interactions.At("1", "2026-10-01T09:00:00Z", campaign: Interactions.WinterRenewals);

    private readonly FakeTimeProvider _time = new(JourneyResults.Now);

    private JourneyClient Client(params IJourneySource[] sources) =>
        new(sources, new JourneyClientOptions { SourceTimeout = TimeSpan.FromSeconds(3) }, _time);

    [Fact]
    public async Task R2_Result_ListsTheOtherCampaignsOfTheNumberMergedAcrossSources()
    {
        var campaignManager = new InMemoryJourneySource("CampaignManager").List(Keys.Dana, Interactions.WinterRenewals, Interactions.SpringOffers);
        var dataCloud = new InMemoryJourneySource("DataCloud").List(Keys.Dana, new Campaign("CMP-3", "Spring Offers (DC)"), Interactions.DebitoAutomatico);

        JourneyResult result = await Client(campaignManager, dataCloud).GetJourneyAsync(new JourneyQuery(Keys.Dana) { Direction = CallDirection.Outbound, CurrentCampaignId = "CMP-7" });

        Assert.Equal([("CMP-3", "Spring Offers"), ("CMP-9", "Débito Automático")], result.OtherCampaigns.Select(c => (c.Id, c.Name)));
    }

    [Theory]
    [InlineData(CallDirection.Inbound)]
    [InlineData(CallDirection.Outbound)]
    [InlineData(CallDirection.ManualOutbound)]
    public async Task R2_EveryCallDirection_LooksTheNumberUp(CallDirection direction)
    {
        var source = new InMemoryJourneySource("DataCloud").Add(Keys.Dana, s_october).List(Keys.Dana, Interactions.SpringOffers);

        JourneyResult result = await Client(source).GetJourneyAsync(new JourneyQuery(Keys.Dana) { Direction = direction });

        Assert.Single(result.Items);
        Assert.Single(result.OtherCampaigns);
    }

    [Fact]
    public async Task R3_InboundCall_FromASourceWithoutInboundTraffic_IsNotSupportedNotEmpty()
    {
        var campaignManager = new ScriptedSource("CampaignManager", (_, _) => Task.FromResult<IReadOnlyList<Interaction>>([s_october]), SourceCapabilities.PhoneLookup | SourceCapabilities.CampaignListings);

        JourneyResult result = await Client(campaignManager).GetJourneyAsync(new JourneyQuery(Keys.Dana) { Direction = CallDirection.Inbound });

        SourceStatus status = Assert.Single(result.Sources);
        Assert.Equal(SourceState.NotSupported, status.State);
        Assert.Contains("inbound", status.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, campaignManager.Calls);
        Assert.False(result.IsComplete);
    }

    [Fact]
    public async Task R3_InboundCall_IsServedByTheSourceThatRecordsInboundTraffic()
    {
        var campaignManager = new InMemoryJourneySource("CampaignManager", SourceCapabilities.PhoneLookup).Add(Keys.Dana, s_october);
        var dataCloud = new InMemoryJourneySource("DataCloud").Add(Keys.Dana, Interactions.At("dc", "2026-10-02T09:00:00Z", direction: InteractionDirection.Inbound));

        JourneyResult result = await Client(campaignManager, dataCloud).GetJourneyAsync(new JourneyQuery(Keys.Dana) { Direction = CallDirection.Inbound });

        Assert.Equal([SourceState.NotSupported, SourceState.Ok], result.Sources.Select(s => s.State));
        Assert.Equal(["dc"], result.Items.Select(i => i.Interaction.Id));
    }

    [Fact]
    public async Task EmailKey_FromAPhoneOnlySource_IsNotSupported()
    {
        var phoneOnly = new InMemoryJourneySource("CampaignManager", SourceCapabilities.PhoneLookup);

        JourneyResult result = await Client(phoneOnly).GetJourneyAsync(new JourneyQuery(Keys.Email));

        Assert.Equal(SourceState.NotSupported, Assert.Single(result.Sources).State);
    }

    [Fact]
    public async Task SourceThatThrows_FailsAloneAndTheOthersDataComesBack()
    {
        var broken = ScriptedSource.Throwing("Broken", new InvalidOperationException("boom"));
        var healthy = ScriptedSource.Answering("Healthy", s_october);

        JourneyResult result = await Client(broken, healthy).GetJourneyAsync(new JourneyQuery(Keys.Dana));

        Assert.Equal([SourceState.Failed, SourceState.Ok], result.Sources.Select(s => s.State));
        Assert.Equal("Broken failed with InvalidOperationException.", result.Sources[0].Message);
        Assert.Equal(["1"], result.Items.Select(i => i.Interaction.Id));
        Assert.Equal(1, result.Sources[1].InteractionCount);
    }

    [Fact]
    public async Task SourceThatFaultsAsynchronously_FailsAloneAndTheOthersDataComesBack()
    {
        var broken = new ScriptedSource("Broken", async (_, token) =>
        {
            await Task.Yield();
            throw new JourneySourceException("Broken", "Broken refused the credentials (401).");
        });

        JourneyResult result = await Client(broken, ScriptedSource.Answering("Healthy", s_october)).GetJourneyAsync(new JourneyQuery(Keys.Dana));

        Assert.Equal(SourceState.Failed, result.Sources[0].State);
        Assert.Equal("Broken refused the credentials (401).", result.Sources[0].Message);
        Assert.Single(result.Items);
    }

    [Fact]
    public async Task FailureReason_NeverCarriesTheCustomersNumber()
    {
        var leaky = ScriptedSource.Throwing("Leaky", new JourneySourceException("Leaky", "No profile for +14155550100 at https://dc/v1?phone=%2B14155550100"));
        var foreign = ScriptedSource.Throwing("Foreign", new HttpRequestException("GET https://cm/api/v1/contacts/+14155550100/interactions failed"));

        JourneyResult result = await Client(leaky, foreign).GetJourneyAsync(new JourneyQuery(Keys.Dana));

        Assert.All(result.Sources, s => Assert.DoesNotContain("4155550100", s.Message, StringComparison.Ordinal));
        Assert.Equal("Foreign failed with HttpRequestException.", result.Sources[1].Message);
    }

    [Fact]
    public async Task SourceThatNeverAnswers_TimesOutAtItsDeadlineWhileTheOthersDataComesBack()
    {
        var hanging = ScriptedSource.Hanging("Hanging");
        var client = Client(hanging, ScriptedSource.Answering("Healthy", s_october));

        Task<JourneyResult> lookup = client.GetJourneyAsync(new JourneyQuery(Keys.Dana));
        Assert.False(lookup.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(3));
        JourneyResult result = await lookup;

        Assert.Equal([SourceState.TimedOut, SourceState.Ok], result.Sources.Select(s => s.State));
        Assert.Equal(TimeSpan.FromSeconds(3), result.Sources[0].Elapsed);
        Assert.True(hanging.LastToken.IsCancellationRequested);
        Assert.Single(result.Items);
    }

    [Fact]
    public async Task TimedOutSources_AreCancelledByTheTimeTheLookupReturns_SoNoWorkGoesOnAfterIt()
    {
        // Real time: the deadline's own timer must not be what cancels the work (it dies with the lookup).
        int running = 0;
        var tokens = new System.Collections.Concurrent.ConcurrentDictionary<LookupKey, CancellationToken>();
        var slow = new ScriptedSource("Slow", async (query, token) =>
        {
            Interlocked.Increment(ref running);
            tokens[query.Key] = token;
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(30), token);
                return [];
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        });
        var options = new JourneyClientOptions { SourceTimeout = TimeSpan.FromMilliseconds(100), MaxConcurrentLookups = 1_000 };
        var client = new JourneyClient([slow, ScriptedSource.Answering("Healthy", s_october)], options);

        bool[] cancelledOnReturn = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            LookupKey key = LookupKey.Parse($"+1415555{i:0000}", "US");
            JourneyResult result = await client.GetJourneyAsync(new JourneyQuery(key));
            Assert.Equal(SourceState.TimedOut, result.Sources[0].State);
            return tokens[key].IsCancellationRequested;
        }));

        Assert.All(cancelledOnReturn, Assert.True);
        for (int wait = 0; wait < 100 && Volatile.Read(ref running) > 0; wait++)
        {
            await Task.Delay(20);
        }

        Assert.Equal(0, Volatile.Read(ref running));
    }

    [Fact]
    public async Task MaxConcurrentLookups_ABurstWaitsItsTurnInOrder_AndTheWaitCountsTowardTheDeadline()
    {
        var open = new TaskCompletionSource();
        var gated = new ScriptedSource("Gated", async (_, token) =>
        {
            await open.Task.WaitAsync(token);
            return [s_october];
        });
        var client = new JourneyClient([gated], new JourneyClientOptions { MaxConcurrentLookups = 1, SourceTimeout = TimeSpan.FromSeconds(3) }, _time);

        Task<JourneyResult> first = client.GetJourneyAsync(new JourneyQuery(Keys.Dana));
        Task<JourneyResult> second = client.GetJourneyAsync(new JourneyQuery(Keys.Dana));
        await Task.Delay(50);
        Assert.Equal(1, gated.Calls); // the second waits its turn
        _time.Advance(TimeSpan.FromSeconds(1));
        open.SetResult();
        JourneyResult[] results = await Task.WhenAll(first, second);

        Assert.All(results, r => Assert.Equal(SourceState.Ok, r.Sources[0].State));
        Assert.Equal(2, gated.Calls);
        Assert.True(results[1].Sources[0].Elapsed >= TimeSpan.FromSeconds(1), "the wait for a turn is part of the lookup");
    }

    [Fact]
    public async Task MaxConcurrentLookups_ALookupWhoseDeadlinePassesWhileItWaits_IsTimedOutSayingWhy()
    {
        var hanging = ScriptedSource.Hanging("Hanging");
        var client = new JourneyClient([hanging], new JourneyClientOptions { MaxConcurrentLookups = 1, SourceTimeout = TimeSpan.FromSeconds(3) }, _time);

        Task<JourneyResult>[] lookups = [.. Enumerable.Range(0, 3).Select(_ => client.GetJourneyAsync(new JourneyQuery(Keys.Dana)))];
        await Task.Delay(50);
        _time.Advance(TimeSpan.FromSeconds(3));
        JourneyResult[] results = await Task.WhenAll(lookups);

        Assert.All(results, r => Assert.Equal(SourceState.TimedOut, r.Sources[0].State));
        Assert.Equal("Hanging did not answer within 3 s.", results[0].Sources[0].Message);
        Assert.Equal("Hanging was not asked: the lookup waited 3 s for a turn (MaxConcurrentLookups = 1) and its deadline passed.", results[2].Sources[0].Message);
        Assert.Equal(1, hanging.Calls);
    }

    [Fact]
    public async Task SourceThatIgnoresCancellation_StillTimesOutAtItsDeadline()
    {
        var client = Client(ScriptedSource.Deaf("Deaf"), ScriptedSource.Answering("Healthy", s_october));

        Task<JourneyResult> lookup = client.GetJourneyAsync(new JourneyQuery(Keys.Dana));
        _time.Advance(TimeSpan.FromSeconds(3));
        JourneyResult result = await lookup;

        Assert.Equal(SourceState.TimedOut, result.Sources[0].State);
        Assert.Single(result.Items);
    }

    [Fact]
    public async Task PerSourceTimeout_OverridesTheDefault()
    {
        var options = new JourneyClientOptions { SourceTimeout = TimeSpan.FromSeconds(3) };
        options.SourceTimeouts["slow"] = TimeSpan.FromSeconds(1);
        var client = new JourneyClient([ScriptedSource.Hanging("Slow"), ScriptedSource.Hanging("Other")], options, _time);

        Task<JourneyResult> lookup = client.GetJourneyAsync(new JourneyQuery(Keys.Dana));
        _time.Advance(TimeSpan.FromSeconds(1));
        await Task.Delay(50);
        Assert.False(lookup.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(2));
        JourneyResult result = await lookup;

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)], result.Sources.Select(s => s.Elapsed));
    }

    [Fact]
    public async Task SourceThrowingTimeoutException_IsReportedAsTimedOut()
    {
        JourneyResult result = await Client(ScriptedSource.Throwing("Slow", new TimeoutException())).GetJourneyAsync(new JourneyQuery(Keys.Dana));

        Assert.Equal(SourceState.TimedOut, Assert.Single(result.Sources).State);
    }

    [Fact]
    public async Task HostCancellation_CancelsTheLookup()
    {
        using var cancellation = new CancellationTokenSource();
        Task<JourneyResult> lookup = Client(ScriptedSource.Hanging("Hanging")).GetJourneyAsync(new JourneyQuery(Keys.Dana), cancellation.Token);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => lookup);
    }

    [Fact]
    public async Task Sources_AreAskedConcurrently()
    {
        var first = new TaskCompletionSource<IReadOnlyList<Interaction>>();
        var second = new TaskCompletionSource<IReadOnlyList<Interaction>>();
        var a = new ScriptedSource("A", (_, _) => first.Task);
        var b = new ScriptedSource("B", (_, _) => second.Task);

        Task<JourneyResult> lookup = Client(a, b).GetJourneyAsync(new JourneyQuery(Keys.Dana));

        Assert.Equal((1, 1), (a.Calls, b.Calls)); // both asked before either answered
        first.SetResult([]);
        second.SetResult([]);
        await lookup;
    }

    [Fact]
    public async Task Merge_DeduplicatesBySourceAndIdAndKeepsEqualIdsFromDifferentSources()
    {
        Interaction repeated = Interactions.At("same", "2026-10-01T09:00:00Z", source: "A");
        var a = ScriptedSource.Answering("A", repeated, repeated with { AgentName = "Second copy" });
        var b = ScriptedSource.Answering("B", repeated with { Source = "B" });

        JourneyResult result = await Client(a, b).GetJourneyAsync(new JourneyQuery(Keys.Dana));

        Assert.Equal([("A", "same"), ("B", "same")], result.Items.Select(i => (i.Interaction.Source, i.Interaction.Id)));
        Assert.Equal("Dana Reyes", result.Items[0].Interaction.AgentName);
        Assert.Equal(["1 interaction repeating an id already seen were left out."], result.Sources[0].Warnings);
    }

    [Fact]
    public async Task FirstView_ShowsWhatTheSameFilterShowsOnceTheJourneyIsFullyIndexed()
    {
        // The first view indexes only what matches; a re-filter uses the full index. Both must agree.
        var campaignManager = new InMemoryJourneySource("CampaignManager").Add(
            Keys.Dana,
            Interactions.At("1", "2026-10-01T09:00:00Z", campaign: Interactions.WinterRenewals, comments: "Débito pedido", source: "CampaignManager"),
            Interactions.At("2", "2026-10-01T09:00:00Z", campaign: Interactions.WinterRenewals, channel: Channel.Sms, source: "CampaignManager"),
            Interactions.At("3", "2026-09-12T15:00:00Z", campaign: Interactions.WinterRenewals, outcome: OutcomeKind.Failure, source: "CampaignManager"),
            Interactions.At("3", "2026-09-12T15:00:00Z", campaign: Interactions.WinterRenewals, outcome: OutcomeKind.Failure, source: "CampaignManager"),
            Interactions.At("4", "2026-08-02T23:30:00Z", campaign: Interactions.SpringOffers, source: "CampaignManager"));
        var dataCloud = new InMemoryJourneySource("DataCloud").Add(
            Keys.Dana,
            Interactions.At("1", "2026-10-01T09:00:00Z", campaign: Interactions.WinterRenewals, source: "DataCloud"),
            Interactions.At("3", "2026-09-12T15:00:00Z", campaign: Interactions.WinterRenewals, source: "CampaignManager"));
        JourneyClient client = Client(campaignManager, dataCloud);

        foreach (JourneyFilter filter in new JourneyFilter[]
        {
            new() { CampaignId = "CMP-7", Channel = Channel.Voice },
            new() { CampaignId = "CMP-7" },
            new() { Channel = Channel.Voice, Text = "debito" },
            new() { CampaignId = "CMP-404" },
            JourneyFilter.None,
        })
        {
            JourneyResult first = await client.GetJourneyAsync(new JourneyQuery(Keys.Dana) { Filter = filter });
            JourneyResult refiltered = first.WithFilter(JourneyFilter.None).WithFilter(filter);

            Assert.Equal(refiltered.Items.Select(i => (i.Interaction.Source, i.Interaction.Id)), first.Items.Select(i => (i.Interaction.Source, i.Interaction.Id)));
            Assert.Equal(refiltered.Timeline.Days.Select(d => (d.Date, d.HasFailure, d.Items.Count)), first.Timeline.Days.Select(d => (d.Date, d.HasFailure, d.Items.Count)));
            Assert.Equal(5, first.TotalCount);
            Assert.Equal(5, first.AllItems.Count);
        }
    }

    [Fact]
    public async Task BadRecords_AreLeftOutOrRepairedWithAWarningNotACrash()
    {
        var sloppy = ScriptedSource.Answering(
            "Sloppy",
            Interactions.At("ok", "2026-10-01T09:00:00Z"),
            Interactions.At("", "2026-10-01T10:00:00Z"),
            Interactions.At("future", "2027-10-01T10:00:00Z"),
            Interactions.At("ancient", "1901-01-01T10:00:00Z"),
            Interactions.At("backwards", "2026-10-02T10:00:00Z", end: "2026-10-02T09:00:00Z"),
            null!);

        JourneyResult result = await Client(sloppy).GetJourneyAsync(new JourneyQuery(Keys.Dana));

        Assert.Equal(["ok", "backwards"], result.Items.Select(i => i.Interaction.Id));
        Assert.Null(result.Items[1].Interaction.End);
        Assert.Equal(SourceState.Ok, result.Sources[0].State);
        Assert.Equal(
            ["2 interactions without an id were left out.", "2 interactions outside the requested period were left out.", "1 interaction ending before they started were kept without an end."],
            result.Sources[0].Warnings);
    }

    [Fact]
    public async Task SourceWarnings_AppearOnItsStatus()
    {
        var source = new ScriptedSource("DataCloud", (_, _) => Task.FromResult<IReadOnlyList<Interaction>>(
            new SourceInteractions([s_october], ["1 record with an unreadable start was left out."])));

        JourneyResult result = await Client(source).GetJourneyAsync(new JourneyQuery(Keys.Dana));

        Assert.Equal(["1 record with an unreadable start was left out."], result.Sources[0].Warnings);
        Assert.Single(result.Items);
    }

    [Fact]
    public async Task Interactions_KeepTheirOriginAndWithoutOneTakeTheSourcesName()
    {
        var store = ScriptedSource.Answering("Store", Interactions.At("1", "2026-10-01T09:00:00Z", source: "DataCloud"), Interactions.At("2", "2026-10-01T10:00:00Z", source: " "));

        JourneyResult result = await Client(store).GetJourneyAsync(new JourneyQuery(Keys.Dana));

        Assert.Equal(["DataCloud", "Store"], result.Items.Select(i => i.Interaction.Source));
    }

    [Fact]
    public async Task Merge_TheSameRecordFromTwoSources_IsShownOnceWithAWarningOnTheLaterSource()
    {
        Interaction record = Interactions.At("DC-1", "2026-10-01T09:00:00Z", source: "DataCloud");
        var dataCloud = ScriptedSource.Answering("DataCloud", record);
        var store = ScriptedSource.Answering("Store", record with { AgentName = "Cached copy" }, Interactions.At("DC-2", "2026-10-02T09:00:00Z", source: "DataCloud"));

        JourneyResult result = await Client(dataCloud, store).GetJourneyAsync(new JourneyQuery(Keys.Dana));

        Assert.Equal(["DC-1", "DC-2"], result.Items.Select(i => i.Interaction.Id));
        Assert.Equal("Dana Reyes", result.Items[0].Interaction.AgentName);
        Assert.Equal((1, 1), (result.Sources[0].InteractionCount, result.Sources[1].InteractionCount));
        Assert.Equal(["1 interaction already returned by an earlier source were left out."], result.Sources[1].Warnings);
    }

    [Fact]
    public async Task ListingsThatFail_KeepTheSourcesInteractionsWithAWarning()
    {
        var source = new ScriptedSource(
            "DataCloud",
            (_, _) => Task.FromResult<IReadOnlyList<Interaction>>([s_october]),
            listings: (_, _) => throw new InvalidOperationException("listing down"));

        JourneyResult result = await Client(source).GetJourneyAsync(new JourneyQuery(Keys.Dana));

        Assert.Equal(SourceState.Ok, result.Sources[0].State);
        Assert.Single(result.Items);
        Assert.Contains("campaigns", Assert.Single(result.Sources[0].Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task R5_DefaultPeriod_IsTwelveMonthsAndSourcesAreAskedForTheHalfOpenRange()
    {
        SourceQuery? asked = null;
        var source = new ScriptedSource("A", (q, _) =>
        {
            asked = q;
            return Task.FromResult<IReadOnlyList<Interaction>>([]);
        });

        JourneyResult result = await new JourneyClient([source], new JourneyClientOptions { TimeZone = "America/New_York" }, _time).GetJourneyAsync(new JourneyQuery(Keys.Dana));

        Assert.NotNull(asked);
        Assert.Equal(DateTimeOffset.Parse("2025-11-15T00:00:00-05:00", System.Globalization.CultureInfo.InvariantCulture), asked.From);
        Assert.Equal(JourneyResults.Now, asked.To);
        Assert.Equal(result.Period, new PeriodRange(asked.From, asked.To));
        Assert.Equal(Keys.Dana, asked.Key);
    }

    [Fact]
    public async Task R12_Details_CarryEveryFieldOfBothSources()
    {
        var interaction = new Interaction
        {
            Source = "DataCloud",
            Id = "DC-9f2c",
            Start = DateTimeOffset.Parse("2026-10-01T09:15:00Z", System.Globalization.CultureInfo.InvariantCulture),
            End = DateTimeOffset.Parse("2026-10-01T09:21:30Z", System.Globalization.CultureInfo.InvariantCulture),
            Channel = Channel.Voice,
            Mode = ContactMode.Home,
            Direction = InteractionDirection.Inbound,
            Campaign = Interactions.WinterRenewals,
            Outcome = new Outcome("SALE", "Sale", OutcomeKind.Success),
            PhoneNumber = "+14155550100",
            PreviousScore = 40,
            CurrentScore = 35,
            AgentName = "Dana Reyes",
            AgentComments = "Upgraded to the family plan",
        };

        JourneyResult result = await Client(ScriptedSource.Answering("DataCloud", interaction)).GetJourneyAsync(new JourneyQuery(Keys.Dana));

        Assert.Equal(interaction, Assert.Single(result.Items).Interaction);
    }

    [Fact]
    public async Task Logs_OfALookup_CarryNoPersonalData()
    {
        var collector = new FakeLogCollector();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(collector)));
        var failing = ScriptedSource.Throwing("Failing", new InvalidOperationException("+14155550100 Asked to call back"));
        var healthy = ScriptedSource.Answering("Healthy", Interactions.At("1", "2026-10-01T09:00:00Z", comments: "Asked to call back"));
        var client = new JourneyClient([failing, healthy], null, _time, factory.CreateLogger<JourneyClient>());

        await client.GetJourneyAsync(new JourneyQuery(Keys.Dana) { Direction = CallDirection.Inbound });

        string all = string.Join('\n', collector.GetSnapshot().Select(r => r.Message + r.Exception));
        Assert.Contains("Failing", all, StringComparison.Ordinal);
        Assert.Contains("+14*******00", all, StringComparison.Ordinal);
        Assert.DoesNotContain("4155550100", all, StringComparison.Ordinal);
        Assert.DoesNotContain("call back", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RefusesDuplicateNamesAndBadOptions()
    {
        Assert.Throws<ArgumentException>(() => new JourneyClient([ScriptedSource.Hanging("A"), ScriptedSource.Hanging("a")]));
        Assert.Throws<ArgumentException>(() => new JourneyClient([], new JourneyClientOptions { TimeZone = "Mars/Olympus_Mons" }));
        Assert.Throws<ArgumentException>(() => new JourneyClient([], new JourneyClientOptions { SourceTimeout = TimeSpan.Zero }));
        Assert.Throws<ArgumentException>(() => new JourneyClient([], new JourneyClientOptions { DefaultPeriodMonths = 0 }));
    }

    [Fact]
    public void ParseKey_UsesTheConfiguredDefaultRegion()
    {
        var client = new JourneyClient([], new JourneyClientOptions { DefaultRegion = "GB" });

        Assert.Equal("+442079460958", client.ParseKey("020 7946 0958").Value);
    }

    [Fact]
    public async Task NoSources_GivesAnEmptyCompleteJourney()
    {
        JourneyResult result = await Client().GetJourneyAsync(new JourneyQuery(Keys.Dana));

        Assert.Empty(result.Items);
        Assert.Empty(result.Timeline.Days);
        Assert.True(result.IsComplete);
    }
}
