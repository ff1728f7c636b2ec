using System.Net;
using System.Net.Sockets;
using CustomerJourney.Model;
using CustomerJourney.Sources;

namespace CustomerJourney.Fixtures;

/// <summary>A source whose server is down: every lookup makes a real HTTP request to a loopback port nothing listens on, and fails with the connection refused.</summary>
internal sealed class UnreachableSource : IJourneySource, IDisposable
{
    private readonly HttpClient _http;

    public UnreachableSource(string name)
    {
        Name = name;
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
    }

    public string Name { get; }

    public SourceCapabilities Capabilities => SourceCapabilities.PhoneLookup | SourceCapabilities.EmailLookup | SourceCapabilities.InboundCalls | SourceCapabilities.Divisions;

    public TimeSpan? HistoryLimit => null;

    public async Task<IReadOnlyList<Interaction>> GetInteractionsAsync(SourceQuery query, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await _http.GetAsync("interactions", cancellationToken);
        return [];
    }

    public Task<IReadOnlyList<Campaign>> GetListedCampaignsAsync(LookupKey key, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Campaign>>([]);

    public void Dispose() => _http.Dispose();
}
