namespace CustomerJourney.Demo;

/// <summary>A clock pinned at one instant, for <c>--as-of</c>.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
