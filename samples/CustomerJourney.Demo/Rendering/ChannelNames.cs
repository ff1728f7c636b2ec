using CustomerJourney.Model;

namespace CustomerJourney.Demo.Rendering;

/// <summary>Channels as the demo's text names them (<c>web visit</c>, <c>SMS</c>), and channel paths with arrows (<c>web visit → chat → voice</c>).</summary>
internal static class ChannelNames
{
    public static string Of(Channel channel) => channel switch
    {
        Channel.Voice => "voice",
        Channel.Sms => "SMS",
        Channel.Email => "e-mail",
        Channel.Chat => "chat",
        Channel.WebMessaging => "web messaging",
        Channel.WhatsApp => "WhatsApp",
        Channel.Line => "LINE",
        Channel.Twitter => "Twitter",
        Channel.FacebookMessenger => "Messenger",
        Channel.WebVisit => "web visit",
        Channel.KnowledgeCenter => "knowledge centre",
        Channel.CoBrowse => "co-browse",
        Channel.InstagramDirect => "Instagram",
        Channel.AppVisit => "app visit",
        Channel.AppleMessages => "Apple Messages",
        _ => "other",
    };

    /// <summary>A path: its channels in order, joined by arrows (ASCII arrows on a terminal without Unicode).</summary>
    /// <param name="channels">The channels.</param>
    /// <param name="unicode">Whether the terminal shows Unicode.</param>
    /// <param name="truncated">Whether the path went on beyond these channels.</param>
    public static string Path(IEnumerable<Channel> channels, bool unicode, bool truncated = false)
    {
        string arrow = unicode ? " → " : " -> ";
        return string.Join(arrow, channels.Select(Of)) + (truncated ? arrow + (unicode ? "…" : "...") : string.Empty);
    }
}
