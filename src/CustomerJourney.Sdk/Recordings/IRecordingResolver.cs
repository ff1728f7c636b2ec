using CustomerJourney.Model;

namespace CustomerJourney.Recordings;

/// <summary>
/// Turns a recording's reference into an address the agent's player opens: a signed, short-lived
/// URL of the host's recording or quality-management system, made only when an agent asks to play
/// it. The journey itself carries references only. The address may hold a credential: the SDK never
/// logs it, and the widget's endpoint answers it as a redirect that no cache keeps.
/// </summary>
/// <remarks>
/// Register one with <c>CustomerJourneyBuilder.AddRecordingResolver</c>, or set
/// <c>CustomerJourney:RecordingUrlTemplate</c> for <see cref="UrlTemplateRecordingResolver"/>. The
/// caller has checked that the agent may hear recordings (R15) before asking.
/// </remarks>
public interface IRecordingResolver
{
    /// <summary>The address to play a recording at, or <see langword="null"/> when it cannot be played (unknown, expired, not kept).</summary>
    /// <param name="interaction">The interaction the recording is of.</param>
    /// <param name="recording">The recording.</param>
    /// <param name="cancellationToken">Cancels the resolution.</param>
    /// <returns>The address, or <see langword="null"/>.</returns>
    ValueTask<Uri?> ResolveAsync(Interaction interaction, Recording recording, CancellationToken cancellationToken);
}
