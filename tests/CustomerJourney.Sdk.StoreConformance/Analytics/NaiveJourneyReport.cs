using CustomerJourney.Analytics;
using CustomerJourney.Model;

namespace CustomerJourney.Stores.Conformance.Analytics;

/// <summary>
/// The definitions of docs/analytics.md written the plain way, over whole journeys in memory, with
/// no code of the SDK's analytics: the oracle the property tests hold the builder and both stores
/// to, and the naive floor the report's benchmark measures against.
/// </summary>
public static class NaiveJourneyReport
{
    private static readonly TimeSpan s_week = TimeSpan.FromDays(7);
    private static readonly TimeSpan s_month = TimeSpan.FromDays(30);

    public static JourneyReport Compute(JourneyReportQuery query, IEnumerable<(LookupKey Customer, IReadOnlyList<Interaction> Journey)> journeys)
    {
        bool surveysPermitted = query.Access.Permissions.HasFlag(Access.JourneyPermissions.Surveys);
        var contacts = new List<(Interaction Contact, bool Repeat7, bool Repeat30)>();
        var episodes = new List<List<Interaction>>();
        var periodSteps = new List<Interaction>();
        foreach ((LookupKey _, IReadOnlyList<Interaction> journey) in journeys)
        {
            List<Interaction> steps = [.. journey
                .Where(i => query.Access.CanSee(i.Divisions))
                .Where(i => i.Start >= query.Period.From && i.Start < query.ReadUntil)
                .Where(JourneyChannels.CarriesJourney)
                .Where(i => query.CampaignId is null || i.Campaign?.Id == query.CampaignId)
                .Where(i => query.Channel is null || i.Channel == query.Channel)
                .OrderBy(i => i.Start.UtcTicks).ThenBy(i => Utf8(i.Source), Bytes.Order).ThenBy(i => Utf8(i.Id), Bytes.Order)];
            periodSteps.AddRange(steps.Where(InPeriod));

            List<Interaction> own = [.. steps.Where(JourneyChannels.IsContact)];
            for (int i = 0; i < own.Count; i++)
            {
                if (InPeriod(own[i]))
                {
                    TimeSpan? gap = i + 1 < own.Count ? own[i + 1].Start - own[i].Start : null;
                    contacts.Add((own[i], gap <= s_week, gap <= s_month));
                }
            }

            // Episodes: per reason (the campaign, or one for all), a gap longer than the window opens a new one.
            foreach (IGrouping<string?, Interaction> reason in steps.GroupBy(i => query.Episodes.Grouping == Paths.EpisodeGrouping.Campaign ? i.Campaign?.Id : null))
            {
                List<Interaction>? current = null;
                foreach (Interaction step in reason)
                {
                    if (current is null || step.Start - current[^1].Start > query.Episodes.Window)
                    {
                        episodes.Add(current = []);
                    }

                    current.Add(step);
                }
            }
        }

        var counted = episodes.Where(e => InPeriod(e[0]) && e.Any(JourneyChannels.IsContact)).Select(e =>
        {
            Interaction? decisive = e.Where(JourneyChannels.IsContact).LastOrDefault(s => s.Outcome is not null);
            OutcomeKind? kind = decisive?.Outcome?.Kind;
            Channel[] path = [.. e.Select(s => s.Channel).Where((c, i) => i == 0 || e[i - 1].Channel != c)];
            DateTimeOffset? resolvedAt = kind == OutcomeKind.Success ? (decisive!.End is { } end && end >= decisive.Start ? end : decisive.Start) : null;
            return new
            {
                Contacts = e.Count(JourneyChannels.IsContact),
                Resolved = kind == OutcomeKind.Success,
                Failed = kind == OutcomeKind.Failure,
                Minutes = resolvedAt is { } at ? (long?)((at - e[0].Start).Ticks / TimeSpan.TicksPerMinute) : null,
                Path = path.Take(ChannelPathStats.MaxSteps).ToArray(),
                Truncated = path.Length > ChannelPathStats.MaxSteps,
                Surveys = e.SelectMany(s => s.Surveys ?? []).ToList(),
            };
        }).ToList();

        long[] minutes = [.. counted.Where(e => e.Minutes is not null).Select(e => e.Minutes!.Value).Order()];
        List<SurveyResponse> answers = [.. periodSteps.SelectMany(s => s.Surveys ?? [])];
        List<SelfServiceSession> sessions = [.. periodSteps.Where(s => s.SelfService is not null).Select(s => s.SelfService!)];
        return new JourneyReport
        {
            Query = query,
            Contacts = contacts.Count,
            ContactsByChannel = [.. contacts.GroupBy(c => c.Contact.Channel).Select(g => new ChannelCount(g.Key, g.Count())).OrderByDescending(c => c.Count).ThenBy(c => c.Channel)],
            RepeatContacts7d = contacts.Count(c => c.Repeat7),
            RepeatContacts30d = contacts.Count(c => c.Repeat30),
            Episodes = counted.Count,
            ResolvedEpisodes = counted.Count(e => e.Resolved),
            FailedEpisodes = counted.Count(e => e.Failed),
            FirstContactResolutions = counted.Count(e => e.Resolved && e.Contacts == 1),
            MedianTimeToResolution = Percentile(minutes, 50),
            P90TimeToResolution = Percentile(minutes, 90),
            ChannelPaths = [.. counted.GroupBy(e => (Key: string.Join(',', e.Path), e.Truncated))
                .Select(g => new ChannelPathStats(g.First().Path, g.Key.Truncated, g.Count(), g.Count(e => e.Resolved), g.Count(e => e.Failed), surveysPermitted ? Scores(g.SelectMany(e => e.Surveys)) : null))
                .OrderByDescending(p => p.Count).ThenBy(p => p.Channels, ChannelOrder.Instance).ThenBy(p => p.IsTruncated)
                .Take(query.MaxPaths)],
            SelfService = new SelfServiceStats(
                sessions.Count,
                sessions.Count(s => s.Result == SelfServiceResult.Contained),
                sessions.Count(s => s.Result == SelfServiceResult.HandedToAgent),
                sessions.Count(s => s.Result == SelfServiceResult.Abandoned)),
            Surveys = surveysPermitted
                ? new SurveyStats(
                    Scores(answers),
                    [.. periodSteps.Where(s => s.Surveys is { Count: > 0 }).GroupBy(s => s.Channel)
                        .Select(g => new ChannelSurveyStats(g.Key, Scores(g.SelectMany(s => s.Surveys!))))
                        .OrderByDescending(c => c.Scores.Responses).ThenBy(c => c.Channel)])
                : null,
        };

        bool InPeriod(Interaction interaction) => interaction.Start < query.Period.To;
    }

