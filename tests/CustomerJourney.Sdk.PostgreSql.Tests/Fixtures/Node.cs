using CustomerJourney.Client;
using CustomerJourney.DependencyInjection;
using CustomerJourney.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerJourney.PostgreSql.Fixtures;

/// <summary>
/// One node of a host: its own service provider, configured from configuration keys as a host
/// would be (<c>CustomerJourney:PostgreSql:…</c>), its own store and connection pool, and an
/// identity graph over the shared store that follows the other nodes' joins.
/// </summary>
internal sealed class Node : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _following;

    private Node(ServiceProvider services)
    {
        _services = services;
        Identities = services.GetRequiredService<IdentityGraph>();
        _following = Identities.FollowAsync(_stop.Token);
    }

    public JourneyClient Client => _services.GetRequiredService<JourneyClient>();

    public PostgresJourneyStore Store => _services.GetRequiredKeyedService<PostgresJourneyStore>("PostgreSql");

    public IdentityGraph Identities { get; }

    public static Node Start(TemporarySchema schema)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CustomerJourney:Sources:0"] = "PostgreSql",
            ["CustomerJourney:PostgreSql:ConnectionString"] = schema.Options().ConnectionString,
            ["CustomerJourney:PostgreSql:Schema"] = schema.Name,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        // The graph over the shared store, loaded when first asked for (a host would load it at startup).
        services.AddSingleton(s => IdentityGraph.LoadAsync(s.GetRequiredKeyedService<PostgresJourneyStore>("PostgreSql")).GetAwaiter().GetResult());
        services.AddCustomerJourney(configuration.GetSection("CustomerJourney")).AddPostgreSql();
        return new Node(services.BuildServiceProvider(validateScopes: true));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _following;
        await _services.DisposeAsync();
        _stop.Dispose();
    }
}
