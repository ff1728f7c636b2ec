using CustomerJourney.Client;
using CustomerJourney.Fixtures;
using CustomerJourney.Model;

namespace CustomerJourney.Query;

public class FilterTests
{
    private static readonly Interaction[] s_data =
    [
        Interactions.At("1", "2026-10-01T09:00:00Z", Channel.Voice, campaign: Interactions.WinterRenewals, agent: "Dana Reyes"),
        Interactions.At("2", "2026-10-02T09:00:00Z", Channel.Sms, ContactMode.Sms, campaign: Interactions.WinterRenewals, agent: "Chloé Martin"),
        Interactions.At("3", "2026-10-03T09:00:00Z", Channel.Email, ContactMode.Email, campaign: Interactions.DebitoAutomatico, comments: "Cliente pidió DÉBITO automático"),
        Interactions.At("4", "2026-10-04T09:00:00Z", Channel.Voice, ContactMode.Mobile, campaign: Interactions.DebitoAutomatico, outcome: OutcomeKind.Failure),
        Interactions.At("5", "2026-10-05T09:00:00Z", Channel.Voice, campaign: null, direction: InteractionDirection.Inbound, agent: "Zoë Ağaoğlu"),
        Interactions.At("6", "2026-10-06T09:00:00Z", Channel.Sms, ContactMode.Sms, campaign: Interactions.SpringOffers),
    ];

    private static JourneyResult Journey(JourneyFilter? filter = null) => JourneyResults.Of(s_data, filter: filter);

    private static string[] Ids(JourneyResult result) => [.. result.Items.Select(i => i.Interaction.Id)];

    [Fact]
    public void R6_NoSelection_ShowsEveryInteractionOfThePeriod() =>
        Assert.Equal(["1", "2", "3", "4", "5", "6"], Ids(Journey()));

    [Fact]
    public void R6_CampaignAndChannel_CombineWithAnd()
    {
        Assert.Equal(["1", "2"], Ids(Journey(new JourneyFilter { CampaignId = "CMP-7" })));
        Assert.Equal(["2", "6"], Ids(Journey(new JourneyFilter { Channel = Channel.Sms })));
        Assert.Equal(["2"], Ids(Journey(new JourneyFilter { CampaignId = "CMP-7", Channel = Channel.Sms })));
        Assert.Empty(Ids(Journey(new JourneyFilter { CampaignId = "CMP-9", Channel = Channel.Sms })));
    }

    [Fact]
    public void R6_CampaignSelection_LeavesOutInteractionsWithoutCampaign() =>
        Assert.DoesNotContain("5", Ids(Journey(new JourneyFilter { CampaignId = "CMP-7" })));

    [Theory]
    [InlineData("debito", new[] { "3", "4" })] // accents ignored: "Débito" in the campaign name and the comments
    [InlineData("DÉBITO", new[] { "3", "4" })]
    [InlineData("chloe", new[] { "2" })]
    [InlineData("zoe agaoglu", new[] { "5" })]
    [InlineData("no answer", new[] { "4" })] // outcome name
    [InlineData("winter dana", new[] { "1" })] // every word, in any field
    [InlineData("winter zoe", new string[0])]
    [InlineData("   ", new[] { "1", "2", "3", "4", "5", "6" })]
    public void R8_FreeText_IsCaseAndAccentInsensitiveOverTextFields(string text, string[] expected) =>
        Assert.Equal(expected, Ids(Journey(new JourneyFilter { Text = text })));

