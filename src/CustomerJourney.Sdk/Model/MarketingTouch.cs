namespace CustomerJourney.Model;

/// <summary>
/// The marketing that brought the customer to an interaction: an ad, a campaign e-mail, a link with
/// UTM parameters. Names and codes only, never a click identifier or a URL (they may identify the person).
/// </summary>
/// <param name="Campaign">The marketing campaign (<c>utm_campaign</c>: <c>spring-sale</c>).</param>
/// <param name="Source">Where it ran (<c>utm_source</c>: <c>google</c>, <c>newsletter</c>).</param>
/// <param name="Medium">What kind of placement (<c>utm_medium</c>: <c>cpc</c>, <c>email</c>).</param>
/// <param name="Term">The paid keyword (<c>utm_term</c>), when the source records it.</param>
/// <param name="Content">The ad or link within the campaign (<c>utm_content</c>: <c>banner-b</c>).</param>
public sealed record MarketingTouch(string? Campaign, string? Source, string? Medium, string? Term = null, string? Content = null);
