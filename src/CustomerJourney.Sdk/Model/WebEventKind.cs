namespace CustomerJourney.Model;

/// <summary>What happened during a web visit.</summary>
public enum WebEventKind
{
    /// <summary>An event the SDK does not know.</summary>
    Unknown = 0,

    /// <summary>A page was viewed.</summary>
    PageView,

    /// <summary>An event the organisation defined (added to cart, searched).</summary>
    Custom,

    /// <summary>A content offer was shown to the visitor.</summary>
    ContentOfferShown,

    /// <summary>The visitor accepted a content offer (or a chat or messaging offer).</summary>
    ContentOfferAccepted,
}
