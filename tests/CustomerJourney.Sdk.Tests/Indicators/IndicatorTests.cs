using CustomerJourney.Fixtures;
using CustomerJourney.Model;

namespace CustomerJourney.Indicators;

public class IndicatorTests
{
    [Theory]
    [InlineData(Channel.Voice, ContactMode.Home, InteractionIcon.Call, IndicatorColor.Green)]
    [InlineData(Channel.Voice, ContactMode.Work, InteractionIcon.Call, IndicatorColor.Green)]
    [InlineData(Channel.Voice, ContactMode.Mobile, InteractionIcon.Mobile, IndicatorColor.Blue)]
    [InlineData(Channel.Voice, ContactMode.Office, InteractionIcon.Call, IndicatorColor.Amber)]
    [InlineData(Channel.Sms, ContactMode.Sms, InteractionIcon.Sms, IndicatorColor.Neutral)]
    [InlineData(Channel.Sms, ContactMode.Mobile, InteractionIcon.Sms, IndicatorColor.Neutral)]
    [InlineData(Channel.Email, ContactMode.Email, InteractionIcon.Email, IndicatorColor.Neutral)]
    [InlineData(Channel.Chat, ContactMode.Unknown, InteractionIcon.Chat, IndicatorColor.Neutral)]
    [InlineData(Channel.Voice, ContactMode.Unknown, InteractionIcon.Call, IndicatorColor.Neutral)]
    [InlineData(Channel.Unknown, ContactMode.Mobile, InteractionIcon.Mobile, IndicatorColor.Blue)]
    [InlineData(Channel.Unknown, ContactMode.Unknown, InteractionIcon.Other, IndicatorColor.Neutral)]
    public void R11_IconAndColour_FollowTheModeOfTheNumber(Channel channel, ContactMode mode, InteractionIcon icon, IndicatorColor color)
    {
        Indicator indicator = Indicator.For(Interactions.At("1", "2026-10-01T09:15:00Z", channel, mode));

        Assert.Equal(icon, indicator.Icon);
        Assert.Equal(color, indicator.Color);
    }

    [Theory]
    [InlineData(InteractionDirection.Inbound, DirectionArrow.Inbound)]
    [InlineData(InteractionDirection.Outbound, DirectionArrow.Outbound)]
    [InlineData(InteractionDirection.Unknown, DirectionArrow.None)]
    public void R11_DirectionArrow_OnlyWhereTheSourceKnowsTheDirection(InteractionDirection direction, DirectionArrow arrow) =>
        Assert.Equal(arrow, Indicator.For(Interactions.At("1", "2026-10-01T09:15:00Z", direction: direction)).Arrow);

    [Theory]
    [InlineData(OutcomeKind.Failure, true)]
    [InlineData(OutcomeKind.Success, false)]
    [InlineData(OutcomeKind.Neutral, false)]
    [InlineData(OutcomeKind.Unknown, false)]
    public void R11_FailureOutcome_GetsARedDot(OutcomeKind kind, bool dot) =>
        Assert.Equal(dot, Indicator.For(Interactions.At("1", "2026-10-01T09:15:00Z", outcome: kind)).HasFailureDot);

    [Fact]
    public void R11_NoOutcomeYet_HasNoRedDot() =>
        Assert.False(Indicator.For(Interactions.At("1", "2026-10-01T09:15:00Z") with { Outcome = null }).HasFailureDot);
}
