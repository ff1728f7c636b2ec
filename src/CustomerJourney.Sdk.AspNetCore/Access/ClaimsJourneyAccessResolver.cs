using System.Security.Claims;
using CustomerJourney.Access;

namespace CustomerJourney.AspNetCore;

/// <summary>
/// The default <see cref="IJourneyAccessResolver"/>: the agent's divisions and permissions read from
/// their claims. A <see cref="DivisionClaimType"/> claim per division (<c>*</c> for every division)
/// and a <see cref="PermissionClaimType"/> claim per permission (<c>outcomes</c>, <c>scores</c>,
/// <c>segments</c>, <c>wrapUpCodes</c>, <c>queues</c>, <c>recordings</c>, <c>surveys</c>, or <c>all</c>);
/// records without a division are seen by every agent. An agent with no claims sees only records
/// without a division, and no outcomes, scores, segments, wrap-up codes, queues, recordings or surveys.
/// </summary>
public sealed class ClaimsJourneyAccessResolver : IJourneyAccessResolver
{
    /// <summary>The claim type of a division the agent belongs to.</summary>
    public const string DivisionClaimType = "customer_journey_division";

    /// <summary>The claim type of a permission the agent holds.</summary>
    public const string PermissionClaimType = "customer_journey_permission";

    /// <inheritdoc/>
    public ValueTask<AccessContext> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        string[] divisions = [.. user.FindAll(DivisionClaimType).Select(c => c.Value.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal)];
        JourneyPermissions permissions = JourneyPermissions.None;
        foreach (Claim claim in user.FindAll(PermissionClaimType))
        {
            permissions |= claim.Value.Trim().ToUpperInvariant() switch
            {
                "ALL" => JourneyPermissions.All,
                "OUTCOMES" => JourneyPermissions.Outcomes,
                "SCORES" => JourneyPermissions.Scores,
                "SEGMENTS" => JourneyPermissions.Segments,
                "WRAPUPCODES" => JourneyPermissions.WrapUpCodes,
                "QUEUES" => JourneyPermissions.Queues,
                "RECORDINGS" => JourneyPermissions.Recordings,
                "SURVEYS" => JourneyPermissions.Surveys,
                _ => JourneyPermissions.None,
            };
        }

        var access = new AccessContext
        {
            AllDivisions = divisions.Contains("*"),
            Divisions = divisions.Where(d => d != "*").ToHashSet(StringComparer.Ordinal),
            SeesUndivided = true,
            Permissions = permissions,
        };
        return ValueTask.FromResult(access);
    }
}
