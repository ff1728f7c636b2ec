using CustomerJourney.Model;

namespace CustomerJourney.Recordings;

/// <summary>What a host without a recording system has: no recording can be played.</summary>
internal sealed class NoRecordingResolver : IRecordingResolver
{
    public static NoRecordingResolver Instance { get; } = new();

    public ValueTask<Uri?> ResolveAsync(Interaction interaction, Recording recording, CancellationToken cancellationToken) => ValueTask.FromResult<Uri?>(null);
}
