using CustomerJourney.Model;

namespace CustomerJourney.Query;

/// <summary>
/// The agent's selections over a fetched journey. Campaign and channel combine with AND; the
/// campaign is the primary filter and the channel filters within it (R6). <see langword="null"/>
/// means no selection (all). Changing the filter never asks the sources again.
/// </summary>
public sealed record JourneyFilter
{
    /// <summary>No selection: every interaction of the period.</summary>
    public static JourneyFilter None { get; } = new();

    /// <summary>Only interactions of this campaign (matched by id, ordinally).</summary>
    public string? CampaignId { get; init; }

    /// <summary>Only interactions on this channel.</summary>
    public Channel? Channel { get; init; }

    /// <summary>
    /// Free text (R8): every word must appear in the agent name, the comments, the outcome (code or
    /// name) or the campaign name, ignoring case and accents ("debito" finds "Débito").
    /// </summary>
    public string? Text { get; init; }

    /// <summary>Writes the selections without the search text (personal data an agent typed), so a filter that reaches a log leaks nothing.</summary>
#pragma warning disable IDE0051 // Called by the compiler-generated ToString of the record.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("CampaignId = ").Append(CampaignId)
            .Append(", Channel = ").Append(Channel)
            .Append(", Text = ").Append(Text is null ? string.Empty : $"({Text.Length} characters)");
        return true;
    }
#pragma warning restore IDE0051
}
