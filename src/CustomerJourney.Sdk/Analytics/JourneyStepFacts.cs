using CustomerJourney.Model;

namespace CustomerJourney.Analytics;

/// <summary>What a <see cref="JourneyReportBuilder"/> reads of one interaction: a row of a store's analytics index.</summary>
public readonly record struct JourneyStepFacts
{
    /// <summary>When it started.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>When it ended, when known.</summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>Its channel.</summary>
    public Channel Channel { get; init; }

    /// <summary>Whether it was sent without an agent.</summary>
    public bool IsAgentless { get; init; }

    /// <summary>Its campaign's id, when it has one.</summary>
    public string? CampaignId { get; init; }

    /// <summary>Its outcome's kind, when it has an outcome.</summary>
    public OutcomeKind? Outcome { get; init; }

    /// <summary>How its self-service part ended, when it has one.</summary>
    public SelfServiceResult? SelfService { get; init; }

    /// <summary>Its survey answers, when it has any.</summary>
    public IReadOnlyList<SurveyScore>? Surveys { get; init; }

    /// <summary>The facts of an interaction.</summary>
    /// <param name="interaction">The interaction.</param>
    /// <returns>What the analytics read of it.</returns>
    public static JourneyStepFacts Of(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return new JourneyStepFacts
        {
            Start = interaction.Start,
            End = interaction.End,
            Channel = interaction.Channel,
            IsAgentless = interaction.IsAgentless,
            CampaignId = interaction.Campaign?.Id,
            Outcome = interaction.Outcome?.Kind,
            SelfService = interaction.SelfService?.Result,
            Surveys = interaction.Surveys is { Count: > 0 } surveys ? [.. surveys.Select(SurveyScore.Of)] : null,
        };
    }
}
