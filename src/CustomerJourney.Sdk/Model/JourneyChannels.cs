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
        return interaction.Channel switch
        {
            Channel.KnowledgeCenter or Channel.CoBrowse or Channel.InstagramDirect => false,
            Channel.Email => !interaction.IsAgentless,
            _ => true,
        };
    }
}
