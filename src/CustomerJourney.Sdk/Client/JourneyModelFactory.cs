using CustomerJourney.Identity;
using CustomerJourney.Live;
using CustomerJourney.Model;
using CustomerJourney.Paths;
using CustomerJourney.Query;

namespace CustomerJourney.Client;

/// <summary>
/// Makes results for tests of a host's own code, as the journey client would (a test double: mock
/// <see cref="JourneyClient"/>, whose methods are virtual, and return these). The interactions
/// are taken as given, so a test decides exactly what its code sees; the timeline, grid, facets and
/// live statuses are computed from them as in a real lookup.
/// </summary>
public static class JourneyModelFactory
{
    /// <summary>A journey of the given interactions.</summary>
    /// <param name="query">The query it answers (customer, direction, filter, access).</param>
    /// <param name="interactions">The interactions the sources answered, as they are (no access context or de-duplication is applied); those outside the period are left out, as in a lookup.</param>
    /// <param name="sources">The sources' statuses; <see langword="null"/> for one source named <c>Memory</c> that answered.</param>
    /// <param name="otherCampaigns">The other campaigns the customer is listed in.</param>
    /// <param name="asOf">"Now" for the period and the live statuses; <see langword="null"/> for the current time.</param>
    /// <param name="timeZone">The zone of the period and the dates; <see langword="null"/> for UTC.</param>
    /// <param name="liveStatus">The live status thresholds; <see langword="null"/> for <see cref="LiveStatusRule.Default"/>.</param>
    /// <returns>The journey.</returns>
    public static JourneyResult JourneyResult(
        JourneyQuery query,
        IEnumerable<Interaction> interactions,
        IEnumerable<SourceStatus>? sources = null,
        IEnumerable<Campaign>? otherCampaigns = null,
        DateTimeOffset? asOf = null,
        TimeZoneInfo? timeZone = null,
        LiveStatusRule? liveStatus = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(interactions);
        Interaction[] all = [.. interactions];
        if (all.Any(i => i is null))
        {
            throw new ArgumentException("An interaction is null.", nameof(interactions));
        }

        DateTimeOffset now = asOf ?? DateTimeOffset.UtcNow;
        TimeZoneInfo zone = timeZone ?? TimeZoneInfo.Utc;
        PeriodRange period = PeriodRange.Resolve(query.Period ?? JourneyPeriod.LastMonths(12), now, zone);
        all = [.. all.Where(i => i.Start.UtcTicks >= period.From.UtcTicks && i.Start.UtcTicks < period.To.UtcTicks)];
        SourceStatus[] statuses = [.. sources ?? [new SourceStatus("Memory", SourceState.Ok, null, all.Length, TimeSpan.Zero, [])]];
        string[] sourceOrder = [.. statuses.Select(s => s.Name).Concat(all.Select(i => i.Source)).Distinct(StringComparer.Ordinal)];
        var journey = new FetchedJourney(all, sourceOrder, zone, liveStatus ?? LiveStatusRule.Default, EpisodeRule.Default, now);
        return new JourneyResult(query, period, zone, now, CustomerProfile.Alone(query.Key), statuses, [.. otherCampaigns ?? []], journey, journey.Index, query.Filter);
    }
}
