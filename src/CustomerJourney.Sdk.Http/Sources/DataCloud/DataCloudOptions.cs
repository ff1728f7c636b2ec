using CustomerJourney.Sources.Http;

namespace CustomerJourney.Sources.DataCloud;

/// <summary>Settings of the Data Cloud source (configuration section <c>CustomerJourney:DataCloud</c>).</summary>
public sealed class DataCloudOptions : HttpSourceOptions
{
    /// <summary>The API key sent as <c>x-api-key</c>. Never logged, never in exceptions or <c>ToString()</c>.</summary>
    /// <value>The default value is <see langword="null"/>; required when the source is used.</value>
    public string? ApiKey { get; set; }

    /// <summary>Interactions per page (the API accepts 1..1000).</summary>
    /// <value>The default value is 200.</value>
    public int PageSize { get; set; } = 200;

    /// <summary>Describes the options without the key.</summary>
    /// <returns>The base address (without user information or query) and whether a key is set.</returns>
    public override string ToString() => $"DataCloud {SafeBaseAddress} (API key {(string.IsNullOrEmpty(ApiKey) ? "missing" : "set")})";
}
