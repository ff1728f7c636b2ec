namespace CustomerJourney.Model;

/// <summary>The channel an interaction took place on.</summary>
public enum Channel
{
    /// <summary>The source sent no channel, or one the SDK does not know.</summary>
    Unknown = 0,

    /// <summary>A voice call.</summary>
    Voice,

    /// <summary>A text message.</summary>
    Sms,

    /// <summary>An e-mail.</summary>
    Email,

    /// <summary>A chat conversation (web chat).</summary>
    Chat,

    /// <summary>Web messaging (asynchronous messenger on a web site or app).</summary>
    WebMessaging,

    /// <summary>A WhatsApp conversation (or an agentless WhatsApp notification).</summary>
    WhatsApp,

    /// <summary>A LINE conversation.</summary>
    Line,

    /// <summary>A Twitter/X direct message.</summary>
    Twitter,

    /// <summary>A Facebook Messenger conversation.</summary>
    FacebookMessenger,

    /// <summary>A visit to the organisation's web site: its web events and the content offers shown.</summary>
    WebVisit,

    /// <summary>The knowledge centre (help centre): carries no journey, left out of every journey (docs/rules.md).</summary>
    KnowledgeCenter,

    /// <summary>Co-browsing: carries no journey, left out of every journey (docs/rules.md).</summary>
    CoBrowse,

    /// <summary>Instagram direct messages: carry no journey, left out of every journey (docs/rules.md).</summary>
    InstagramDirect,

    /// <summary>A session in the organisation's mobile app: its screens and events, as a web visit's.</summary>
    AppVisit,

    /// <summary>An Apple Messages for Business conversation.</summary>
    AppleMessages,
}
