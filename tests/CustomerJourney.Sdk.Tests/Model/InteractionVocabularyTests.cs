namespace CustomerJourney.Model;

public class InteractionVocabularyTests
{
    [Theory]
    [InlineData("Voice", Channel.Voice)]
    [InlineData("SMS", Channel.Sms)]
    [InlineData(" email ", Channel.Email)]
    [InlineData("CHAT", Channel.Chat)]
    [InlineData("Fax", Channel.Unknown)]
    [InlineData("Carrier pigeon", Channel.Unknown)]
    [InlineData("", Channel.Unknown)]
    [InlineData(null, Channel.Unknown)]
    public void ParseChannel_MapsKnownWordsAndNeverThrowsOnNewOnes(string? word, Channel expected) =>
        Assert.Equal(expected, InteractionVocabulary.ParseChannel(word));

    [Theory]
    [InlineData("Home", ContactMode.Home)]
    [InlineData("work", ContactMode.Work)]
    [InlineData("MOBILE", ContactMode.Mobile)]
    [InlineData("Office", ContactMode.Office)]
    [InlineData("SMS", ContactMode.Sms)]
    [InlineData("Email", ContactMode.Email)]
    [InlineData("Satellite", ContactMode.Unknown)]
    [InlineData(null, ContactMode.Unknown)]
    public void ParseMode_MapsKnownWordsAndNeverThrowsOnNewOnes(string? word, ContactMode expected) =>
        Assert.Equal(expected, InteractionVocabulary.ParseMode(word));

    [Theory]
    [InlineData("Inbound", InteractionDirection.Inbound)]
    [InlineData("outbound", InteractionDirection.Outbound)]
    [InlineData("Sideways", InteractionDirection.Unknown)]
    [InlineData(null, InteractionDirection.Unknown)]
    public void ParseDirection_MapsKnownWordsAndNeverThrowsOnNewOnes(string? word, InteractionDirection expected) =>
        Assert.Equal(expected, InteractionVocabulary.ParseDirection(word));

    [Theory]
    [InlineData("Success", OutcomeKind.Success)]
    [InlineData("FAILURE", OutcomeKind.Failure)]
    [InlineData("neutral", OutcomeKind.Neutral)]
    [InlineData("Escalated", OutcomeKind.Unknown)]
    public void ParseOutcomeKind_MapsKnownWordsAndNeverThrowsOnNewOnes(string word, OutcomeKind expected) =>
        Assert.Equal(expected, InteractionVocabulary.ParseOutcomeKind(word));

    [Fact]
    public void ParseChannel_IsTheSameUnderATurkishCulture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Assert.Equal(Channel.Email, InteractionVocabulary.ParseChannel("EMAIL"));
            Assert.Equal(Channel.Chat, InteractionVocabulary.ParseChannel("CHAT"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData(ContactMode.Home, Channel.Voice)]
    [InlineData(ContactMode.Work, Channel.Voice)]
    [InlineData(ContactMode.Mobile, Channel.Voice)]
    [InlineData(ContactMode.Office, Channel.Voice)]
    [InlineData(ContactMode.Sms, Channel.Sms)]
    [InlineData(ContactMode.Email, Channel.Email)]
    [InlineData(ContactMode.Unknown, Channel.Unknown)]
    public void ChannelOf_VoiceNumbersAreCallsAndMessagesAreMessages(ContactMode mode, Channel expected) =>
        Assert.Equal(expected, InteractionVocabulary.ChannelOf(mode));
}
