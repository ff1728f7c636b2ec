using System.Collections.Concurrent;
using CustomerJourney.Sources.GenesysCloud.Api;

namespace CustomerJourney.Sources.GenesysCloud;

/// <summary>
/// Names for the ids sessions carry (queues, agents, wrap-up codes, segments, outcomes): each read
/// once and kept across lookups for <see cref="GenesysCloudOptions.NameCacheLifetime"/>, at most
/// <see cref="GenesysCloudOptions.NameCacheSize"/> of them; one id asked by several lookups at once
/// is read once. A name that cannot be read (403, 404, a failure) is no failure of the journey:
/// it resolves to nothing (the id is shown) and is asked again after a minute at most.
/// </summary>
internal sealed class NameDirectory(GenesysApi api, GenesysCloudOptions options, TimeProvider time)
{
    private static readonly TimeSpan s_failureLifetime = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>How many names are kept (for tests).</summary>
    internal int Count => _entries.Count;

    public Task<Resolved> QueueAsync(string id, long deadline, CancellationToken cancellationToken) =>
        ResolveAsync("queue", id, $"api/v2/routing/queues/{Uri.EscapeDataString(id)}", "api/v2/routing/queues/{queueId}", "routing:queue:view", deadline, cancellationToken);

    public Task<Resolved> UserAsync(string id, long deadline, CancellationToken cancellationToken) =>
        ResolveAsync("user", id, $"api/v2/users/{Uri.EscapeDataString(id)}", "api/v2/users/{userId}", "any authenticated client", deadline, cancellationToken);

    public Task<Resolved> WrapUpCodeAsync(string id, long deadline, CancellationToken cancellationToken) =>
        ResolveAsync("wrapup", id, $"api/v2/routing/wrapupcodes/{Uri.EscapeDataString(id)}", "api/v2/routing/wrapupcodes/{codeId}", "routing:wrapupCode:view", deadline, cancellationToken);

    public Task<Resolved> SegmentAsync(string id, long deadline, CancellationToken cancellationToken) =>
        ResolveAsync("segment", id, $"api/v2/journey/segments/{Uri.EscapeDataString(id)}", "api/v2/journey/segments/{segmentId}", "journey:segment:view", deadline, cancellationToken, definition: true);

    // Outcomes are deprecated in the platform: a 404 or 410 is an outcome that is gone, not a failure.
    public Task<Resolved> OutcomeAsync(string id, long deadline, CancellationToken cancellationToken) =>
        ResolveAsync("outcome", id, $"api/v2/journey/outcomes/{Uri.EscapeDataString(id)}", "api/v2/journey/outcomes/{outcomeId}", "journey:outcome:view", deadline, cancellationToken, definition: true);

    private async Task<Resolved> ResolveAsync(string kind, string id, string path, string template, string permission, long deadline, CancellationToken cancellationToken, bool definition = false)
    {
        string key = kind + ":" + id;
        DateTimeOffset now = time.GetUtcNow();
        Entry entry = _entries.AddOrUpdate(
            key,
            _ => Start(),
            (_, existing) => existing.ExpiresAt > now || !existing.Read.IsValueCreated || !existing.Read.Value.IsCompleted ? existing : Start());
        Trim(now);
        return await entry.Read.Value.WaitAsync(cancellationToken).ConfigureAwait(false);

        // Lazy: the dictionary may make an entry twice under contention; only the one kept is read.
        Entry Start() => new(new Lazy<Task<Resolved>>(() => ReadAsync(key, path, template, permission, deadline, definition)), now + options.NameCacheLifetime);
    }

    // Read under the deadline of the lookup that asked first; a failure is kept a minute only.
    private async Task<Resolved> ReadAsync(string key, string path, string template, string permission, long deadline, bool definition)
    {
        try
        {
            Resolved resolved;
            if (definition)
            {
                JourneyDefinition? found = await api.GetAsync(path, template, permission, GenesysJsonContext.Default.JourneyDefinition, deadline, CancellationToken.None, goneIsAbsent: true).ConfigureAwait(false);
                resolved = new Resolved(found?.DisplayName, found?.ShouldDisplayToAgent, Failed: false);
            }
            else
            {
                NamedEntity? found = await api.GetAsync(path, template, permission, GenesysJsonContext.Default.NamedEntity, deadline, CancellationToken.None).ConfigureAwait(false);
                resolved = new Resolved(found?.Name, null, Failed: false);
            }

            return resolved;
        }
        catch (Exception exception) when (exception is JourneySourceException or TimeoutException or OperationCanceledException)
        {
            if (_entries.TryGetValue(key, out Entry? entry))
            {
                _entries.TryUpdate(key, entry with { ExpiresAt = time.GetUtcNow() + s_failureLifetime }, entry);
            }

            return new Resolved(null, null, Failed: true);
        }
    }

    // Bounded: past the size, the expired go first, then those that expire soonest.
    private void Trim(DateTimeOffset now)
    {
        int excess = _entries.Count - options.NameCacheSize;
        if (excess <= 0)
        {
            return;
        }

        foreach (KeyValuePair<string, Entry> stale in _entries.Where(e => e.Value.Read is { IsValueCreated: true, Value.IsCompleted: true }).OrderBy(e => e.Value.ExpiresAt).Take(excess + (options.NameCacheSize / 10)))
        {
            if (stale.Value.ExpiresAt <= now || _entries.Count > options.NameCacheSize)
            {
                _entries.TryRemove(stale);
            }
        }
    }

    /// <summary>A name read, or not: <see langword="null"/> when there is none or it could not be read (<paramref name="Failed"/>).</summary>
    public sealed record Resolved(string? Name, bool? ShouldDisplayToAgent, bool Failed);

    private sealed record Entry(Lazy<Task<Resolved>> Read, DateTimeOffset ExpiresAt);
}
