using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using CustomerJourney.Identity;
using CustomerJourney.PostgreSql.Schema;
using Npgsql;

namespace CustomerJourney.PostgreSql.Live;

/// <summary>
/// One listening connection per store and process (LISTEN on the store's two channels), started by
/// the first watcher and kept until the store is disposed. A notification wakes the watchers of
/// the customers it names; a broken connection is reopened with backoff, and every watcher is
/// woken once it is back (it reads what it may have missed: notifications are not queued for a
/// listener that was away).
/// </summary>
internal sealed class ChangeListener(NpgsqlDataSource dataSource, StoreNames names) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<ChangeSubscription, bool> _interactions = new();
    private readonly ConcurrentDictionary<Channel<IdentityLinksChanged>, bool> _links = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _lock = new();
    private Task? _running;
    private int _disposed;

    public ChangeSubscription Subscribe(string customer)
    {
        var subscription = new ChangeSubscription(customer);
        _interactions[subscription] = true;
        Start();
        return subscription;
    }

    public void Unsubscribe(ChangeSubscription subscription) => _interactions.TryRemove(subscription, out _);

    public Channel<IdentityLinksChanged> SubscribeToLinks()
    {
        Channel<IdentityLinksChanged> channel = Channel.CreateUnbounded<IdentityLinksChanged>(new UnboundedChannelOptions { SingleReader = true });
        _links[channel] = true;
        Start();
        return channel;
    }

    public void Unsubscribe(Channel<IdentityLinksChanged> channel) => _links.TryRemove(channel, out _);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        if (_running is { } running)
        {
            await running.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _stop.Dispose();
    }

    private void Start()
    {
        lock (_lock)
        {
            _running ??= Task.Run(() => ListenAsync(_stop.Token));
        }
    }

    private async Task ListenAsync(CancellationToken cancellationToken)
    {
        TimeSpan backoff = TimeSpan.FromMilliseconds(100);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                NpgsqlConnection connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                await using (connection.ConfigureAwait(false))
                {
                    connection.Notification += OnNotification;
                    using (NpgsqlCommand listen = new($"LISTEN \"{names.InteractionsChannel}\"; LISTEN \"{names.IdentityLinksChannel}\"", connection))
                    {
                        await listen.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }

                    backoff = TimeSpan.FromMilliseconds(100);
                    WakeAll();
                    while (true)
                    {
                        await connection.WaitAsync(cancellationToken).ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                // The server went away or dropped us: try again, waking everyone once back.
                try
                {
                    await Task.Delay(backoff, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs notification)
    {
        if (notification.Channel == names.IdentityLinksChannel)
        {
            Guid? id = Guid.TryParse(notification.Payload, out Guid parsed) ? parsed : null;
            foreach (Channel<IdentityLinksChanged> channel in _links.Keys)
            {
                channel.Writer.TryWrite(new IdentityLinksChanged(id));
            }

            return;
        }

        var changed = new HashSet<long>();
        foreach (string part in notification.Payload.Split(','))
        {
            if (long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out long id))
            {
                changed.Add(id);
            }
        }

        foreach (ChangeSubscription subscription in _interactions.Keys)
        {
            // A watcher whose customer had no id yet may be the one just created: it looks again.
            if (subscription.CustomerId == 0 || changed.Contains(subscription.CustomerId))
            {
                subscription.Wake();
            }
        }
    }

    private void WakeAll()
    {
        foreach (ChangeSubscription subscription in _interactions.Keys)
        {
            subscription.Wake();
        }

        foreach (Channel<IdentityLinksChanged> channel in _links.Keys)
        {
            channel.Writer.TryWrite(new IdentityLinksChanged(null));
        }
    }
}
