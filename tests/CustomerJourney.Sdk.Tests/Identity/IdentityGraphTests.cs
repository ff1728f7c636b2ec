using CsCheck;
using CustomerJourney.Client;
using CustomerJourney.Fixtures;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using Microsoft.Extensions.Time.Testing;

namespace CustomerJourney.Identity;

public class IdentityGraphTests
{
    private static readonly LookupKey s_desktop = LookupKey.ForWebId("cookie-desktop-7f3a");
    private static readonly LookupKey s_tablet = LookupKey.ForWebId("cookie-tablet-91bc");

    private readonly FakeTimeProvider _time = new(JourneyResults.Now);

    private static Interaction Visit(string id, string start) =>
        Interactions.At(id, start, channel: Channel.WebVisit, source: "Engage");

    // Web visits are known by device; the calls by phone; the e-mail was given on both devices.
    private static InMemoryJourneySource Engage() => new InMemoryJourneySource("Engage")
        .Add(s_desktop, Visit("desktop-visit", "2026-10-01T10:00:00Z"))
        .Add(s_tablet, Visit("tablet-visit", "2026-10-05T18:00:00Z"))
        .Add(Keys.Email, Interactions.At("web-message", "2026-10-05T18:05:00Z", channel: Channel.WebMessaging, source: "Engage"));

    private static ScriptedSource PhoneOnly() => new(
        "CampaignManager",
        (query, _) => Task.FromResult<IReadOnlyList<Interaction>>(query.Key == Keys.Dana ? [Interactions.At("call", "2026-10-07T15:00:00Z", source: "CampaignManager")] : []),
        SourceCapabilities.PhoneLookup | SourceCapabilities.InboundCalls);

    private JourneyClient Client(IdentityGraph identities, params IJourneySource[] sources) =>
        new(sources, new JourneyClientOptions(), _time, identities: identities);

    [Fact]
    public async Task R16_VisitsOnTwoDevices_WithTheSameEmail_AreOneProfile_FoundByEachIdentifier()
    {
        var identities = new IdentityGraph(_time);
        await identities.JoinAsync(s_desktop, Keys.Email, "e-mail given in a web form on the desktop");
        await identities.JoinAsync(s_tablet, Keys.Email, "e-mail given in web messaging on the tablet");
        JourneyClient client = Client(identities, Engage());

        string[][] journeys = await Task.WhenAll(new[] { s_desktop, s_tablet, Keys.Email }.Select(async key =>
            (await client.GetJourneyAsync(new JourneyQuery(key))).Items.Select(i => i.Interaction.Id).ToArray()));

        string[] expected = ["desktop-visit", "tablet-visit", "web-message"];
        Assert.All(journeys, journey => Assert.Equal(expected, journey));
    }

    [Fact]
    public async Task Stitching_RecordsWhichIdentifiersWereJoinedAndWhy()
    {
        var identities = new IdentityGraph(_time);
        IdentityLink link = await identities.JoinAsync(s_desktop, Keys.Email, "e-mail given in a web form on the desktop");
        JourneyResult result = await Client(identities, Engage()).GetJourneyAsync(new JourneyQuery(s_desktop));

        Assert.Equal([s_desktop, Keys.Email], result.Profile.Keys);
        IdentityLink recorded = Assert.Single(result.Profile.Links);
        Assert.Equal((link.Id, "e-mail given in a web form on the desktop", JourneyResults.Now), (recorded.Id, recorded.Reason, recorded.JoinedAt));
        Assert.Same(link, await identities.JoinAsync(Keys.Email, s_desktop, "again"));
    }

