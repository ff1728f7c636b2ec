using System.Diagnostics;
using System.Diagnostics.Metrics;
using CustomerJourney.Fixtures;
using CustomerJourney.Query;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CustomerJourney.Client;

public class JourneyTelemetryTests
{
    [Fact]
    public async Task Lookup_RecordsDurationsBySourceAndStateWithoutPersonalData()
    {
        using ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meterFactory = services.GetRequiredService<IMeterFactory>();
        using var sourceDurations = new MetricCollector<double>(meterFactory, "CustomerJourney.Sdk", "customer_journey.source.duration");
        using var lookupDurations = new MetricCollector<double>(meterFactory, "CustomerJourney.Sdk", "customer_journey.lookup.duration");
        var client = new JourneyClient(
            [ScriptedSource.Answering("DataCloud", Interactions.At("1", "2026-10-01T09:00:00Z")), ScriptedSource.Throwing("CampaignManager", new InvalidOperationException("+14155550100"))],
            timeProvider: new FakeTimeProvider(JourneyResults.Now),
            meterFactory: meterFactory);

        await client.GetJourneyAsync(new JourneyQuery(Keys.Dana) { Direction = CallDirection.Inbound });

        Assert.Equal(
            [("DataCloud", "Ok"), ("CampaignManager", "Failed")],
            sourceDurations.GetMeasurementSnapshot().Select(m => ((string)m.Tags["customer_journey.source"]!, (string)m.Tags["customer_journey.source.state"]!)));
        Assert.Equal("Inbound", Assert.Single(lookupDurations.GetMeasurementSnapshot()).Tags["customer_journey.direction"]);
        Assert.All(sourceDurations.GetMeasurementSnapshot().SelectMany(m => m.Tags.Values), v => Assert.DoesNotContain("4155550100", v?.ToString() ?? string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lookup_IsTracedWithAnEventPerSourceAndNoPersonalData()
    {
        var activities = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "CustomerJourney.Sdk",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Add,
        };
        ActivitySource.AddActivityListener(listener);
        var client = new JourneyClient([ScriptedSource.Answering("DataCloud", Interactions.At("1", "2026-10-01T09:00:00Z", comments: "Lives at 12 Elm Street"))], timeProvider: new FakeTimeProvider(JourneyResults.Now));

        await client.GetJourneyAsync(new JourneyQuery(Keys.Dana));

        Activity lookup = Assert.Single(activities, a => a.OperationName == "customer_journey.lookup" && a.GetTagItem("customer_journey.interactions") is 1);
        Assert.Equal("DataCloud", Assert.Single(lookup.Events).Tags.First(t => t.Key == "customer_journey.source").Value);
        string everything = string.Join(' ', lookup.TagObjects.Select(t => $"{t.Key}={t.Value}").Concat(lookup.Events.SelectMany(e => e.Tags.Select(t => $"{t.Key}={t.Value}"))));
        Assert.DoesNotContain("4155550100", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Elm Street", everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotSupported_IsNoError_WhileAFailureIs()
    {
        var activities = new System.Collections.Concurrent.ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "CustomerJourney.Sdk",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Add,
        };
        ActivitySource.AddActivityListener(listener);
        var outboundOnly = new ScriptedSource("CampaignManager", (_, _) => Task.FromResult<IReadOnlyList<Model.Interaction>>([]), Sources.SourceCapabilities.PhoneLookup);
        var inbound = ScriptedSource.Answering("DataCloud", Interactions.At("1", "2026-10-01T09:00:00Z"));
        var client = new JourneyClient([outboundOnly, inbound], timeProvider: new FakeTimeProvider(JourneyResults.Now));

        JourneyResult byDesign = await client.GetJourneyAsync(new JourneyQuery(Keys.Dana) { Direction = CallDirection.Inbound, CurrentCampaignId = "by-design" });
        JourneyResult failed = await new JourneyClient([ScriptedSource.Throwing("Broken", new InvalidOperationException())], timeProvider: new FakeTimeProvider(JourneyResults.Now))
            .GetJourneyAsync(new JourneyQuery(Keys.Dana) { CurrentCampaignId = "failing" });

        Assert.True(byDesign.IsComplete);
        Assert.False(failed.IsComplete);
        Assert.Equal(ActivityStatusCode.Unset, Assert.Single(activities, a => a.GetTagItem("customer_journey.interactions") is 1 && a.Events.Count() == 2).Status);
        Assert.Contains(activities, a => a.Status == ActivityStatusCode.Error && a.Events.Count() == 1);
    }

    [Fact]
    public void Durations_HaveBucketsFromMillisecondsToSeconds_AndTheMeterAndSourceCarryTheVersion()
    {
        using ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meterFactory = services.GetRequiredService<IMeterFactory>();
        var histograms = new List<Histogram<double>>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (instrument.Meter.Name == "CustomerJourney.Sdk" && instrument.Meter.Scope == meterFactory && instrument is Histogram<double> histogram)
                {
                    histograms.Add(histogram);
                }
            },
        };
        listener.Start();

        _ = new JourneyClient([], meterFactory: meterFactory);

        string version = typeof(JourneyClient).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;
        Assert.Equal(["customer_journey.lookup.duration", "customer_journey.source.duration"], histograms.Select(h => h.Name).Order());
        Assert.All(histograms, h =>
        {
            Assert.Equal(version, h.Meter.Version);
            IReadOnlyList<double> buckets = h.Advice!.HistogramBucketBoundaries!;
            Assert.Equal(0.005, buckets[0]);
            Assert.Equal(10, buckets[^1]);
            Assert.Contains(0.25, buckets);
        });
        Assert.Equal(version, JourneyTelemetry.ActivitySource.Version);
    }
}
