using System.Threading.Channels;

namespace CustomerJourney.PostgreSql.Live;

/// <summary>One watcher of one customer: woken (at most one pending wake) when the customer's interactions may have changed.</summary>
internal sealed class ChangeSubscription(string customer)
{
    private readonly Channel<bool> _wakes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>The customer column of the watched key.</summary>
    public string Customer { get; } = customer;

    private long _customerId;

    /// <summary>The customer's id once the store has one (set by the watcher, read by the listener); 0 until then.</summary>
    public long CustomerId
    {
        get => Volatile.Read(ref _customerId);
        set => Volatile.Write(ref _customerId, value);
    }

    /// <summary>The highest revision the watcher has read.</summary>
    public long Revision { get; set; }

    public void Wake() => _wakes.Writer.TryWrite(true);

    public ValueTask<bool> WaitAsync(CancellationToken cancellationToken) => _wakes.Reader.WaitToReadAsync(cancellationToken);

    public void Consume() => _wakes.Reader.TryRead(out _);
}
