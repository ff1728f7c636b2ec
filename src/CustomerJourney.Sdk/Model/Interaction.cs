using System.Text;

namespace CustomerJourney.Model;

/// <summary>
/// One earlier interaction with the customer, from one source. Immutable: every detail field
/// of both the Campaign Manager and the Data Cloud (R12) is here; a source leaves what it does
/// not know at its default (<see langword="null"/> or <c>Unknown</c>).
/// </summary>
public sealed record Interaction
{
    /// <summary>The name of the source the interaction came from.</summary>
    public required string Source { get; init; }

    /// <summary>The interaction's identifier, unique within its source.</summary>
    public required string Id { get; init; }

    /// <summary>When the interaction started (the Campaign Manager's date/time, the Data Cloud's start time).</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>When the interaction ended; <see langword="null"/> while it is in progress or when the source does not record it.</summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>The channel (Voice, SMS, Email, Chat).</summary>
    public Channel Channel { get; init; }

    /// <summary>The contact point used (Home, Work, Mobile, Office, SMS, Email).</summary>
    public ContactMode Mode { get; init; }

    /// <summary>Inbound or outbound, where the source records it (the Data Cloud does; the Campaign Manager does not).</summary>
    public InteractionDirection Direction { get; init; }

    /// <summary>The campaign the interaction was made for; <see langword="null"/> for interactions outside any campaign (an inbound call).</summary>
    public Campaign? Campaign { get; init; }

    /// <summary>The outcome the agent set; <see langword="null"/> when none was set yet.</summary>
    public Outcome? Outcome { get; init; }

    /// <summary>The phone number used for the interaction, in E.164 where the source sends it so.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>The contact's score before the interaction.</summary>
    public int? PreviousScore { get; init; }

    /// <summary>The contact's score as the agent updated it after the interaction.</summary>
    public int? CurrentScore { get; init; }

    /// <summary>The name of the agent who handled the interaction.</summary>
    public string? AgentName { get; init; }

    /// <summary>What the agent wrote about the interaction.</summary>
    public string? AgentComments { get; init; }

    /// <summary>Whether the outcome is a failure (shown with a red dot).</summary>
    public bool IsFailure => Outcome?.Kind == OutcomeKind.Failure;

    /// <summary>
    /// Writes only the fields that carry no personal data, so an interaction that reaches a log
    /// by accident does not leak the phone number, the agent or the comments.
    /// </summary>
#pragma warning disable IDE0051 // Called by the compiler-generated ToString of the record.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Source = ").Append(Source)
            .Append(", Id = ").Append(Id)
            .Append(", Start = ").Append(Start.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
            .Append(", Channel = ").Append(Channel)
            .Append(", Mode = ").Append(Mode)
            .Append(", Direction = ").Append(Direction)
            .Append(", Campaign = ").Append(Campaign?.Id)
            .Append(", Outcome = ").Append(Outcome?.Kind);
        return true;
    }
#pragma warning restore IDE0051
}