    [Fact]
    public void R8_FreeText_DoesNotMatchAcrossTwoFields()
    {
        // "Reyes" ends the agent name and "Winter" starts the campaign name; a phrase spanning both must not match.
        Assert.Empty(Ids(Journey(new JourneyFilter { Text = "reyesw" })));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ja-JP")]
    public void R8_FreeText_MatchesTheSameWhateverTheCulture(string culture)
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(culture);
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(culture);
            Assert.Equal(["1", "2"], Ids(Journey(new JourneyFilter { Text = "WINTER" })));
            Assert.Equal(["1", "2"], Ids(Journey(new JourneyFilter { Text = "winter" })));
            Assert.Equal(["3", "4"], Ids(Journey(new JourneyFilter { Text = "DEBITO" })));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void R7_CampaignFacets_ComeFromTheDataWithCountsIgnoringBothSelections()
    {
        JourneyFacets facets = Journey(new JourneyFilter { CampaignId = "CMP-7", Channel = Channel.Sms }).Facets;

        Assert.Equal(
            [("CMP-9", 2), ("CMP-3", 1), ("CMP-7", 2)],
            facets.Campaigns.Select(f => (f.Campaign.Id, f.Count)));
    }

    [Fact]
    public void R7_ChannelFacets_CountWithinTheSelectedCampaign()
    {
        Assert.Equal(
            [(Channel.Voice, 3), (Channel.Sms, 2), (Channel.Email, 1)],
            Journey().Facets.Channels.Select(f => (f.Channel, f.Count)));
        Assert.Equal(
            [(Channel.Voice, 1), (Channel.Sms, 1)],
            Journey(new JourneyFilter { CampaignId = "CMP-7", Channel = Channel.Voice }).Facets.Channels.Select(f => (f.Channel, f.Count)));
    }

    [Fact]
    public void R7_Facets_HonourTheFreeText()
    {
        JourneyFacets facets = Journey(new JourneyFilter { Text = "debito" }).Facets;

        Assert.Equal([("CMP-9", 2)], facets.Campaigns.Select(f => (f.Campaign.Id, f.Count)));
        Assert.Equal([(Channel.Voice, 1), (Channel.Email, 1)], facets.Channels.Select(f => (f.Channel, f.Count)));
    }

    [Theory]
    [InlineData("win", new[] { "CMP-7" })]
    [InlineData("DEBITO", new[] { "CMP-9" })]
    [InlineData("cmp-3", new[] { "CMP-3" })]
    [InlineData("o", new[] { "CMP-9", "CMP-3" })]
    [InlineData("", new[] { "CMP-9", "CMP-3", "CMP-7" })]
    [InlineData("nothing", new string[0])]
    public void R7_CampaignList_CanBeNarrowedByFreeText(string text, string[] expected) =>
        Assert.Equal(expected, Journey().Facets.NarrowCampaigns(text).Select(f => f.Campaign.Id));

    [Fact]
    public void R7_ChannelList_CanBeNarrowedByFreeText() =>
        Assert.Equal([Channel.Sms], Journey().Facets.NarrowChannels("sm").Select(f => f.Channel));

    [Fact]
    public void WithFilter_ReFiltersWithoutChangingTheOriginal()
    {
        JourneyResult all = Journey();

        JourneyResult sms = all.WithFilter(new JourneyFilter { Channel = Channel.Sms });

        Assert.Equal(["2", "6"], Ids(sms));
        Assert.Equal(6, all.Items.Count);
        Assert.Equal(6, sms.AllItems.Count);
    }

    [Fact]
    public async Task R8_LoneSurrogates_InRecordsAndInTheSearch_NeverThrowAndCostNoOtherRecord()
    {
        // Invalid UTF-16 (a high surrogate without its low half, a low one alone) in every text field the search reads.
        Interaction[] data =
        [
            .. s_data,
            Interactions.At("7", "2026-10-07T09:00:00Z", campaign: new Campaign("CMP-\uD800", "Broken \uDC00 campaign"), agent: "Ag\uD83Dent", comments: "Cliente pidió débito \uD800"),
            Interactions.At("8", "2026-10-08T09:00:00Z", agent: "\uDFFF", comments: "\uD800\uD800") with { Outcome = new Outcome("\uDC00", "Fin \uD801", OutcomeKind.Failure) },
        ];
        JourneyResult journey = await Task.Run(() => JourneyResults.Of(data, filter: new JourneyFilter { Text = "d\uD800ebito" }));
        JourneyResult all = journey.WithFilter(JourneyFilter.None);
        JourneyResult debito = journey.WithFilter(new JourneyFilter { Text = "debito" });

        Assert.Equal(8, all.Items.Count);
        Assert.Equal(["3", "4", "7"], Ids(debito));
        Assert.Empty(journey.Items);
        Assert.Contains(all.Facets.Campaigns, f => f.Campaign.Id == "CMP-\uD800");
        Assert.Single(all.Facets.NarrowCampaigns("broken"), f => f.Campaign.Id == "CMP-\uD800");
        Assert.NotEmpty(all.Facets.NarrowCampaigns("\uD800"));
        Assert.Equal(["8"], Ids(journey.WithFilter(new JourneyFilter { Text = "fin" })));
    }
}
