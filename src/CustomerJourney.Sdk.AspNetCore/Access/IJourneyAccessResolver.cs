using System.Security.Claims;
using CustomerJourney.Access;

namespace CustomerJourney.AspNetCore;

/// <summary>
/// Turns the signed-in agent into what they may see: their divisions and permissions (R15). The
/// endpoints ask it when a lookup is opened; register your own as a singleton to replace
/// <see cref="ClaimsJourneyAccessResolver"/> (from a directory, a role table, the contact-centre platform).
/// </summary>
public interface IJourneyAccessResolver
{
    /// <summary>What the agent may see.</summary>
    /// <param name="user">The authenticated user of the request.</param>
    /// <param name="cancellationToken">Cancels with the request.</param>
    /// <returns>The agent's access.</returns>
    ValueTask<AccessContext> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
