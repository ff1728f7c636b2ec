namespace CustomerJourney.Model;

/// <summary>
/// Which interactions carry a journey. The second vendor's product shows no journey for the
/// knowledge centre, co-browsing, Instagram direct messages and agentless e-mail; a source that
/// sends them gets them left out of the journey with a warning on its status, never mixed in.
/// </summary>
/// <remarks>
/// The vendor's list names agentless SMS both among the channels with a journey ("agentless
/// notifications: WhatsApp and SMS") and among those without ("agentless notifications: e-mail and
/// SMS"). The SDK keeps agentless SMS: dropping a message the customer received is the worse error.
/// Campaign activity, which the same list excludes for that vendor's dialer, is the first vendor's
/// journey (R1, R2) and stays. See docs/rules.md.
/// </remarks>
public static class JourneyChannels
{
    /// <summary>Whether an interaction belongs in a journey.</summary>
    /// <param name="interaction">The interaction.</param>
    /// <returns><see langword="false"/> for the channels that carry no journey.</returns>
    public static bool CarriesJourney(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return CarriesJourney(interaction.Channel, interaction.IsAgentless);
    }

    /// <summary>Whether an interaction on this channel belongs in a journey.</summary>
    /// <param name="channel">Its channel.</param>
    /// <param name="isAgentless">Whether it was sent without an agent.</param>
    /// <returns><see langword="false"/> for the channels that carry no journey.</returns>
    public static bool CarriesJourney(Channel channel, bool isAgentless) => channel switch
    {
        Channel.KnowledgeCenter or Channel.CoBrowse or Channel.InstagramDirect => false,
        Channel.Email => !isAgentless,
        _ => true,
    };

    /// <summary>
    /// Whether an interaction is a contact: a conversation between the customer and the organisation
    /// (a call, a message, a chat, an e-mail, an agent's or a self-service flow's), as counted for
    /// first-contact resolution and repeat contacts (docs/analytics.md). Web and app visits and
    /// notifications sent without an agent (delivery texts, surveys sent) are steps of the
    /// customer's path, not contacts.
    /// </summary>
    /// <param name="interaction">The interaction.</param>
    /// <returns>Whether it is a contact.</returns>
    public static bool IsContact(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return IsContact(interaction.Channel, interaction.IsAgentless);
    }

    /// <summary>Whether an interaction on this channel is a contact (<see cref="IsContact(Interaction)"/>).</summary>
    /// <param name="channel">Its channel.</param>
    /// <param name="isAgentless">Whether it was sent without an agent.</param>
    /// <returns>Whether it is a contact.</returns>
    public static bool IsContact(Channel channel, bool isAgentless) =>
        !isAgentless && CarriesJourney(channel, isAgentless) && channel is not (Channel.WebVisit or Channel.AppVisit);
}
