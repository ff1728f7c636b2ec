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
    public int MaxRetries { get; set; } = 2;

    /// <summary>The first back-off delay (0 to 30 s); later ones grow exponentially, with jitter. A <c>Retry-After</c> header takes precedence.</summary>
    /// <value>The default value is 200 milliseconds.</value>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How many pages one lookup may read before it stops with a failure instead of looping.</summary>
    /// <value>The default value is 50.</value>
    public int MaxPages { get; set; } = 50;

    /// <summary>The largest response body accepted, in bytes; a larger one is refused. Bodies are parsed as they arrive, never held whole.</summary>
    /// <value>The default value is 4 MiB.</value>
    public int MaxResponseBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>How many connections the source may hold open to its server; more requests wait for one.</summary>
    /// <value>The default value is 32.</value>
    public int MaxConnections { get; set; } = 32;

    /// <summary>How many requests to the source may run at once; more wait in a queue of <see cref="MaxQueuedRequests"/>.</summary>
    /// <value>The default value is 64.</value>
    public int MaxConcurrentRequests { get; set; } = 64;

    /// <summary>How many requests may wait for one of the <see cref="MaxConcurrentRequests"/>; past that, a lookup's source answers "busy" at once.</summary>
    /// <value>The default value is 1,000.</value>
    public int MaxQueuedRequests { get; set; } = 1_000;

    /// <summary>
    /// The share of failed attempts (transient failures: 5xx, 429, timeouts, connection errors)
    /// over <see cref="CircuitSamplingDuration"/> that opens the source's circuit: while open, the
    /// source is not asked and answers "unavailable" at once (0 &lt; ratio ≤ 1).
    /// </summary>
    /// <value>The default value is 0.5.</value>
    public double CircuitFailureRatio { get; set; } = 0.5;

    /// <summary>How many attempts the sampling window needs before the circuit may open (at least 2).</summary>
    /// <value>The default value is 20.</value>
    public int CircuitMinimumThroughput { get; set; } = 20;

    /// <summary>The window the failure ratio is measured over (0.5 s to 10 minutes).</summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open before one trial request (half-open) decides whether it closes (0.5 s to 10 minutes).</summary>
    /// <value>The default value is 15 seconds.</value>
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The base address without user information, query or fragment: safe to print.</summary>
    internal string SafeBaseAddress => BaseAddress is { IsAbsoluteUri: true } address
        ? address.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped)
        : BaseAddress is null ? "(no base address)" : "(not an absolute address)";
}
