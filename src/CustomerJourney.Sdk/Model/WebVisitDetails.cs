namespace CustomerJourney.Model;

/// <summary>
/// What a web or app visit was made with and came from, as the agent reads it: the device, where
/// the visitor came from, the last page. Pages and referrers keep their domain and path only:
/// query strings and fragments may carry personal data. The campaign that brought the visitor is
/// the interaction's <see cref="Interaction.Marketing"/>.
/// </summary>
/// <param name="Device">The device, e.g. <c>mobile · Android 14 · Chrome 124</c>.</param>
/// <param name="Referrer">Where the visitor came from, e.g. <c>search · Google</c>.</param>
/// <param name="LastPage">The last page seen, domain and path, e.g. <c>shop.example.ie/checkout</c>.</param>
/// <param name="PageViews">How many pages were viewed, when the source counts them.</param>
public sealed record WebVisitDetails(string? Device, string? Referrer, string? LastPage, int? PageViews);
