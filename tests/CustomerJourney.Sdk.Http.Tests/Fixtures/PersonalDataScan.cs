using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CustomerJourney.Fixtures;

/// <summary>
/// Collects everything a lookup makes visible outside its result, in this process: every span of
/// every activity source (name, tags, events, status, baggage), every measurement of every meter
/// (instrument and tags), plus what a test adds (log lines, statuses, exception messages), so a
/// test can check that none carries a canary value (a key in any form, a secret, a comment, a
/// search text). The loopback servers' own spans and metrics (ASP.NET Core's) are left out: they
/// stand for the remote APIs, not for the SDK.
/// </summary>
internal sealed class PersonalDataScan : IDisposable
{
    private readonly ConcurrentQueue<string> _seen = new();
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters;

    public PersonalDataScan()
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = source => !IsServerSide(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => _seen.Enqueue(Describe(activity)),
        };
        ActivitySource.AddActivityListener(_activities);
        _meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (!IsServerSide(instrument.Meter.Name))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Measured(instrument, tags));
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Measured(instrument, tags));
        _meters.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Measured(instrument, tags));
        _meters.Start();
    }

    /// <summary>How many spans were seen (to check that tracing was on at all).</summary>
    public int Spans { get; private set; }

    /// <summary>Adds text seen elsewhere: a log line, a status message, an exception message.</summary>
    public void Add(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            _seen.Enqueue(text);
        }
    }

    /// <summary>Everything seen, one entry a line.</summary>
    public string All() => string.Join('\n', _seen);

    /// <summary>Fails when any canary appears, in any case, anywhere seen.</summary>
    public void AssertFreeOf(params IEnumerable<string> canaries)
    {
        string all = All();
        foreach (string canary in canaries)
        {
            int at = all.IndexOf(canary, StringComparison.OrdinalIgnoreCase);
            Assert.True(at < 0, $"'{canary}' appears in what the SDK made visible: …{(at < 0 ? string.Empty : all.Substring(Math.Max(0, at - 120), Math.Min(240, all.Length - Math.Max(0, at - 120))))}…");
        }
    }

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
    }

    private static bool IsServerSide(string name) => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal);

    private string Describe(Activity activity)
    {
        Spans++;
        IEnumerable<string> parts =
        [
            $"span {activity.Source.Name} {activity.OperationName} {activity.DisplayName} {activity.StatusDescription}",
            .. activity.TagObjects.Select(t => $"{t.Key}={t.Value}"),
            .. activity.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name} {t.Key}={t.Value}").Prepend(e.Name)),
            .. activity.Baggage.Select(b => $"{b.Key}={b.Value}"),
        ];
        return string.Join(' ', parts);
    }

    private void Measured(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var text = new System.Text.StringBuilder($"metric {instrument.Meter.Name} {instrument.Name}");
        foreach (KeyValuePair<string, object?> tag in tags)
        {
            text.Append(' ').Append(tag.Key).Append('=').Append(tag.Value);
        }

        _seen.Enqueue(text.ToString());
    }
}
