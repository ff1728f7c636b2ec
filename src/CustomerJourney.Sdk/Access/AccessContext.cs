using System.Collections.Frozen;

namespace CustomerJourney.Access;

/// <summary>
/// Who is looking (R15): the divisions the agent's role grants and what they may see. Part of every
/// lookup and every watch; the journey shows an interaction when any of its divisions is granted.
/// </summary>
/// <remarks>
/// Interactions with no division (every record of a source that is not division-aware) are hidden
/// unless <see cref="SeesUndivided"/> is set: a missing division must not widen what an agent sees.
/// A query's default, <see cref="Undivided"/>, sees only interactions that belong to no division,
/// so a host that forgets to pass the agent's context shows no division's data; a host with
/// divisions passes the agent's context on every query, and one that means to show everything
/// asks for <see cref="Unrestricted"/> by name. Division names compare ordinally.
/// </remarks>
public sealed record AccessContext
{
    private readonly FrozenSet<string> _divisions = FrozenSet<string>.Empty;

    /// <summary>Every division, every field, undivided interactions included: asked for by name, never a default.</summary>
    public static AccessContext Unrestricted { get; } = new() { AllDivisions = true, SeesUndivided = true, Permissions = JourneyPermissions.All };

    /// <summary>
    /// Interactions that belong to no division, with every field; every interaction of a division
    /// hidden. The default of a query: all a host without divisions has, and nothing of any division
    /// for a host that forgot to pass the agent's context.
    /// </summary>
    public static AccessContext Undivided { get; } = new() { SeesUndivided = true, Permissions = JourneyPermissions.All };

    /// <summary>The divisions granted.</summary>
    public IReadOnlySet<string> Divisions
    {
        get => _divisions;
        init => _divisions = (value ?? throw new ArgumentNullException(nameof(value))).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Whether every division is granted, whatever <see cref="Divisions"/> lists.</summary>
    public bool AllDivisions { get; init; }

    /// <summary>Whether interactions with no division are shown.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool SeesUndivided { get; init; }

    /// <summary>The fields the agent may see.</summary>
    /// <value>The default value is <see cref="JourneyPermissions.None"/>.</value>
    public JourneyPermissions Permissions { get; init; }

    /// <summary>Whether this context sees every division and undivided interactions: nothing is hidden, whatever the fields.</summary>
    internal bool SeesEverything => AllDivisions && SeesUndivided;

    /// <summary>
    /// Whether a visible interaction may need fields or division names taken out. Not with every
    /// permission and either every division or none granted (then what is visible is undivided):
    /// the unrestricted and the default context, whose lookups skip that step.
    /// </summary>
    internal bool MayNeedShaping => (JourneyPermissions.All & ~Permissions) != JourneyPermissions.None || (!AllDivisions && _divisions.Count > 0);

    /// <summary>A context granting the given divisions.</summary>
    /// <param name="permissions">The fields the agent may see.</param>
    /// <param name="divisions">The divisions granted.</param>
    /// <returns>The context.</returns>
    public static AccessContext ForDivisions(JourneyPermissions permissions, params IEnumerable<string> divisions) =>
        new() { Divisions = divisions.ToHashSet(StringComparer.Ordinal), Permissions = permissions };

    /// <summary>Whether an interaction of these divisions is visible.</summary>
    /// <param name="divisions">The interaction's divisions.</param>
    /// <returns>Whether any is granted (or, with none, whether undivided ones are shown).</returns>
    public bool CanSee(IReadOnlyList<string> divisions)
    {
        ArgumentNullException.ThrowIfNull(divisions);
        if (divisions.Count == 0)
        {
            return SeesUndivided;
        }

        if (AllDivisions)
        {
            return true;
        }

        for (int i = 0; i < divisions.Count; i++)
        {
            if (_divisions.Contains(divisions[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public bool Equals(AccessContext? other) =>
        other is not null && AllDivisions == other.AllDivisions && SeesUndivided == other.SeesUndivided
        && Permissions == other.Permissions && _divisions.SetEquals(other._divisions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(AllDivisions, SeesUndivided, Permissions, _divisions.Count);
}
