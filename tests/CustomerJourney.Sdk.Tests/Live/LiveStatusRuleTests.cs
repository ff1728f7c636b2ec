using CustomerJourney.Fixtures;
using CustomerJourney.Model;

namespace CustomerJourney.Live;

public class LiveStatusRuleTests
{
    private static readonly DateTimeOffset s_lastEvent = JourneyResults.Now;

    private static Interaction Open(Channel channel) =>
        Interactions.At("live", "2026-11-15T14:20:00Z", channel: channel) with { LastActivity = s_lastEvent };

    [Theory]
    [InlineData(Channel.WebMessaging, 0.0, LiveStatus.Live)]
    [InlineData(Channel.WebMessaging, 44.9, LiveStatus.Live)]
    [InlineData(Channel.WebMessaging, 45.0, LiveStatus.Idle)]
    [InlineData(Channel.WebMessaging, 59.9, LiveStatus.Idle)]
    [InlineData(Channel.WebMessaging, 60.0, LiveStatus.Inactive)]
    [InlineData(Channel.WebMessaging, 86_400.0, LiveStatus.Inactive)]
    [InlineData(Channel.Chat, 44.9, LiveStatus.Live)]
    [InlineData(Channel.Chat, 45.0, LiveStatus.Idle)]
    [InlineData(Channel.WebVisit, 59.9, LiveStatus.Idle)]
    [InlineData(Channel.WebVisit, 60.0, LiveStatus.Inactive)]
    [InlineData(Channel.WhatsApp, 60.0, LiveStatus.Inactive)]
    public void R14_Conversation_IsLiveThenIdleAt45sThenInactiveAt60s(Channel channel, double quietSeconds, LiveStatus expected) =>
        Assert.Equal(expected, LiveStatusRule.Default.StatusAt(Open(channel), s_lastEvent.AddSeconds(quietSeconds)));

    [Fact]
    public void R14_NewEvent_MakesAnInactiveConversationLiveAgain()
    {
        Interaction quiet = Open(Channel.WebVisit);
        DateTimeOffset later = s_lastEvent.AddMinutes(10);
        Assert.Equal(LiveStatus.Inactive, LiveStatusRule.Default.StatusAt(quiet, later));

        Interaction pageView = quiet with { LastActivity = later };

        Assert.Equal(LiveStatus.Live, LiveStatusRule.Default.StatusAt(pageView, later));
    }

    [Fact]
    public void R14_Call_IsLiveUntilItEndsWhateverTheSilence()
    {
        Interaction call = Open(Channel.Voice);

        Assert.Equal(LiveStatus.Live, LiveStatusRule.Default.StatusAt(call, s_lastEvent.AddMinutes(30)));
        Assert.Null(LiveStatusRule.Default.NextChange(call, s_lastEvent.AddMinutes(30)));
        Assert.Equal(LiveStatus.Past, LiveStatusRule.Default.StatusAt(call with { End = s_lastEvent.AddMinutes(31) }, s_lastEvent.AddMinutes(32)));
    }

    [Fact]
    public void R14_EndedConversation_AndSourcesThatDoNotTrackActivity_ArePast()
    {
        Assert.Equal(LiveStatus.Past, LiveStatusRule.Default.StatusAt(Open(Channel.Chat) with { End = s_lastEvent }, s_lastEvent));
        Assert.Equal(LiveStatus.Past, LiveStatusRule.Default.StatusAt(Interactions.At("cm", "2026-11-15T14:29:59Z", channel: Channel.Chat), s_lastEvent));
    }

    [Fact]
    public void R14_Thresholds_AreConfigurable()
    {
        var rule = new LiveStatusRule { IdleAfter = TimeSpan.FromSeconds(10), InactiveAfter = TimeSpan.FromSeconds(20) };

        Assert.Equal(LiveStatus.Live, rule.StatusAt(Open(Channel.Chat), s_lastEvent.AddSeconds(9.9)));
        Assert.Equal(LiveStatus.Idle, rule.StatusAt(Open(Channel.Chat), s_lastEvent.AddSeconds(10)));
        Assert.Equal(LiveStatus.Inactive, rule.StatusAt(Open(Channel.Chat), s_lastEvent.AddSeconds(20)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LiveStatusRule { IdleAfter = TimeSpan.Zero });
    }

    [Fact]
    public void R14_NextChange_IsTheNextThreshold()
    {
        Interaction chat = Open(Channel.Chat);

        Assert.Equal(s_lastEvent.AddSeconds(45), LiveStatusRule.Default.NextChange(chat, s_lastEvent.AddSeconds(1)));
        Assert.Equal(s_lastEvent.AddSeconds(60), LiveStatusRule.Default.NextChange(chat, s_lastEvent.AddSeconds(45)));
        Assert.Null(LiveStatusRule.Default.NextChange(chat, s_lastEvent.AddSeconds(60)));
    }
}
