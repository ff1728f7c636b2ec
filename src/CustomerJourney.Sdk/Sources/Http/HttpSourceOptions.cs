using System.ComponentModel.DataAnnotations;

namespace CustomerJourney.Sources.Http;

/// <summary>
/// Settings every HTTP source shares. The defaults suit an agent waiting on a ringing call: the
/// whole source gets seconds, not half a minute.
/// </summary>
public abstract class HttpSourceOptions
{
    /// <summary>The API's base address (e.g. <c>https://cm.example.com/</c>). Credentials are sent to it and nowhere else.</summary>
    /// <value>The default value is <see langword="null"/>; required when the source is used.</value>
    public Uri? BaseAddress { get; set; }

    /// <summary>The source's total deadline for one lookup, every page, retry and back-off included (10 ms to 5 minutes).</summary>
    /// <value>The default value is 4 seconds.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>The deadline of one HTTP attempt (10 ms to <see cref="Timeout"/>); a slower attempt is retried while the total deadline allows.</summary>
    /// <value>The default value is 1.5 seconds.</value>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>How many times a transient failure (429, 5xx, timeout, connection error) is retried. 401 and 403 never are.</summary>
    /// <value>The default value is 2.</value>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>The first back-off delay (0 to 30 s); later ones grow exponentially, with jitter. A <c>Retry-After</c> header takes precedence.</summary>
    /// <value>The default value is 200 milliseconds.</value>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How many pages one lookup may read before it stops with a failure instead of looping.</summary>
    /// <value>The default value is 50.</value>
    [Range(1, 10_000)]
    public int MaxPages { get; set; } = 50;

    /// <summary>The largest response body accepted, in bytes; a larger one is refused.</summary>
    /// <value>The default value is 4 MiB.</value>
    [Range(1_024, 256 * 1024 * 1024)]
    public int MaxResponseBytes { get; set; } = 4 * 1024 * 1024;
}
