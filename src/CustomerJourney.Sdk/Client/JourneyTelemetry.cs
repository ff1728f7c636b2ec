using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;
using CustomerJourney.Query;

namespace CustomerJourney.Client;

/// <summary>
/// The SDK's traces and metrics: one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both
/// named <c>CustomerJourney.Sdk</c> and carrying the package's version. Tags name sources, states
/// and call directions; never a key, a number, an address or a comment. A source that cannot serve
/// the lookup by design (not supported, R3) is no error: a span is in error only when a source
/// failed or timed out.
/// </summary>
internal sealed class JourneyTelemetry
{
    public const string Name = "CustomerJourney.Sdk";

    public static readonly string? Version = typeof(JourneyTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    public static readonly ActivitySource ActivitySource = new(Name, Version);

    // Lookups take milliseconds to seconds: buckets from 5 ms to 10 s (the OpenTelemetry defaults
    // run to 10,000, which for seconds puts every lookup in the first bucket or two).
    private static readonly double[] s_durationBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 4, 5, 7.5, 10];

    // Without a meter factory (no host), one process-wide meter serves every client.
    private static readonly Lazy<Meter> s_sharedMeter = new(() => new Meter(Name, Version));

    private readonly Histogram<double> _lookupDuration;
    private readonly Histogram<double> _sourceDuration;

    public JourneyTelemetry(IMeterFactory? meterFactory)
    {
        Meter meter = meterFactory?.Create(new MeterOptions(Name) { Version = Version }) ?? s_sharedMeter.Value;
        var advice = new InstrumentAdvice<double> { HistogramBucketBoundaries = s_durationBuckets };
        _lookupDuration = meter.CreateHistogram("customer_journey.lookup.duration", "s", "How long a journey lookup took, every source included.", tags: null, advice);
        _sourceDuration = meter.CreateHistogram("customer_journey.source.duration", "s", "How long each source took to answer a lookup, by source and state.", tags: null, advice);
    }

    public void Record(CallDirection direction, IReadOnlyList<SourceStatus> statuses, TimeSpan elapsed, int interactions, Activity? activity)
    {
        string directionTag = direction.ToString();
        _lookupDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("customer_journey.direction", directionTag));
        foreach (SourceStatus status in statuses)
        {
            _sourceDuration.Record(
                status.Elapsed.TotalSeconds,
                new KeyValuePair<string, object?>("customer_journey.source", status.Name),
                new KeyValuePair<string, object?>("customer_journey.source.state", status.State.ToString()));
            activity?.AddEvent(new ActivityEvent("customer_journey.source", tags: new ActivityTagsCollection
            {
                ["customer_journey.source"] = status.Name,
                ["customer_journey.source.state"] = status.State.ToString(),
                ["customer_journey.source.interactions"] = status.InteractionCount,
            }));
        }

        if (activity is not null)
        {
            activity.SetTag("customer_journey.direction", directionTag);
            activity.SetTag("customer_journey.interactions", interactions);
            if (statuses.Any(s => s.State is SourceState.Failed or SourceState.TimedOut))
            {
                activity.SetStatus(ActivityStatusCode.Error, "A source failed or timed out.");
            }
        }
    }
}
