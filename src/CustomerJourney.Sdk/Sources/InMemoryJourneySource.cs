using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using CustomerJourney.Model;

namespace CustomerJourney.Sources;

/// <summary>
/// A source that holds its interactions in memory: for tests, demos and hosts that already have
/// the data at hand. Thread-safe: writers replace immutable snapshots, readers never lock.
/// </summary>
public sealed class InMemoryJourneySource : IJourneyUpdateSource
{
    private readonly Lock _writeLock = new();
    private ImmutableDictionary<LookupKey, ImmutableList<Interaction>> _interactions = ImmutableDictionary<LookupKey, ImmutableList<Interaction>>.Empty;
    private ImmutableDictionary<LookupKey, ImmutableList<Campaign>> _listings = ImmutableDictionary<LookupKey, ImmutableList<Campaign>>.Empty;
    private ImmutableDictionary<LookupKey, ImmutableList<ChannelWriter<Interaction>>> _watchers = ImmutableDictionary<LookupKey, ImmutableList<ChannelWriter<Interaction>>>.Empty;

    /// <summary>Creates an empty source.</summary>
    /// <param name="name">The source's name, used as <see cref="Interaction.Source"/>.</param>
    /// <param name="capabilities">What it answers; by default phone and e-mail lookups, inbound calls and campaign listings.</param>
    public InMemoryJourneySource(
        string name,
        SourceCapabilities capabilities = SourceCapabilities.PhoneLookup | SourceCapabilities.EmailLookup | SourceCapabilities.InboundCalls | SourceCapabilities.CampaignListings | SourceCapabilities.WebIdLookup | SourceCapabilities.Divisions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Capabilities = capabilities;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public SourceCapabilities Capabilities { get; }

    /// <summary>Adds interactions for a customer. Each keeps its <see cref="Interaction.Source"/> (the system it came from); a blank one is set to this source's name.</summary>
    /// <param name="key">The customer.</param>
    /// <param name="interactions">The interactions.</param>
    /// <returns>This source, to chain calls.</returns>
    public InMemoryJourneySource Add(LookupKey key, params IEnumerable<Interaction> interactions)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        ImmutableList<Interaction> stamped = [.. interactions.Select(i => string.IsNullOrWhiteSpace(i.Source) ? i with { Source = Name } : i)];
        lock (_writeLock)
        {
            _interactions = _interactions.SetItem(key, _interactions.TryGetValue(key, out ImmutableList<Interaction>? existing) ? existing.AddRange(stamped) : stamped);
        }

        Notify(key, stamped);
        return this;
    }

    /// <summary>
    /// Adds interactions for a customer, replacing those with the same source and id (a new event
    /// in a conversation, an end, an outcome); watchers of the customer receive each one.
    /// </summary>
    /// <param name="key">The customer.</param>
    /// <param name="interactions">The new versions.</param>
    /// <returns>This source, for chaining.</returns>
    public InMemoryJourneySource Upsert(LookupKey key, params IEnumerable<Interaction> interactions)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        ImmutableList<Interaction> stamped = [.. interactions.Select(i => string.IsNullOrWhiteSpace(i.Source) ? i with { Source = Name } : i)];
        lock (_writeLock)
        {
            ImmutableList<Interaction> existing = _interactions.GetValueOrDefault(key, []);
            foreach (Interaction interaction in stamped)
            {
                int at = existing.FindIndex(i => i.Source == interaction.Source && i.Id == interaction.Id);
                existing = at < 0 ? existing.Add(interaction) : existing.SetItem(at, interaction);
            }

            _interactions = _interactions.SetItem(key, existing);
        }

        Notify(key, stamped);
        return this;
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<Interaction> WatchAsync(LookupKey key, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var updates = System.Threading.Channels.Channel.CreateUnbounded<Interaction>(new UnboundedChannelOptions { SingleReader = true });
        lock (_writeLock)
        {
            _watchers = _watchers.SetItem(key, _watchers.GetValueOrDefault(key, []).Add(updates.Writer));
        }

        try
        {
            await foreach (Interaction interaction in updates.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return interaction;
            }
        }
        finally
        {
            lock (_writeLock)
            {
                _watchers = _watchers.SetItem(key, _watchers.GetValueOrDefault(key, []).Remove(updates.Writer));
            }
        }
    }

    private void Notify(LookupKey key, ImmutableList<Interaction> interactions)
    {
        foreach (ChannelWriter<Interaction> watcher in _watchers.GetValueOrDefault(key, []))
        {
            foreach (Interaction interaction in interactions)
            {
                watcher.TryWrite(interaction);
            }
        }
    }

    /// <summary>Records that a customer is listed in campaigns (R2).</summary>
    /// <param name="key">The customer.</param>
    /// <param name="campaigns">The campaigns.</param>
    /// <returns>This source, to chain calls.</returns>
    public InMemoryJourneySource List(LookupKey key, params IEnumerable<Campaign> campaigns)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        lock (_writeLock)
        {
            _listings = _listings.SetItem(key, _listings.TryGetValue(key, out ImmutableList<Campaign>? existing) ? existing.AddRange(campaigns) : [.. campaigns]);
        }

        return this;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Interaction>> GetInteractionsAsync(SourceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        if (!_interactions.TryGetValue(query.Key, out ImmutableList<Interaction>? all))
        {
            return Task.FromResult<IReadOnlyList<Interaction>>([]);
        }

        // An array: the client reads it as a span, without copying it.
        Interaction[] inRange = [.. all.Where(i => i.Start >= query.From && i.Start < query.To)];
        return Task.FromResult<IReadOnlyList<Interaction>>(inRange);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Campaign>> GetListedCampaignsAsync(LookupKey key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<Campaign> listed = _listings.TryGetValue(key, out ImmutableList<Campaign>? campaigns) ? campaigns : [];
        return Task.FromResult(listed);
    }
}
