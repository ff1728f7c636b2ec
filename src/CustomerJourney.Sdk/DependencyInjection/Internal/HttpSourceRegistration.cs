using System.Net;
using CustomerJourney.Sources.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace CustomerJourney.DependencyInjection.Internal;

/// <summary>
/// Registers the named <see cref="HttpClient"/> of an HTTP source: no redirects (credentials stay
/// with the base address), none of the factory's default request logging (it would write the URL,
/// which carries the phone number), and a resilience pipeline: total deadline → retry of transient
/// failures with jittered exponential back-off honouring <c>Retry-After</c> (never 401/403) →
/// per-attempt timeout.
/// </summary>
internal static class HttpSourceRegistration
{
    public static void AddHttpSourceClient(IServiceCollection services, string name, Func<CustomerJourneyOptions, HttpSourceOptions> select)
    {
        services.AddHttpClient(name, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            })
            .RemoveAllLoggers()
            .AddResilienceHandler(name, (pipeline, context) =>
            {
                HttpSourceOptions options = select(context.ServiceProvider.GetRequiredService<IOptions<CustomerJourneyOptions>>().Value);
                pipeline.AddTimeout(options.Timeout);
                if (options.MaxRetries > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.MaxRetries,
                        Delay = options.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        ShouldRetryAfterHeader = true,
                    });
                }

                pipeline.AddTimeout(options.AttemptTimeout);
            });
    }
}
