using CustomerJourney.Model;

namespace CustomerJourney.Access;

/// <summary>Applies an access context to one interaction on its way into a journey: hidden, or shown without the fields not permitted.</summary>
internal static class AccessFilter
{
    /// <summary>The interaction as the agent may see it, or <see langword="null"/> when they may not see it.</summary>
    public static Interaction? Admit(AccessContext access, Interaction interaction)
    {
        if (!access.CanSee(interaction.Divisions))
        {
            return null;
        }

        JourneyPermissions missing = JourneyPermissions.All & ~access.Permissions;
        if (missing == JourneyPermissions.None || !HasAny(interaction, missing))
        {
            return interaction;
        }

        bool hideQueues = missing.HasFlag(JourneyPermissions.Queues);
        return interaction with
        {
            OutcomeProgress = missing.HasFlag(JourneyPermissions.Outcomes) ? null : interaction.OutcomeProgress,
            PredictedScores = missing.HasFlag(JourneyPermissions.Scores) ? null : interaction.PredictedScores,
            Segments = missing.HasFlag(JourneyPermissions.Segments) ? null : interaction.Segments,
            WrapUpCode = missing.HasFlag(JourneyPermissions.WrapUpCodes) ? null : interaction.WrapUpCode,
            Hops = hideQueues && interaction.Hops is { } hops ? [.. hops.Select(h => h with { Queue = null })] : interaction.Hops,
        };
    }

    // Most interactions carry none of the guarded fields: they pass without a copy.
    private static bool HasAny(Interaction interaction, JourneyPermissions missing) =>
        (missing.HasFlag(JourneyPermissions.Outcomes) && interaction.OutcomeProgress is not null)
        || (missing.HasFlag(JourneyPermissions.Scores) && interaction.PredictedScores is not null)
        || (missing.HasFlag(JourneyPermissions.Segments) && interaction.Segments is not null)
        || (missing.HasFlag(JourneyPermissions.WrapUpCodes) && interaction.WrapUpCode is not null)
        || (missing.HasFlag(JourneyPermissions.Queues) && interaction.Hops is { } hops && hops.Any(h => h.Queue is not null));
}
