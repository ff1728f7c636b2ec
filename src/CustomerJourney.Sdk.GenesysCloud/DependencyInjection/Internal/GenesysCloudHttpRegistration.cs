using System.Net;
using System.Threading.RateLimiting;
using CustomerJourney.Sources.GenesysCloud;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace CustomerJourney.DependencyInjection.Internal;

/// <summary>
/// The source's two named <see cref="HttpClient"/>s: the API's and the login host's. Neither
/// follows redirects (the token and the secret stay with their hosts), logs requests, or opens the
/// framework's span (the source traces requests itself, with templates: contact ids are personal
/// data). The API's pipeline paces the source under the org's rate limit (a token bucket that
/// never lets more than <c>RequestsPerMinute</c> through in any minute, requests queued in order)
/// → circuit breaker → attempt timeout.
/// </summary>
internal static class GenesysCloudHttpRegistration
{
    public static void Add(IServiceCollection services)
    {
        services.AddHttpClient(GenesysCloudSource.SourceName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(Handler)
            .RemoveAllLoggers()
            .AddResilienceHandler(GenesysCloudSource.SourceName, (pipeline, context) =>
            {
                GenesysCloudOptions options = context.ServiceProvider.GetRequiredService<IOptions<GenesysCloudOptions>>().Value;
                // Never more than RequestsPerMinute in any minute: a fifth of them at once, the rest
                // spread over the minute (300 → 60 at once, then one every 0.25 s). Past that, requests
                // wait their turn in order, within the lookup's deadline.
                int burst = Math.Max(1, options.RequestsPerMinute / 5);
                int spread = Math.Max(1, options.RequestsPerMinute - burst);
                pipeline.AddRateLimiter(new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
                {
                    TokenLimit = burst,
                    TokensPerPeriod = 1,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(60.0 / spread),
                    QueueLimit = 100_000,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    AutoReplenishment = true,
                }));
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = 0.5,
                    MinimumThroughput = 20,
                    SamplingDuration = TimeSpan.FromSeconds(30),
                    BreakDuration = TimeSpan.FromSeconds(15),
                });
                pipeline.AddTimeout(options.AttemptTimeout);
            });
        services.AddHttpClient(GenesysCloudSource.LoginClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(Handler)
            .RemoveAllLoggers()
            .AddResilienceHandler(GenesysCloudSource.LoginClientName, (pipeline, context) =>
                pipeline.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<GenesysCloudOptions>>().Value.AttemptTimeout));
    }

    private static SocketsHttpHandler Handler(IServiceProvider services) => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        MaxConnectionsPerServer = services.GetRequiredService<IOptions<GenesysCloudOptions>>().Value.MaxConnections,
        ActivityHeadersPropagator = null,
    };
}