    private static SurveyScoreStats Scores(IEnumerable<SurveyResponse> responses)
    {
        List<SurveyResponse> all = [.. responses];
        List<double> nps = [.. all.Where(r => r.Kind == SurveyKind.Nps).Select(r => r.NormalizedScore)];
        List<double> csat = [.. all.Where(r => r.Kind == SurveyKind.Csat).Select(r => r.NormalizedScore)];
        return new SurveyScoreStats(
            all.Count,
            all.Count == 0 ? null : all.Average(r => r.NormalizedScore),
            nps.Count,
            nps.Count == 0 ? null : 100.0 * (nps.Count(s => s >= 90) - nps.Count(s => s <= 60)) / nps.Count,
            csat.Count,
            csat.Count == 0 ? null : (double)csat.Count(s => s >= 75) / csat.Count);
    }

    // Nearest rank: the smallest value at least p% of them do not exceed.
    private static TimeSpan? Percentile(long[] sorted, int percent) =>
        sorted.Length == 0 ? null : TimeSpan.FromMinutes(sorted[(int)Math.Ceiling(percent * sorted.Length / 100m) - 1]);

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    private sealed class Bytes : IComparer<byte[]>
    {
        public static Bytes Order { get; } = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y.AsSpan());
    }

    private sealed class ChannelOrder : IComparer<IReadOnlyList<Channel>>
    {
        public static ChannelOrder Instance { get; } = new();

        public int Compare(IReadOnlyList<Channel>? x, IReadOnlyList<Channel>? y)
        {
            for (int i = 0; i < Math.Min(x!.Count, y!.Count); i++)
            {
                int order = ((int)x[i]).CompareTo((int)y[i]);
                if (order != 0)
                {
                    return order;
                }
            }

            return x.Count.CompareTo(y.Count);
        }
    }
}
