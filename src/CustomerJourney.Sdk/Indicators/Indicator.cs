using CustomerJourney.Model;

namespace CustomerJourney.Indicators;

/// <summary>
/// What the agent reads at a glance for one interaction (R11): the icon and its colour, the
/// direction arrow when the source knows it, and a red failure dot.
/// </summary>
/// <param name="Icon">The icon.</param>
/// <param name="Color">The icon's colour.</param>
/// <param name="Arrow">The direction arrow, or <see cref="DirectionArrow.None"/>.</param>
/// <param name="HasFailureDot">Whether a red dot marks a failure outcome.</param>
public readonly record struct Indicator(InteractionIcon Icon, IndicatorColor Color, DirectionArrow Arrow, bool HasFailureDot)
{
    /// <summary>
    /// The indicator for an interaction. Messages take their channel's icon; calls take the icon and
    /// colour of the number used: Home/Work green call, Mobile blue mobile, Office amber call.
    /// </summary>
    /// <param name="interaction">The interaction.</param>
    /// <returns>Its indicator.</returns>
    public static Indicator For(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        Channel channel = interaction.Channel == Channel.Unknown ? InteractionVocabulary.ChannelOf(interaction.Mode) : interaction.Channel;
        (InteractionIcon icon, IndicatorColor color) = channel switch
        {
            Channel.Voice => interaction.Mode switch
            {
                ContactMode.Home or ContactMode.Work => (InteractionIcon.Call, IndicatorColor.Green),
                ContactMode.Mobile => (InteractionIcon.Mobile, IndicatorColor.Blue),
                ContactMode.Office => (InteractionIcon.Call, IndicatorColor.Amber),
                _ => (InteractionIcon.Call, IndicatorColor.Neutral),
            },
            Channel.Sms => (InteractionIcon.Sms, IndicatorColor.Neutral),
            Channel.Email => (InteractionIcon.Email, IndicatorColor.Neutral),
            Channel.Chat => (InteractionIcon.Chat, IndicatorColor.Neutral),
            Channel.WebMessaging or Channel.WhatsApp or Channel.Line or Channel.Twitter or Channel.FacebookMessenger or Channel.AppleMessages => (InteractionIcon.Message, IndicatorColor.Neutral),
            Channel.WebVisit or Channel.AppVisit => (InteractionIcon.WebVisit, IndicatorColor.Neutral),
            _ => (InteractionIcon.Other, IndicatorColor.Neutral),
        };
        DirectionArrow arrow = interaction.Direction switch
        {
            InteractionDirection.Inbound => DirectionArrow.Inbound,
            InteractionDirection.Outbound => DirectionArrow.Outbound,
            _ => DirectionArrow.None,
        };
        return new Indicator(icon, color, arrow, interaction.IsFailure);
    }
}
