using CustomerJourney.Model;

namespace CustomerJourney.Sources;

/// <summary>
/// A source that keeps more about an interaction than is worth reading for every interaction of
/// every lookup (a web visit's page views and events), and reads it for the one interaction an
/// agent opens: <see cref="Client.JourneyClient.GetDetailsAsync"/> asks it.
/// </summary>
public interface IInteractionDetailsSource : IJourneySource
{
    /// <summary>The interaction with its details added (for a web visit, <see cref="Interaction.WebEvents"/>).</summary>
    /// <param name="interaction">An interaction this source answered.</param>
    /// <param name="cancellationToken">Cancelled when the caller gives up or the source's deadline passes.</param>
    /// <returns>The interaction with its details; the interaction as given when there are none.</returns>
    Task<Interaction> GetDetailsAsync(Interaction interaction, CancellationToken cancellationToken);
}
