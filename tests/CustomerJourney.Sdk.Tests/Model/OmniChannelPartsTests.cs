namespace CustomerJourney.Model;

/// <summary>Recordings, survey responses, self-service and marketing (seed 004): what they accept, what they refuse, how kinds are read.</summary>
public class OmniChannelPartsTests
{
    [Theory]
    [InlineData(9, 90.0)]
    [InlineData(6, 60.0)]
    [InlineData(0, 0.0)]
    [InlineData(10, 100.0)]
    public void SurveyResponse_NormalizedScore_IsExactForWholeAnswers_OnZeroToTen(double score, double normalized) =>
        Assert.Equal(normalized, new SurveyResponse("NPS", SurveyKind.Nps, score, SurveyScale.ZeroToTen).NormalizedScore);

    [Fact]
    public void SurveyResponse_NormalizedScore_OnOneToFive_PutsTheLowestAtZeroAndFourAtSeventyFive()
    {
        Assert.Equal(0, new SurveyResponse("CSAT", SurveyKind.Csat, 1, SurveyScale.OneToFive).NormalizedScore);
        Assert.Equal(75, new SurveyResponse("CSAT", SurveyKind.Csat, 4, SurveyScale.OneToFive).NormalizedScore);
        Assert.Equal(50, new SurveyResponse("CES", SurveyKind.Ces, 4, SurveyScale.OneToSeven).NormalizedScore);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void SurveyResponse_AScoreOffItsScale_CannotBeMade(double score) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SurveyResponse("NPS", SurveyKind.Nps, score, SurveyScale.ZeroToTen));

    [Fact]
    public void SurveyScale_AndResponse_RefuseWhatIsNoScale_AndABlankSurvey()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SurveyScale(5, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SurveyScale(5, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SurveyScale(double.NegativeInfinity, 1));
        Assert.Throws<ArgumentException>(() => new SurveyResponse(" ", SurveyKind.Nps, 5, SurveyScale.ZeroToTen));
    }

    [Fact]
    public void Recording_NeedsAReference_AndNoNegativeDuration_AndKeepsAMediaTypeTrimmed()
    {
        Assert.Throws<ArgumentException>(() => new Recording(""));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Recording("r", TimeSpan.FromSeconds(-1)));
        Assert.Equal("audio/ogg", new Recording("r", null, " audio/ogg ").MediaType);
        Assert.Null(new Recording("r", null, "  ").MediaType);
    }

    [Theory]
    [InlineData("NPS", SurveyKind.Nps)]
    [InlineData(" csat ", SurveyKind.Csat)]
    [InlineData("Effort", SurveyKind.Ces)]
    [InlineData("stars", SurveyKind.Unknown)]
    [InlineData(null, SurveyKind.Unknown)]
    public void Vocabulary_SurveyKinds_UnknownWordsReadAsUnknown(string? word, SurveyKind kind) => Assert.Equal(kind, InteractionVocabulary.ParseSurveyKind(word));

    [Theory]
    [InlineData("IVR", SelfServiceKind.Ivr)]
    [InlineData("chatbot", SelfServiceKind.Bot)]
    [InlineData("portal", SelfServiceKind.Web)]
    [InlineData("SMS", SelfServiceKind.Sms)]
    [InlineData("kiosk", SelfServiceKind.Unknown)]
    public void Vocabulary_SelfServiceKinds_UnknownWordsReadAsUnknown(string word, SelfServiceKind kind) => Assert.Equal(kind, InteractionVocabulary.ParseSelfServiceKind(word));

    [Theory]
    [InlineData("Contained", SelfServiceResult.Contained)]
    [InlineData("transferred", SelfServiceResult.HandedToAgent)]
    [InlineData("handed-to-agent", SelfServiceResult.HandedToAgent)]
    [InlineData("abandoned", SelfServiceResult.Abandoned)]
    [InlineData("timeout", SelfServiceResult.Unknown)]
    public void Vocabulary_SelfServiceResults_UnknownWordsReadAsUnknown(string word, SelfServiceResult result) => Assert.Equal(result, InteractionVocabulary.ParseSelfServiceResult(word));

    [Theory]
    [InlineData(Channel.Voice, false, true)]
    [InlineData(Channel.Sms, true, false)]
    [InlineData(Channel.WebVisit, true, false)]
    [InlineData(Channel.AppVisit, false, false)]
    [InlineData(Channel.Unknown, false, true)]
    [InlineData(Channel.CoBrowse, false, false)]
    [InlineData(Channel.Email, true, false)]
    public void Contacts_AreConversations_NotVisitsNorNotifications(Channel channel, bool agentless, bool contact) =>
        Assert.Equal(contact, JourneyChannels.IsContact(channel, agentless));

    [Fact]
    public void Interaction_ToString_ShowsNoSurveyCommentNorRecordingReference()
    {
        Interaction interaction = new()
        {
            Source = "DataCloud",
            Id = "DC-1",
            Start = DateTimeOffset.UnixEpoch,
            Recordings = [new Recording("rec-secret-7f3a")],
            Surveys = [new SurveyResponse("CSAT", SurveyKind.Csat, 5, SurveyScale.OneToFive) { Comment = "call me on 0612345678" }],
            Marketing = new MarketingTouch("spring-sale", "google", "cpc"),
        };

        string text = interaction.ToString();

        Assert.DoesNotContain("0612345678", text, StringComparison.Ordinal);
        Assert.DoesNotContain("rec-secret", text, StringComparison.Ordinal);
    }
}
