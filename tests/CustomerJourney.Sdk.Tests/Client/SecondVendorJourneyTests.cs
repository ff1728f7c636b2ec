using CustomerJourney.Fixtures;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using Microsoft.Extensions.Time.Testing;

namespace CustomerJourney.Client;

/// <summary>The second vendor's journey through the client: channels, transfers, outcomes, segments, history limits.</summary>
public class SecondVendorJourneyTests
{
    private static readonly DateTimeOffset s_day = DateTimeOffset.Parse("2026-10-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private static JourneyClient Client(params IJourneySource[] sources) =>
        new(sources, new JourneyClientOptions(), new FakeTimeProvider(JourneyResults.Now));

    private static Interaction On(string id, Channel channel, bool agentless = false) =>
        Interactions.At(id, "2026-10-01T10:00:00Z", channel: channel, source: "Engage") with { IsAgentless = agentless };

    [Fact]
    public async Task R16_TransferAcrossThreeQueues_ShowsTheLastQueueAndAgent()
    {
        Interaction transferred = On("t", Channel.Voice) with
        {
            Hops = [new TransferHop("Front desk", "Ana"), new TransferHop("Billing", "Ben"), new TransferHop("Retention", "Chloé")],
            WrapUpCode = "RETAINED",
            Notes = "Offered the loyalty discount",
        };

        JourneyResult result = await Client(new InMemoryJourneySource("Engage").Add(Keys.Dana, transferred)).GetJourneyAsync(new JourneyQuery(Keys.Dana));

        Interaction shown = Assert.Single(result.Items).Interaction;
        Assert.Equal(new TransferHop("Retention", "Chloé"), shown.LastHop);
        Assert.Equal(3, shown.Hops!.Count);
        Assert.Equal(("RETAINED", "Offered the loyalty discount"), (shown.WrapUpCode, shown.Notes));
    }

    [Fact]
    public async Task R16_Segments_AreInTheOrderAssigned_EachOnce_AndOutcomesShowTheFurthestProgress()
    {
        Interaction first = On("v1", Channel.WebVisit) with
        {
            Segments = [new SegmentMatch("mobile", "Mobile visitor", s_day.AddMinutes(5)), new SegmentMatch("fr", "From France", s_day.AddMinutes(1))],
            OutcomeProgress = [new OutcomeProgress("Purchased", "Put in cart", 0.5)],
            PredictedScores = [new OutcomeScore("Purchased", 0.40)],
            LastActivity = s_day.AddMinutes(10),
        };
        Interaction second = On("v2", Channel.WebVisit) with
        {
            Start = s_day.AddDays(1),
            Segments = [new SegmentMatch("returning", "Returning visitor", s_day.AddDays(1)), new SegmentMatch("fr", "From France", s_day.AddDays(1).AddMinutes(1))],
            OutcomeProgress = [new OutcomeProgress("Purchased", "Viewed product", 0.25), new OutcomeProgress("Newsletter", "Subscribed", 1)],
            PredictedScores = [new OutcomeScore("Purchased", 0.81)],
            LastActivity = s_day.AddDays(1).AddMinutes(10),
        };

        JourneyResult result = await Client(new InMemoryJourneySource("Engage").Add(Keys.Dana, second, first)).GetJourneyAsync(new JourneyQuery(Keys.Dana));

        Assert.Equal(["fr", "mobile", "returning"], result.Segments.Select(s => s.Id));
        Assert.Equal([("Newsletter", 1.0, true), ("Purchased", 0.5, false)], result.Outcomes.Select(o => (o.Outcome, o.Progress, o.IsAchieved)));
        Assert.Equal(0.81, Assert.Single(result.PredictedScores).Probability);
    }

    [Fact]
    public async Task ChannelsThatCarryNoJourney_AreLeftOutWithAWarning_NotMixedIn()
    {
        var engage = new InMemoryJourneySource("Engage").Add(
            Keys.Dana,
            On("kc", Channel.KnowledgeCenter),
            On("cobrowse", Channel.CoBrowse),
            On("insta", Channel.InstagramDirect),
            On("agentless-mail", Channel.Email, agentless: true),
            On("agentless-whatsapp", Channel.WhatsApp, agentless: true),
            On("agentless-sms", Channel.Sms, agentless: true),
            On("line", Channel.Line),
            On("x", Channel.Twitter),
            On("messenger", Channel.FacebookMessenger),
            On("mail", Channel.Email));

        JourneyResult result = await Client(engage).GetJourneyAsync(new JourneyQuery(Keys.Dana));

        Assert.Equal(["agentless-sms", "agentless-whatsapp", "line", "mail", "messenger", "x"], result.Items.Select(i => i.Interaction.Id).Order(StringComparer.Ordinal));
        Assert.Contains("4 interactions on channels that carry no journey", Assert.Single(result.Sources[0].Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SourceKeeping60Days_IsAskedOnlyForThemAndTheResultSaysSo()
    {
        SourceQuery? asked = null;
        var engage = new LimitedSource(TimeSpan.FromDays(60), query => asked = query);

        JourneyResult result = await Client(engage).GetJourneyAsync(new JourneyQuery(Keys.Dana) { Period = JourneyPeriod.Last12Months });

        DateTimeOffset sixtyDaysAgo = JourneyResults.Now.AddDays(-60);
        Assert.Equal(sixtyDaysAgo, asked!.From);
        SourceStatus status = Assert.Single(result.Sources);
        Assert.True(status.IsOk);
        Assert.Equal(sixtyDaysAgo, status.AvailableFrom);
        Assert.Contains("keeps 60 days of history", Assert.Single(status.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SourceKeeping60Days_AskedForLess_ServesTheWholePeriodSilently()
    {
        SourceQuery? asked = null;
        var engage = new LimitedSource(TimeSpan.FromDays(60), query => asked = query);

        JourneyResult result = await Client(engage).GetJourneyAsync(new JourneyQuery(Keys.Dana) { Period = JourneyPeriod.LastMonths(1) });

        Assert.Equal(result.Period.From, asked!.From);
        Assert.Null(result.Sources[0].AvailableFrom);
        Assert.Empty(result.Sources[0].Warnings);
    }

    private sealed class LimitedSource(TimeSpan limit, Action<SourceQuery> onQuery) : IJourneySource
    {
        public string Name => "Engage";

        public SourceCapabilities Capabilities => SourceCapabilities.PhoneLookup | SourceCapabilities.InboundCalls;

        public TimeSpan? HistoryLimit => limit;

        public Task<IReadOnlyList<Interaction>> GetInteractionsAsync(SourceQuery query, CancellationToken cancellationToken)
        {
            onQuery(query);
            return Task.FromResult<IReadOnlyList<Interaction>>([]);
        }

        public Task<IReadOnlyList<Campaign>> GetListedCampaignsAsync(LookupKey key, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Campaign>>([]);
    }
}
