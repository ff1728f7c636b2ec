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

    /// <summary>The channel (voice, SMS, e-mail, chat, messaging apps, web visits).</summary>
    public Channel Channel { get; init; }

    /// <summary>
    /// The channel as the source named it, when the SDK does not know it (<see cref="Channel"/> is
    /// then <see cref="Channel.Unknown"/>): kept as raw text for the agent, never a failure.
    /// </summary>
    public string? SourceChannel { get; init; }

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

    /// <summary>Whether the interaction was sent without an agent (a notification); see <see cref="JourneyChannels"/> for which of those carry a journey.</summary>
    public bool IsAgentless { get; init; }

    /// <summary>
    /// When the customer or the agent last did something in it (a message, a web event); set by
    /// sources that track live activity, and the basis of the live status (R14).
    /// <see langword="null"/> for sources that do not track it: their interactions are past ones.
    /// </summary>
    public DateTimeOffset? LastActivity { get; init; }

    /// <summary>The queue and agent of each leg, in order; <see langword="null"/> when the source does not record them.</summary>
    public IReadOnlyList<TransferHop>? Hops { get; init; }

    /// <summary>The last leg of a transferred interaction: the queue and agent it ended with (R16).</summary>
    public TransferHop? LastHop => Hops is { Count: > 0 } hops ? hops[^1] : null;

    /// <summary>The wrap-up code the agent set; <see langword="null"/> when none, or when the agent may not see wrap-up codes (R15).</summary>
    public string? WrapUpCode { get; init; }

    /// <summary>The agent's notes on the interaction.</summary>
    public string? Notes { get; init; }

    /// <summary>The divisions the interaction belongs to (R15); empty when the source is not division-aware.</summary>
    public IReadOnlyList<string> Divisions { get; init; } = [];

    /// <summary>Progress toward the organisation's outcomes during the interaction (R16); <see langword="null"/> when absent or not permitted.</summary>
    public IReadOnlyList<OutcomeProgress>? OutcomeProgress { get; init; }

    /// <summary>Predicted outcome scores (R16); <see langword="null"/> when absent or not permitted.</summary>
    public IReadOnlyList<OutcomeScore>? PredictedScores { get; init; }

    /// <summary>The events of a web visit in the order they happened (page views, custom events, content offers); <see langword="null"/> for other interactions.</summary>
    public IReadOnlyList<WebEvent>? WebEvents { get; init; }

    /// <summary>The device, referrer and last page of a web or app visit; <see langword="null"/> for other interactions.</summary>
    public WebVisitDetails? WebVisit { get; init; }

    /// <summary>The marketing that brought the customer here (an ad, a campaign e-mail, UTM parameters); <see langword="null"/> when none is known.</summary>
    public MarketingTouch? Marketing { get; init; }

    /// <summary>The self-service part of the interaction (IVR, bot, web or text flow); <see langword="null"/> when there was none.</summary>
    public SelfServiceSession? SelfService { get; init; }

    /// <summary>Recordings of the interaction, as references the host resolves; <see langword="null"/> when none, or when the agent may not hear them (R15).</summary>
    public IReadOnlyList<Recording>? Recordings { get; init; }

    /// <summary>The customer's answers to surveys about the interaction; <see langword="null"/> when none, or when the agent may not read them (R15).</summary>
    public IReadOnlyList<SurveyResponse>? Surveys { get; init; }

    /// <summary>Segments matched during the interaction, in the order they were assigned (R16); <see langword="null"/> when absent or not permitted.</summary>
    public IReadOnlyList<SegmentMatch>? Segments { get; init; }

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
