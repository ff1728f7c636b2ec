namespace CustomerJourney.Sources.GenesysCloud;

/// <summary>
/// Settings of the Genesys Cloud source (configuration section <c>CustomerJourney:GenesysCloud</c>).
/// The org is reached by <see cref="Region"/>, or by <see cref="ApiBaseAddress"/> and
/// <see cref="LoginBaseAddress"/> together (a gateway, a test server).
/// </summary>
public sealed class GenesysCloudOptions
{
    /// <summary>The org's region (<c>eu_west_1</c>, <c>us_east_1</c>, ...) or environment domain (<c>mypurecloud.ie</c>): docs/sources/genesys-cloud.md lists them.</summary>
    /// <value>The default value is <see langword="null"/>: set it, or both base addresses.</value>
    public string? Region { get; set; }

    /// <summary>The API's base address, overriding the region's (<c>https://api.mypurecloud.ie/</c>); set with <see cref="LoginBaseAddress"/>.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public Uri? ApiBaseAddress { get; set; }

    /// <summary>The login (token) host's base address, overriding the region's (<c>https://login.mypurecloud.ie/</c>); set with <see cref="ApiBaseAddress"/>.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public Uri? LoginBaseAddress { get; set; }

    /// <summary>The OAuth client's id (client credentials grant).</summary>
    /// <value>The default value is <see langword="null"/>; required.</value>
    public string? ClientId { get; set; }

    /// <summary>The OAuth client's secret: sent to the login host only, never logged, never in an exception message, a status or <c>ToString()</c>.</summary>
    /// <value>The default value is <see langword="null"/>; required.</value>
    public string? ClientSecret { get; set; }

    /// <summary>The source's whole deadline for one lookup, token, pages, names and retries included (10 ms to 5 minutes).</summary>
    /// <value>The default value is 4 seconds.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>The deadline of one HTTP attempt, until the response's headers (10 ms to <see cref="Timeout"/>).</summary>
    /// <value>The default value is 1.5 seconds.</value>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>How many times a transient failure is retried (0 to 10): a 429, and a 5xx or a lost connection on a GET. Other 4xx never are.</summary>
    /// <value>The default value is 2.</value>
    public int MaxRetries { get; set; } = 2;

    /// <summary>The first back-off delay (0 to 30 s); later ones grow exponentially, with jitter. A 429's <c>Retry-After</c> takes precedence while it fits the deadline.</summary>
    /// <value>The default value is 200 milliseconds.</value>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Sessions per page (1 to 200, the API's maximum).</summary>
    /// <value>The default value is 200.</value>
    public int PageSize { get; set; } = 200;

    /// <summary>How many pages of sessions one lookup may read (1 to 1,000) before it stops with a failure instead of looping.</summary>
    /// <value>The default value is 50.</value>
    public int MaxPages { get; set; } = 50;

    /// <summary>The largest response body accepted, in bytes (1 KiB to 256 MiB); bodies are parsed as they arrive.</summary>
    /// <value>The default value is 4 MiB.</value>
    public int MaxResponseBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>How many names (queues, agents, wrap-up codes, segments, outcomes) are kept, across lookups (1 to 1,000,000).</summary>
    /// <value>The default value is 10,000.</value>
    public int NameCacheSize { get; set; } = 10_000;

    /// <summary>How long a name is kept before it is asked again (1 second to 7 days); a name that could not be read is asked again after a minute at most.</summary>
    /// <value>The default value is 1 hour.</value>
    public TimeSpan NameCacheLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How many API requests per minute the source allows itself (1 to 100,000): the org's limit per
    /// client-credentials token is 300. A fifth of them may go at once, the rest are spread over the
    /// minute, so no minute ever sees more; past that, requests wait their turn (within the lookup's deadline).
    /// </summary>
    /// <value>The default value is 300.</value>
    public int RequestsPerMinute { get; set; } = 300;

    /// <summary>How many connections the source may hold open to the API (1 to 1,000).</summary>
    /// <value>The default value is 16.</value>
    public int MaxConnections { get; set; } = 16;

    /// <summary>Describes the options without the secret.</summary>
    /// <returns>The region or addresses, and whether the credentials are set.</returns>
    public override string ToString() =>
        $"GenesysCloud {(Region is { Length: > 0 } region ? region : Safe(ApiBaseAddress))} (client {(string.IsNullOrEmpty(ClientId) ? "missing" : "set")}, secret {(string.IsNullOrEmpty(ClientSecret) ? "missing" : "set")})";

    private static string Safe(Uri? address) => address is { IsAbsoluteUri: true }
        ? address.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped)
        : "(no address)";
}
