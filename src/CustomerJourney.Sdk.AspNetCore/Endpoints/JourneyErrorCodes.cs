namespace CustomerJourney.AspNetCore;

/// <summary>
/// The <c>code</c> of every problem (RFC 7807) the journey endpoints answer with: stable, for a
/// host's code to branch on; the title and detail are for people and may change.
/// </summary>
public static class JourneyErrorCodes
{
    /// <summary>The request body is not the JSON of a lookup (400).</summary>
    public const string InvalidBody = "invalid_body";

    /// <summary>Neither a phone number nor an e-mail address was given, or both were (400).</summary>
    public const string MissingLookupKey = "missing_lookup_key";

    /// <summary>The phone number or e-mail address cannot be parsed (400); the detail says why, never what.</summary>
    public const string InvalidLookupKey = "invalid_lookup_key";

    /// <summary>The call direction is not <c>inbound</c>, <c>outbound</c>, <c>manualOutbound</c> or <c>none</c> (400).</summary>
    public const string InvalidDirection = "invalid_direction";

    /// <summary>No open lookup has this handle: it never existed, it expired, or it was closed (404).</summary>
    public const string UnknownHandle = "unknown_handle";

    /// <summary>The lookup was opened by another user (403).</summary>
    public const string HandleForbidden = "handle_forbidden";

    /// <summary>The signed-in user has no name identifier (or <c>sub</c>) claim to bind a lookup to (403).</summary>
    public const string UnidentifiedUser = "unidentified_user";

    /// <summary>The period is not a number of months between 1 and 120 (400); a longer period than the months fetched is cut to them.</summary>
    public const string InvalidPeriod = "invalid_period";

    /// <summary>The channel is not one of the channel words of the JSON form (400).</summary>
    public const string InvalidChannel = "invalid_channel";

    /// <summary>The search text is longer than 200 characters (400).</summary>
    public const string InvalidSearch = "invalid_search";

    /// <summary>The sort column or direction is not one of the JSON form's words (400).</summary>
    public const string InvalidSort = "invalid_sort";

    /// <summary>The <c>before</c> date is not a <c>yyyy-MM-dd</c> date (400).</summary>
    public const string InvalidDate = "invalid_date";

    /// <summary>The <c>days</c> count is not between 1 and 366 (400).</summary>
    public const string InvalidDayCount = "invalid_day_count";

    /// <summary>The lookup has no interaction with this source and id under the filter (404).</summary>
    public const string UnknownInteraction = "unknown_interaction";

    /// <summary>
    /// The interaction has no recording at this index (404): none was made, the index is past its
    /// recordings or not a number, or the agent may not hear recordings (it is not said which).
    /// </summary>
    public const string UnknownRecording = "unknown_recording";

    /// <summary>
    /// The recording exists but cannot be played now (404 when the recording resolver has no address
    /// for it, or none is configured; 502 when the resolver failed); the answer never holds an address.
    /// </summary>
    public const string RecordingUnavailable = "recording_unavailable";
}
