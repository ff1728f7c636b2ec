using CustomerJourney.Identity;
using CustomerJourney.Model;
using CustomerJourney.Sources;
using CustomerJourney.Sqlite.Fixtures;
using Microsoft.Data.Sqlite;

namespace CustomerJourney.Sqlite;

/// <summary>The store carries the second vendor's fields (R14–R16) and web visitor ids, and migrates schema 1 files.</summary>
public class SqliteJourneyStoreSecondVendorTests
{
    private static readonly DateTimeOffset s_from = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_to = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly LookupKey s_tablet = LookupKey.ForWebId("cookie-tablet-91bc");

    private static Interaction Visit(string id) => Records.Minimal(id, DateTimeOffset.Parse("2026-10-05T18:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture)) with
    {
        Channel = Channel.WebVisit,
        IsAgentless = true,
        LastActivity = DateTimeOffset.Parse("2026-10-05T18:09:30+02:00", System.Globalization.CultureInfo.InvariantCulture),
        Hops = [new TransferHop("Front desk", "Ana"), new TransferHop(null, "Ben"), new TransferHop("Retention", null)],
        WrapUpCode = "RETAINED",
        Notes = "Kunde möchte zurückgerufen werden",
        Divisions = ["EMEA", "Retail"],
        OutcomeProgress = [new OutcomeProgress("Purchased", "Put in cart", 0.5)],
        PredictedScores = [new OutcomeScore("Purchased", 0.72)],
        Segments = [new SegmentMatch("fr", "From France", DateTimeOffset.Parse("2026-10-05T16:01:00Z", System.Globalization.CultureInfo.InvariantCulture))],
        WebEvents =
        [
            new WebEvent(WebEventKind.PageView, "Fibre offers", DateTimeOffset.Parse("2026-10-05T18:01:00+02:00", System.Globalization.CultureInfo.InvariantCulture)),
            new WebEvent(WebEventKind.ContentOfferAccepted, "Chat with an adviser", DateTimeOffset.Parse("2026-10-05T18:09:30+02:00", System.Globalization.CultureInfo.InvariantCulture)),
        ],
    };

    [Fact]
    public async Task RoundTrip_KeepsStatusHopsDivisionsOutcomesScoresSegmentsAndWebEvents()
    {
        using var file = new TemporaryStore();
        using SqliteJourneyStore store = await file.OpenAsync();
        Interaction visit = Visit("v1");

        await store.UpsertAsync(s_tablet, [visit]);
        Interaction read = Assert.Single(await store.GetInteractionsAsync(new SourceQuery(s_tablet, s_from, s_to), CancellationToken.None));

        Assert.Equal((visit.Channel, visit.IsAgentless, visit.LastActivity, visit.LastActivity!.Value.Offset, visit.WrapUpCode, visit.Notes), (read.Channel, read.IsAgentless, read.LastActivity, read.LastActivity!.Value.Offset, read.WrapUpCode, read.Notes));
        Assert.Equal(visit.Hops, read.Hops);
        Assert.Equal(visit.Divisions, read.Divisions);
        Assert.Equal(visit.OutcomeProgress, read.OutcomeProgress);
        Assert.Equal(visit.PredictedScores, read.PredictedScores);
        Assert.Equal(visit.Segments, read.Segments);
        Assert.Equal(visit.WebEvents, read.WebEvents);
        Assert.Equal(new TransferHop("Retention", null), read.LastHop);
    }

    [Fact]
    public async Task AbsentFields_StayAbsent_AndWebIdsNeverMeetEmailKeys()
    {
        using var file = new TemporaryStore();
        using SqliteJourneyStore store = await file.OpenAsync();
        LookupKey lookalike = LookupKey.ForWebId(Records.DanaByEmail.Value);
        await store.UpsertAsync(Records.DanaByEmail, [Records.Minimal("mail", s_from.AddDays(1))]);
        await store.UpsertAsync(lookalike, [Visit("web")]);

        Interaction mail = Assert.Single(await store.GetInteractionsAsync(new SourceQuery(Records.DanaByEmail, s_from, s_to), CancellationToken.None));
        Interaction web = Assert.Single(await store.GetInteractionsAsync(new SourceQuery(lookalike, s_from, s_to), CancellationToken.None));

        Assert.Equal(("mail", "web"), (mail.Id, web.Id));
        Assert.Null(mail.Hops);
        Assert.Null(mail.Segments);
        Assert.Empty(mail.Divisions);
        Assert.Null(mail.LastActivity);
    }

    [Fact]
    public async Task SchemaOneFile_IsMigratedOnOpen_AndKeepsItsData()
    {
        using var file = new TemporaryStore();
        await using (var connection = new SqliteConnection($"Data Source={file.Path};Pooling=False"))
        {
            await connection.OpenAsync();
            using SqliteCommand create = connection.CreateCommand();
            create.CommandText = """
                PRAGMA application_id = 1128944433;
                CREATE TABLE interactions (
                    customer TEXT NOT NULL, source TEXT NOT NULL, id TEXT NOT NULL,
                    start_ticks INTEGER NOT NULL, start_offset_minutes INTEGER NOT NULL, end_ticks INTEGER, end_offset_minutes INTEGER,
                    channel INTEGER NOT NULL, mode INTEGER NOT NULL, direction INTEGER NOT NULL,
                    campaign_id TEXT, campaign_name TEXT, outcome_code TEXT, outcome_name TEXT, outcome_kind INTEGER,
                    phone_number TEXT, previous_score INTEGER, current_score INTEGER, agent_name TEXT, agent_comments TEXT,
                    PRIMARY KEY (customer, source, id)) WITHOUT ROWID;
                CREATE INDEX ix_interactions_customer_start ON interactions (customer, start_ticks);
                CREATE TABLE listings (customer TEXT NOT NULL, campaign_id TEXT NOT NULL, campaign_name TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (customer, campaign_id)) WITHOUT ROWID;
                INSERT INTO interactions VALUES ('+14155550100', 'DataCloud', 'old-1', 639000000000000000, 0, NULL, NULL, 1, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'Dana', NULL);
                PRAGMA user_version = 1;
                """;
            await create.ExecuteNonQueryAsync();
        }

        using SqliteJourneyStore store = await file.OpenAsync(create: false);
        Interaction old = Assert.Single(await store.GetInteractionsAsync(new SourceQuery(Records.Dana, DateTimeOffset.MinValue, DateTimeOffset.MaxValue), CancellationToken.None));
        await store.UpsertAsync(Records.Dana, [Visit("new")]);

        Assert.Equal(("old-1", "Dana", false), (old.Id, old.AgentName, old.IsAgentless));
        Assert.Equal(2, (await store.GetInteractionsAsync(new SourceQuery(Records.Dana, DateTimeOffset.MinValue, DateTimeOffset.MaxValue), CancellationToken.None)).Count);
        await using var check = new SqliteConnection($"Data Source={file.Path};Pooling=False");
        await check.OpenAsync();
        using SqliteCommand version = check.CreateCommand();
        version.CommandText = "PRAGMA user_version";
        Assert.Equal(4L, (long)(await version.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task IdentityJoins_AreKeptInTheStore_AcrossReopening_AndUndoIsKeptToo()
    {
        using var file = new TemporaryStore();
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 15, 14, 30, 0, TimeSpan.FromHours(1)));
        Guid undone;
        using (SqliteJourneyStore first = await file.OpenAsync())
        {
            IdentityGraph graph = await IdentityGraph.LoadAsync(first, time);
            await graph.JoinAsync(s_tablet, Records.DanaByEmail, "e-mail given in web messaging");
            undone = (await graph.JoinAsync(Records.DanaByEmail, Records.Dana, "phone on the account")).Id;
            await graph.JoinAsync(LookupKey.ForWebId("cookie-desktop-7f3a"), Records.DanaByEmail, "e-mail given in a web form");
            Assert.True(await graph.UndoAsync(undone));
        }

        using SqliteJourneyStore second = await file.OpenAsync(create: false);
        IdentityGraph reloaded = await IdentityGraph.LoadAsync(second, time);

        CustomerProfile profile = reloaded.ProfileOf(s_tablet);
        Assert.Equal([s_tablet, Records.DanaByEmail, LookupKey.ForWebId("cookie-desktop-7f3a")], profile.Keys);
        Assert.Equal(["e-mail given in web messaging", "e-mail given in a web form"], profile.Links.Select(l => l.Reason));
        Assert.Equal(time.GetUtcNow(), profile.Links[0].JoinedAt);
        Assert.Equal(TimeSpan.FromHours(1), profile.Links[0].JoinedAt.Offset);
        Assert.DoesNotContain(reloaded.Links, l => l.Id == undone);
        Assert.Equal([Records.Dana], reloaded.ProfileOf(Records.Dana).Keys);
    }

    [Fact]
    public async Task R14_Watch_PollsTheStore_AndReportsARecordWrittenByAnotherProcess()
    {
        using var file = new TemporaryStore();
        using SqliteJourneyStore reader = await file.OpenAsync();
        var now = new DateTimeOffset(2026, 10, 5, 18, 10, 0, TimeSpan.Zero);
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(now);
        await reader.UpsertAsync(Records.Dana, [Visit("v1")]);
        var client = new Client.JourneyClient([reader], new Client.JourneyClientOptions { WatchPollInterval = TimeSpan.FromSeconds(5) }, time);
        await using IAsyncEnumerator<Live.JourneyUpdate> watch = client.WatchAsync(new Query.JourneyQuery(Records.Dana) { Access = Access.AccessContext.Unrestricted }).GetAsyncEnumerator();
        Assert.True(await watch.MoveNextAsync());
        Assert.Single(watch.Current.Journey!.Items);

        // Another writer (its own connection to the same file) adds a live conversation.
        using (SqliteJourneyStore writer = await file.OpenAsync(create: false))
        {
            await writer.UpsertAsync(Records.Dana, [Visit("v2") with { Start = now.AddMinutes(-1), End = null, Channel = Channel.WebMessaging, LastActivity = now }]);
        }

        ValueTask<bool> next = watch.MoveNextAsync();
        for (int step = 0; step < 200 && !next.IsCompleted; step++)
        {
            await Task.Delay(5);
            time.Advance(TimeSpan.FromMilliseconds(250));
        }

        Assert.True(await next.AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal((Live.JourneyUpdateKind.Added, "v2", Live.LiveStatus.Live), (watch.Current.Kind, watch.Current.Interaction!.Id, watch.Current.Status));
        Assert.True(watch.Current.At - now >= TimeSpan.FromSeconds(5), "Polled before the interval.");
    }
}
