using System.Diagnostics.CodeAnalysis;
using System.Net;
using CustomerJourney.Sources.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace CustomerJourney.DependencyInjection.Internal;

/// <summary>
/// Registers the named <see cref="HttpClient"/> of an HTTP source: no redirects (credentials stay
/// with the base address), none of the factory's default request logging and none of the
/// framework's request span (both would write the URL, which carries the phone number; the source
/// traces its requests itself), a bounded number of connections, and a resilience pipeline:
/// concurrency limit with a queue → circuit breaker → per-attempt timeout. Retries are the
/// source's own (<see cref="JsonPageReader"/>): only it sees a body fail halfway, and the lookup's deadline.
/// </summary>
internal static class HttpSourceRegistration
{
    public static void AddHttpSourceClient<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(IServiceCollection services, string name)
        where TOptions : HttpSourceOptions
    {
        services.AddHttpClient(name, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(services => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                MaxConnectionsPerServer = services.GetRequiredService<IOptions<TOptions>>().Value.MaxConnections,
                // No propagator, no framework span: its url.full would carry the phone number of the Campaign Manager's path.
                ActivityHeadersPropagator = null,
            })
            .RemoveAllLoggers()
            .AddResilienceHandler(name, (pipeline, context) =>
            {
                HttpSourceOptions options = context.ServiceProvider.GetRequiredService<IOptions<TOptions>>().Value;
                pipeline.AddConcurrencyLimiter(options.MaxConcurrentRequests, options.MaxQueuedRequests);
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = options.CircuitFailureRatio,
                    MinimumThroughput = options.CircuitMinimumThroughput,
                    SamplingDuration = options.CircuitSamplingDuration,
                    BreakDuration = options.CircuitBreakDuration,
                });
                pipeline.AddTimeout(options.AttemptTimeout);
            });
    }
}