    [Fact]
    public async Task Stitching_CarriesTheWholeHistoryOfEverySource_AndUndoSplitsItAgain()
    {
        var identities = new IdentityGraph(_time);
        await identities.JoinAsync(s_tablet, Keys.Email, "e-mail given in web messaging");
        IdentityLink phone = await identities.JoinAsync(Keys.Email, Keys.Dana, "phone number given in web messaging");
        JourneyClient client = Client(identities, Engage(), PhoneOnly());

        JourneyResult joined = await client.GetJourneyAsync(new JourneyQuery(s_tablet));
        Assert.Equal(["tablet-visit", "web-message", "call"], joined.Items.Select(i => i.Interaction.Id));
        Assert.All(joined.Sources, s => Assert.True(s.IsOk));

        Assert.True(await identities.UndoAsync(phone.Id));
        Assert.False(await identities.UndoAsync(phone.Id));
        JourneyResult tabletAgain = await client.GetJourneyAsync(new JourneyQuery(s_tablet));
        JourneyResult byPhone = await client.GetJourneyAsync(new JourneyQuery(Keys.Dana));

        Assert.Equal(["tablet-visit", "web-message"], tabletAgain.Items.Select(i => i.Interaction.Id));
        Assert.Equal(SourceState.NotSupported, tabletAgain.Sources.Single(s => s.Name == "CampaignManager").State);
        Assert.Equal(["call"], byPhone.Items.Select(i => i.Interaction.Id));
        Assert.Equal([Keys.Dana], byPhone.Profile.Keys);
    }

    [Fact]
    public async Task InboundLookupByEmail_IsServedByAPhoneOnlySource_ThroughTheJoinedPhone()
    {
        var identities = new IdentityGraph(_time);
        await identities.JoinAsync(Keys.Email, Keys.Dana, "phone number and e-mail of the same account");

        JourneyResult result = await Client(identities, PhoneOnly()).GetJourneyAsync(new JourneyQuery(Keys.Email) { Direction = CallDirection.Inbound });

        Assert.Equal(SourceState.Ok, Assert.Single(result.Sources).State);
        Assert.Equal(["call"], result.Items.Select(i => i.Interaction.Id));
    }

    [Fact]
    public void Profiles_AreTheConnectedIdentifiers_OverRandomJoinsAndUndos()
    {
        LookupKey[] universe = [.. Enumerable.Range(0, 12).Select(i => LookupKey.ForWebId($"device-{i}"))];
        Gen.Select(Gen.Int[0, 11], Gen.Int[0, 11], Gen.Int[0, 4]).Array[0, 40].Sample(steps =>
        {
            var graph = new IdentityGraph(_time);
            var alive = new List<IdentityLink>();
            foreach ((int a, int b, int undo) in steps)
            {
                if (undo == 0 && alive.Count > 0)
                {
                    IdentityLink gone = alive[(a + b) % alive.Count];
                    Assert.True(graph.UndoAsync(gone.Id).GetAwaiter().GetResult());
                    alive.Remove(gone);
                }
                else if (a != b)
                {
                    IdentityLink link = graph.JoinAsync(universe[a], universe[b], "test").GetAwaiter().GetResult();
                    if (!alive.Contains(link))
                    {
                        alive.Add(link);
                    }
                }
            }

            // The reference: plain connected components over the joins still alive.
            foreach (LookupKey key in universe)
            {
                var reached = new HashSet<LookupKey> { key };
                for (bool grew = true; grew;)
                {
                    grew = false;
                    foreach (IdentityLink link in alive)
                    {
                        grew |= (reached.Contains(link.First) && reached.Add(link.Second)) | (reached.Contains(link.Second) && reached.Add(link.First));
                    }
                }

                CustomerProfile profile = graph.ProfileOf(key);
                Assert.Equal(key, profile.Keys[0]);
                Assert.Equal(reached.OrderBy(k => k.Value, StringComparer.Ordinal), profile.Keys.OrderBy(k => k.Value, StringComparer.Ordinal));
                Assert.Equal(alive.Where(l => reached.Contains(l.First)), profile.Links);
            }

            Assert.Equal(alive, graph.Links);
        },
        iter: 300);
    }

    [Fact]
    public async Task WebIdKeys_AreMaskedAndValidated()
    {
        Assert.Equal("co*****************", s_desktop.ToString());
        Assert.Throws<InvalidLookupKeyException>(() => LookupKey.ForWebId("  "));
        await Assert.ThrowsAsync<ArgumentException>(() => new IdentityGraph().JoinAsync(s_desktop, s_desktop, "same"));
    }
}
