using CustomerJourney.Model;
using CustomerJourney.Sources;

namespace CustomerJourney.Fixtures;

/// <summary>A source whose behaviour a test scripts: answer, throw, hang (with or without honouring cancellation).</summary>
internal sealed class ScriptedSource(
    string name,
    Func<SourceQuery, CancellationToken, Task<IReadOnlyList<Interaction>>> read,
    SourceCapabilities capabilities = SourceCapabilities.PhoneLookup | SourceCapabilities.EmailLookup | SourceCapabilities.InboundCalls | SourceCapabilities.CampaignListings,
    Func<LookupKey, CancellationToken, Task<IReadOnlyList<Campaign>>>? listings = null) : IJourneySource
{
    private int _calls;

    public string Name => name;

    public SourceCapabilities Capabilities => capabilities;

    public int Calls => _calls;

    public CancellationToken LastToken { get; private set; }

    public static ScriptedSource Answering(string name, params Interaction[] interactions) =>
        new(name, (_, _) => Task.FromResult<IReadOnlyList<Interaction>>(interactions));

    public static ScriptedSource Throwing(string name, Exception exception) =>
        new(name, (_, _) => throw exception);

    /// <summary>Never answers, but gives up when its token is cancelled.</summary>
    public static ScriptedSource Hanging(string name) =>
        new(name, async (_, token) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            return [];
        });

    /// <summary>Never answers and ignores its token.</summary>
    public static ScriptedSource Deaf(string name) =>
        new(name, (_, _) => new TaskCompletionSource<IReadOnlyList<Interaction>>().Task);

    public Task<IReadOnlyList<Interaction>> GetInteractionsAsync(SourceQuery query, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        LastToken = cancellationToken;
        return read(query, cancellationToken);
    }

    public Task<IReadOnlyList<Campaign>> GetListedCampaignsAsync(LookupKey key, CancellationToken cancellationToken) =>
        listings?.Invoke(key, cancellationToken) ?? Task.FromResult<IReadOnlyList<Campaign>>([]);
}
