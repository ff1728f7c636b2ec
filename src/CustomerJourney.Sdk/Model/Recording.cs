namespace CustomerJourney.Model;

/// <summary>
/// A recording of an interaction (a call's audio, a screen capture), as a reference the host
/// resolves to a playable address when an agent asks for it (<c>CustomerJourney.Recordings.IRecordingResolver</c>):
/// the journey carries no address, so nothing in it expires or opens the media by itself.
/// </summary>
public sealed record Recording
{
    /// <summary>A recording.</summary>
    /// <param name="reference">The recording system's identifier of the recording; not blank.</param>
    /// <param name="duration">How long it lasts, when known; not negative.</param>
    /// <param name="mediaType">Its media type (<c>audio/ogg</c>, <c>video/webm</c>), when known.</param>
    /// <exception cref="ArgumentException"><paramref name="reference"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is negative.</exception>
    public Recording(string reference, TimeSpan? duration = null, string? mediaType = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        if (duration < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), "A recording's duration cannot be negative.");
        }

        Reference = reference;
        Duration = duration;
        MediaType = string.IsNullOrWhiteSpace(mediaType) ? null : mediaType.Trim();
    }

    /// <summary>The recording system's identifier of the recording.</summary>
    public string Reference { get; }

    /// <summary>How long it lasts; <see langword="null"/> when not known.</summary>
    public TimeSpan? Duration { get; }

    /// <summary>Its media type (<c>audio/ogg</c>); <see langword="null"/> when not known.</summary>
    public string? MediaType { get; }
}
