using System.Runtime.CompilerServices;
using System.Threading.Channels;
using CustomerJourney.Access;
using CustomerJourney.Client;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;

namespace CustomerJourney.Live;

/// <summary>
/// One watched journey: a snapshot, then each interaction pushed by sources that can push, each
/// change found by polling the others, and each live status change that time alone brings (the
/// watch wakes at the next threshold, not on a tick). Runs on the client's <see cref="TimeProvider"/>.
/// </summary>
internal sealed class JourneyWatch
{
    private readonly JourneyClient _client;
    private readonly JourneyQuery _query;
    private readonly IReadOnlyList<IJourneySource> _sources;
    private readonly LiveStatusRule _rule;
    private readonly TimeSpan _pollInterval;
    private readonly TimeProvider _time;
    private readonly Dictionary<(string Source, string Id), (Interaction Interaction, LiveStatus Status)> _known = [];

    public JourneyWatch(JourneyClient client, JourneyQuery query, IReadOnlyList<IJourneySource> sources, JourneyClientOptions options, TimeProvider time)
    {
        _client = client;
        _query = query;
        _sources = sources;
        _rule = options.LiveStatus;
        _pollInterval = options.WatchPollInterval;
        _time = time;
    }

    public async IAsyncEnumerable<JourneyUpdate> RunAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Listen before reading the snapshot, so nothing pushed in between is lost (a repeat is ignored).
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Channel<(string Source, Interaction Interaction)> pushed = System.Threading.Channels.Channel.CreateUnbounded<(string, Interaction)>(new UnboundedChannelOptions { SingleReader = true });
        Task[] pumps = [.. StartPumps(_client.ProfileOf(_query.Key).Keys, pushed.Writer, stop.Token)];
        // Every exit (an error, cancellation, or the host leaving after the snapshot) stops the listeners.
        try
        {
            JourneyResult journey = await _client.GetJourneyAsync(_query, cancellationToken).ConfigureAwait(false);
            foreach (JourneyItem item in journey.AllItems)
            {
                _known[(item.Interaction.Source, item.Interaction.Id)] = (item.Interaction, item.Status);
            }

            yield return new JourneyUpdate(JourneyUpdateKind.Snapshot, journey.AsOf, journey, null, LiveStatus.Past);

            bool polls = _sources.Any(s => s is not IJourneyUpdateSource);
            DateTimeOffset nextPoll = journey.AsOf + _pollInterval;
            while (true)
            {
                DateTimeOffset now = _time.GetUtcNow();
                DateTimeOffset? wakeAt = polls ? nextPoll : null;
                foreach ((Interaction interaction, _) in _known.Values)
                {
                    if (_rule.NextChange(interaction, now) is { } change && (wakeAt is null || change < wakeAt))
                    {
                        wakeAt = change;
                    }
                }

                await WaitAsync(pushed.Reader, wakeAt, stop.Token).ConfigureAwait(false);
                now = _time.GetUtcNow();

                while (pushed.Reader.TryRead(out (string Source, Interaction Interaction) update))
                {
                    if (Admit(update.Source, update.Interaction) is { } interaction && Apply(interaction, now) is { } applied)
                    {
                        yield return applied;
                    }
                }

                if (polls && now >= nextPoll)
                {
                    JourneyResult polled = await _client.GetJourneyAsync(_query, stop.Token).ConfigureAwait(false);
                    foreach (JourneyItem item in polled.AllItems)
                    {
                        if (Apply(item.Interaction, now) is { } applied)
                        {
                            yield return applied;
                        }
                    }

                    nextPoll = now + _pollInterval;
                }

                foreach (JourneyUpdate changed in StatusChanges(now))
                {
                    yield return changed;
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(pumps).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private IEnumerable<Task> StartPumps(IReadOnlyList<LookupKey> keys, ChannelWriter<(string, Interaction)> writer, CancellationToken cancellationToken)
    {
        foreach (IJourneyUpdateSource source in _sources.OfType<IJourneyUpdateSource>())
        {
            foreach (LookupKey key in keys.Where(k => JourneyClient.Supports(source.Capabilities, k.Kind)))
            {
                yield return PumpAsync(source, key, writer, cancellationToken);
            }
        }
    }

    // A push stream that fails ends quietly: the rest of the watch goes on.
    private static async Task PumpAsync(IJourneyUpdateSource source, LookupKey key, ChannelWriter<(string, Interaction)> writer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (Interaction interaction in source.WatchAsync(key, cancellationToken).ConfigureAwait(false))
            {
                writer.TryWrite((source.Name, interaction));
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Cancelled at the end of the watch, or the source's stream broke: nothing to report to the host.
        }
    }

    // Until something is pushed or the clock reaches wakeAt (read just before the timer is set, so a late start does not shift it).
    private async Task WaitAsync(ChannelReader<(string, Interaction)> reader, DateTimeOffset? wakeAt, CancellationToken cancellationToken)
    {
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task read = reader.WaitToReadAsync(wake.Token).AsTask();
        TimeSpan delay = wakeAt is { } at ? at - _time.GetUtcNow() : Timeout.InfiniteTimeSpan;
        Task timer = wakeAt is null ? Task.Delay(Timeout.Infinite, wake.Token) : Task.Delay(delay < TimeSpan.Zero ? TimeSpan.Zero : delay, _time, wake.Token);
        await Task.WhenAny(read, timer).ConfigureAwait(false);
        await wake.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(read, timer).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        cancellationToken.ThrowIfCancellationRequested();
    }

    // A pushed record passes the same rules as a fetched one: the channel rule and the agent's access (R15).
    private Interaction? Admit(string sourceName, Interaction interaction) =>
        AccessFilter.AdmitArrival(_query.Access, string.IsNullOrWhiteSpace(interaction.Source) ? interaction with { Source = sourceName } : interaction);

    private JourneyUpdate? Apply(Interaction interaction, DateTimeOffset now)
    {
        LiveStatus status = _rule.StatusAt(interaction, now);
        (string, string) key = (interaction.Source, interaction.Id);
        bool known = _known.TryGetValue(key, out (Interaction Interaction, LiveStatus Status) before);
        if (known && InteractionRevision.Same(before.Interaction, interaction))
        {
            return null;
        }

        _known[key] = (interaction, status);
        return new JourneyUpdate(known ? JourneyUpdateKind.Changed : JourneyUpdateKind.Added, now, null, interaction, status);
    }

    private List<JourneyUpdate> StatusChanges(DateTimeOffset now)
    {
        var changes = new List<JourneyUpdate>();
        foreach (KeyValuePair<(string Source, string Id), (Interaction Interaction, LiveStatus Status)> entry in _known)
        {
            LiveStatus status = _rule.StatusAt(entry.Value.Interaction, now);
            if (status != entry.Value.Status)
            {
                changes.Add(new JourneyUpdate(JourneyUpdateKind.StatusChanged, now, null, entry.Value.Interaction, status));
            }
        }

        foreach (JourneyUpdate change in changes)
        {
            _known[(change.Interaction!.Source, change.Interaction.Id)] = (change.Interaction, change.Status);
        }

        return changes;
    }
}
