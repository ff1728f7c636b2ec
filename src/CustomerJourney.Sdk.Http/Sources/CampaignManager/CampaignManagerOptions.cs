using CustomerJourney.Sources.Http;

namespace CustomerJourney.Sources.CampaignManager;

/// <summary>Settings of the Campaign Manager source (configuration section <c>CustomerJourney:CampaignManager</c>).</summary>
public sealed class CampaignManagerOptions : HttpSourceOptions
{
    /// <summary>The bearer token sent as <c>Authorization: Bearer …</c>. Never logged, never in exceptions or <c>ToString()</c>.</summary>
    /// <value>The default value is <see langword="null"/>; required when the source is used.</value>
    public string? Token { get; set; }

    /// <summary>Interactions per page (the API accepts 1..500).</summary>
    /// <value>The default value is 100.</value>
    public int PageSize { get; set; } = 100;

    /// <summary>Describes the options without the token.</summary>
    /// <returns>The base address (without user information or query) and whether a token is set.</returns>
    public override string ToString() => $"CampaignManager {SafeBaseAddress} (token {(string.IsNullOrEmpty(Token) ? "missing" : "set")})";
}
