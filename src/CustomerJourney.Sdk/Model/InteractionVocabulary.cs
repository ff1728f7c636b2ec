namespace CustomerJourney.Model;

/// <summary>
/// Turns the words sources send (<c>"SMS"</c>, <c>"mobile"</c>, <c>"Inbound"</c>) into the model's
/// values. Matching ignores case and surrounding spaces; a word the SDK does not know maps to
/// <c>Unknown</c> and never throws, so a source that adds a value does not break a lookup.
/// </summary>
public static class InteractionVocabulary
{
    /// <summary>Maps a channel name (<c>Voice</c>, <c>SMS</c>, <c>Email</c>, <c>Chat</c>, <c>WebMessaging</c>, <c>WhatsApp</c>, <c>LINE</c>, <c>Twitter</c>, <c>FacebookMessenger</c>, <c>WebVisit</c>, …).</summary>
    /// <param name="value">The source's word, or <see langword="null"/>.</param>
    /// <returns>The channel, or <see cref="Channel.Unknown"/>.</returns>
    public static Channel ParseChannel(string? value) => Normalize(value) switch
    {
        "voice" or "call" or "phone" => Channel.Voice,
        "sms" or "text" => Channel.Sms,
        "email" or "e-mail" => Channel.Email,
        "chat" or "webchat" or "web-chat" => Channel.Chat,
        "webmessaging" or "web-messaging" or "messaging" => Channel.WebMessaging,
        "whatsapp" => Channel.WhatsApp,
        "line" => Channel.Line,
        "twitter" or "x" => Channel.Twitter,
        "facebookmessenger" or "facebook-messenger" or "messenger" => Channel.FacebookMessenger,
        "webvisit" or "web-visit" or "web" => Channel.WebVisit,
        "knowledgecenter" or "knowledge-center" => Channel.KnowledgeCenter,
        "cobrowse" or "co-browse" => Channel.CoBrowse,
        "instagram" or "instagramdirect" or "instagram-dm" => Channel.InstagramDirect,
        "app" or "appvisit" or "app-visit" => Channel.AppVisit,
        "apple" or "applemessages" or "apple-messages" => Channel.AppleMessages,
        _ => Channel.Unknown,
    };

    /// <summary>Maps a contact mode (<c>Home</c>, <c>Work</c>, <c>Mobile</c>, <c>Office</c>, <c>SMS</c>, <c>Email</c>).</summary>
    /// <param name="value">The source's word, or <see langword="null"/>.</param>
    /// <returns>The mode, or <see cref="ContactMode.Unknown"/>.</returns>
    public static ContactMode ParseMode(string? value) => Normalize(value) switch
    {
        "home" => ContactMode.Home,
        "work" => ContactMode.Work,
        "mobile" or "cell" => ContactMode.Mobile,
        "office" => ContactMode.Office,
        "sms" => ContactMode.Sms,
        "email" or "e-mail" => ContactMode.Email,
        _ => ContactMode.Unknown,
    };

    /// <summary>Maps a direction (<c>Inbound</c>, <c>Outbound</c>).</summary>
    /// <param name="value">The source's word, or <see langword="null"/>.</param>
    /// <returns>The direction, or <see cref="InteractionDirection.Unknown"/>.</returns>
    public static InteractionDirection ParseDirection(string? value) => Normalize(value) switch
    {
        "inbound" or "in" => InteractionDirection.Inbound,
        "outbound" or "out" => InteractionDirection.Outbound,
        _ => InteractionDirection.Unknown,
    };

    /// <summary>Maps an outcome kind (<c>Success</c>, <c>Failure</c>, <c>Neutral</c>).</summary>
    /// <param name="value">The source's word, or <see langword="null"/>.</param>
    /// <returns>The kind, or <see cref="OutcomeKind.Unknown"/>.</returns>
    public static OutcomeKind ParseOutcomeKind(string? value) => Normalize(value) switch
    {
        "success" => OutcomeKind.Success,
        "failure" => OutcomeKind.Failure,
        "neutral" => OutcomeKind.Neutral,
        _ => OutcomeKind.Unknown,
    };

    /// <summary>Maps a survey kind (<c>NPS</c>, <c>CSAT</c>, <c>CES</c>).</summary>
    /// <param name="value">The source's word, or <see langword="null"/>.</param>
    /// <returns>The kind, or <see cref="SurveyKind.Unknown"/>.</returns>
    public static SurveyKind ParseSurveyKind(string? value) => Normalize(value) switch
    {
        "nps" or "netpromoter" or "net-promoter" or "netpromoterscore" => SurveyKind.Nps,
        "csat" or "satisfaction" => SurveyKind.Csat,
        "ces" or "effort" => SurveyKind.Ces,
        _ => SurveyKind.Unknown,
    };

    /// <summary>Maps a kind of self-service (<c>IVR</c>, <c>Bot</c>, <c>Web</c>, <c>SMS</c>).</summary>
    /// <param name="value">The source's word, or <see langword="null"/>.</param>
    /// <returns>The kind, or <see cref="SelfServiceKind.Unknown"/>.</returns>
    public static SelfServiceKind ParseSelfServiceKind(string? value) => Normalize(value) switch
    {
        "ivr" or "voicebot" or "voice-bot" => SelfServiceKind.Ivr,
        "bot" or "chatbot" or "chat-bot" => SelfServiceKind.Bot,
        "web" or "app" or "portal" => SelfServiceKind.Web,
        "sms" or "text" => SelfServiceKind.Sms,
        _ => SelfServiceKind.Unknown,
    };

    /// <summary>Maps how a self-service session ended (<c>Contained</c>, <c>HandedToAgent</c>, <c>Abandoned</c>).</summary>
    /// <param name="value">The source's word, or <see langword="null"/>.</param>
    /// <returns>The result, or <see cref="SelfServiceResult.Unknown"/>.</returns>
    public static SelfServiceResult ParseSelfServiceResult(string? value) => Normalize(value) switch
    {
        "contained" or "completed" => SelfServiceResult.Contained,
        "handedtoagent" or "handed-to-agent" or "transferred" or "agent" => SelfServiceResult.HandedToAgent,
        "abandoned" or "disconnected" => SelfServiceResult.Abandoned,
        _ => SelfServiceResult.Unknown,
    };

    /// <summary>
    /// The channel a contact mode implies: voice numbers are voice calls, SMS and Email are messages.
    /// </summary>
    /// <param name="mode">The contact mode.</param>
    /// <returns>The channel, or <see cref="Channel.Unknown"/> for an unknown mode.</returns>
    public static Channel ChannelOf(ContactMode mode) => mode switch
    {
        ContactMode.Home or ContactMode.Work or ContactMode.Mobile or ContactMode.Office => Channel.Voice,
        ContactMode.Sms => Channel.Sms,
        ContactMode.Email => Channel.Email,
        _ => Channel.Unknown,
    };

    // Vocabularies are ASCII; lower-casing invariantly keeps "SMS" == "sms" on every culture.
    private static string Normalize(string? value) =>
        value is null ? string.Empty : value.Trim().ToLowerInvariant();
}
