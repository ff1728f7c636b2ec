using System.Diagnostics;
using System.Diagnostics.Metrics;
using CustomerJourney.Query;

namespace CustomerJourney.Client;

/// <summary>
/// The SDK's traces and metrics: one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both
/// named <c>CustomerJourney.Sdk</c>. Tags name sources, states and call directions; never a key,
/// a number, an address or a comment.
/// </summary>
internal sealed class JourneyTelemetry
{
    public const string Name = "CustomerJourney.Sdk";

    public static readonly ActivitySource ActivitySource = new(Name);

    // Without a meter factory (no host), one process-wide meter serves every client.
    private static readonly Lazy<Meter> s_sharedMeter = new(() => new Meter(Name));

    private readonly Histogram<double> _lookupDuration;
    private readonly Histogram<double> _sourceDuration;

    public JourneyTelemetry(IMeterFactory? meterFactory)
    {
        Meter meter = meterFactory?.Create(new MeterOptions(Name)) ?? s_sharedMeter.Value;
        _lookupDuration = meter.CreateHistogram<double>("customer_journey.lookup.duration", "s", "How long a journey lookup took, every source included.");
        _sourceDuration = meter.CreateHistogram<double>("customer_journey.source.duration", "s", "How long each source took to answer a lookup, by source and state.");
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
            if (statuses.Any(s => !s.IsOk))
            {
                activity.SetStatus(ActivityStatusCode.Error, "A source did not answer.");
            }
        }
    }
}
