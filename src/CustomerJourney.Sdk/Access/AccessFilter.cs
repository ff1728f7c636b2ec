using CustomerJourney.Model;

namespace CustomerJourney.Access;

/// <summary>
/// Applies an access context to one interaction on its way into a journey (R15): hidden, or shown
/// without the fields not permitted and without the names of divisions not granted.
/// </summary>
internal static class AccessFilter
{
    /// <summary>Whether the agent may not see the record at all. A missing record (or division list) reads as undivided.</summary>
    public static bool Hides(AccessContext access, Interaction? interaction) =>
        !access.CanSee(interaction?.Divisions ?? []);

    /// <summary>The interaction as the agent may see it, or <see langword="null"/> when they may not see it.</summary>
    public static Interaction? Admit(AccessContext access, Interaction interaction) =>
        Hides(access, interaction) ? null : Shape(access, interaction);

    /// <summary>A visible interaction without what the agent may not see: fields not permitted, divisions not granted.</summary>
    /// <summary>
    /// An interaction that arrived after the lookup (pushed, polled, handed to <c>Advance</c>), held to
    /// the rules a fetched one passes: an id, a channel that carries a journey, the agent's access (R15).
    /// </summary>
    public static Interaction? AdmitArrival(AccessContext access, Interaction? interaction) =>
        interaction is null || string.IsNullOrWhiteSpace(interaction.Id) || !JourneyChannels.CarriesJourney(interaction) ? null : Admit(access, interaction);

    public static Interaction Shape(AccessContext access, Interaction interaction)
    {
        JourneyPermissions missing = JourneyPermissions.All & ~access.Permissions;
        bool foreignDivisions = !access.AllDivisions && HasForeignDivision(access, interaction.Divisions);
        if (!foreignDivisions && (missing == JourneyPermissions.None || !HasAny(interaction, missing)))
        {
            return interaction;
        }

        bool hideQueues = missing.HasFlag(JourneyPermissions.Queues);
        return interaction with
        {
            // A record shared with a division the agent may not see names only the agent's own.
            Divisions = foreignDivisions ? [.. interaction.Divisions.Where(access.Divisions.Contains)] : interaction.Divisions,
            OutcomeProgress = missing.HasFlag(JourneyPermissions.Outcomes) ? null : interaction.OutcomeProgress,
            PredictedScores = missing.HasFlag(JourneyPermissions.Scores) ? null : interaction.PredictedScores,
            Segments = missing.HasFlag(JourneyPermissions.Segments) ? null : interaction.Segments,
            WrapUpCode = missing.HasFlag(JourneyPermissions.WrapUpCodes) ? null : interaction.WrapUpCode,
            Hops = hideQueues && interaction.Hops is { } hops ? [.. hops.Select(h => h with { Queue = null })] : interaction.Hops,
            Recordings = missing.HasFlag(JourneyPermissions.Recordings) ? null : interaction.Recordings,
            Surveys = missing.HasFlag(JourneyPermissions.Surveys) ? null : interaction.Surveys,
        };
    }

    private static bool HasForeignDivision(AccessContext access, IReadOnlyList<string>? divisions)
    {
        if (divisions is null)
        {
            return false;
        }

        for (int i = 0; i < divisions.Count; i++)
        {
            if (!access.Divisions.Contains(divisions[i]))
            {
                return true;
            }
        }

        return false;
    }

    // Most interactions carry none of the guarded fields: they pass without a copy.
    private static bool HasAny(Interaction interaction, JourneyPermissions missing) =>
        (missing.HasFlag(JourneyPermissions.Outcomes) && interaction.OutcomeProgress is not null)
        || (missing.HasFlag(JourneyPermissions.Scores) && interaction.PredictedScores is not null)
        || (missing.HasFlag(JourneyPermissions.Segments) && interaction.Segments is not null)
        || (missing.HasFlag(JourneyPermissions.WrapUpCodes) && interaction.WrapUpCode is not null)
        || (missing.HasFlag(JourneyPermissions.Queues) && interaction.Hops is { } hops && hops.Any(h => h.Queue is not null))
        || (missing.HasFlag(JourneyPermissions.Recordings) && interaction.Recordings is not null)
        || (missing.HasFlag(JourneyPermissions.Surveys) && interaction.Surveys is not null);
}
