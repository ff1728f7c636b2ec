namespace CustomerJourney.Model;

/// <summary>One event of a web visit: a page view, a custom event, a content offer shown or accepted.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Name">The page title, event or offer name (never a URL with query parameters: they may carry personal data).</param>
/// <param name="At">When.</param>
public sealed record WebEvent(WebEventKind Kind, string Name, DateTimeOffset At);
