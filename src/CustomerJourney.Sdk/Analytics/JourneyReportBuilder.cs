using System.Runtime.CompilerServices;
using CustomerJourney.Access;
using CustomerJourney.Model;
using CustomerJourney.Paths;

namespace CustomerJourney.Analytics;

/// <summary>
/// Computes a <see cref="JourneyReport"/> in one pass over every customer's steps: the stores feed
/// it the rows of their analytics index, customer after customer, each customer's in start order,
/// and it keeps only one customer's steps at a time. Memory grows with the longest journey and the
/// distinct channel paths and minutes of resolution, never with the number of customers.
/// </summary>
/// <remarks>
/// The caller applies the access context (R15) before feeding a step: the builder sees no
/// divisions. It applies the period (with its follow-up), the campaign and channel filters, and the
/// channels that carry no journey itself, so a store may hand it a wider read.
/// Steps that start at the same instant must come in one fixed order (the stores: source, then id,
/// byte by byte), for the paths and outcomes to be the same on every store. Not thread-safe. Its
/// loops are compiled fully optimized from the first call (a report runs once, over millions of rows).
/// </remarks>
public sealed class JourneyReportBuilder
{
    private const int MaxDistinctPaths = 65_536;
    private static readonly long s_week = TimeSpan.FromDays(7).Ticks;
    private static readonly long s_month = TimeSpan.FromDays(30).Ticks;

    private readonly JourneyReportQuery _query;
    private readonly long _from;
    private readonly long _to;
    private readonly long _readUntil;
    private readonly bool _surveys;
    private readonly EpisodeSegmenter _segmenter;

    // One customer's steps, as parallel arrays reused from customer to customer.
    private int _count;
    private long[] _starts = new long[64];
    private long[] _ends = new long[64];
    private Channel[] _channels = new Channel[64];
    private bool[] _contacts = new bool[64];
    private string?[] _reasons = new string?[64];
    private sbyte[] _outcomes = new sbyte[64];
    private sbyte[] _selfService = new sbyte[64];
    private int[] _scoreStarts = new int[64];
    private int[] _scoreCounts = new int[64];
    private SurveyScore[] _scoreValues = new SurveyScore[64];
    private int _scoreTotal;
    private int[] _episodeOf = new int[64];
    private Episode[] _episodes = new Episode[16];

    // The report so far.
    private readonly int[] _contactsByChannel = new int[32];
    private readonly SurveyTally[] _surveysByChannel = new SurveyTally[32];
    private readonly Dictionary<ulong, PathTally> _paths = [];
    private readonly MinuteHistogram _timeToResolution = new();
    private SurveyTally _allSurveys;
    private int _contactCount;
    private int _repeats7d;
    private int _repeats30d;
    private int _episodeCount;
    private int _resolved;
    private int _failed;
    private int _firstContact;
    private int _sessions;
    private int _contained;
    private int _handedToAgent;
    private int _abandoned;

    /// <summary>A builder for one report.</summary>
    /// <param name="query">What the report covers.</param>
    public JourneyReportBuilder(JourneyReportQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        _query = query;
        _from = query.Period.From.UtcTicks;
        _to = query.Period.To.UtcTicks;
        _readUntil = query.ReadUntil.UtcTicks;
        _surveys = query.Access.Permissions.HasFlag(JourneyPermissions.Surveys);
        _segmenter = new EpisodeSegmenter(query.Episodes);
    }

    /// <summary>Adds a step of the current customer; steps outside the report's reading or filters are passed over.</summary>
    /// <param name="step">The step: not before the customer's previous one.</param>
    /// <exception cref="InvalidOperationException">The step starts before the customer's previous step.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(in JourneyStepFacts step)
    {
        long start = step.Start.UtcTicks;
        if (start < _from || start >= _readUntil || !JourneyChannels.CarriesJourney(step.Channel, step.IsAgentless)
            || (_query.CampaignId is { } campaign && !string.Equals(step.CampaignId, campaign, StringComparison.Ordinal))
            || (_query.Channel is { } channel && step.Channel != channel))
        {
            return;
        }

        if (_count > 0 && start < _starts[_count - 1])
        {
            throw new InvalidOperationException("A customer's steps must come in start order.");
        }

        if (_count == _starts.Length)
        {
            Grow();
        }

        int i = _count++;
        _starts[i] = start;
        _ends[i] = step.End is { } end && end.UtcTicks >= start ? end.UtcTicks : start;
        _channels[i] = step.Channel;
        _contacts[i] = JourneyChannels.IsContact(step.Channel, step.IsAgentless);
        _reasons[i] = step.CampaignId;
        _outcomes[i] = step.Outcome is { } outcome ? (sbyte)outcome : (sbyte)-1;
        _selfService[i] = step.SelfService is { } result ? (sbyte)result : (sbyte)-1;
        _scoreStarts[i] = _scoreTotal;
        _scoreCounts[i] = 0;
        if (_surveys && step.Surveys is { Count: > 0 } scores)
        {
            // Copied: a store may hand the same list for every row, refilled.
            if (_scoreTotal + scores.Count > _scoreValues.Length)
            {
                Array.Resize(ref _scoreValues, Math.Max(_scoreValues.Length * 2, _scoreTotal + scores.Count));
            }

            for (int s = 0; s < scores.Count; s++)
            {
                _scoreValues[_scoreTotal++] = scores[s];
            }

            _scoreCounts[i] = scores.Count;
        }
    }

    /// <summary>Ends the current customer: the steps added since are added up, and the next step starts another customer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void EndCustomer()
    {
        if (_count == 0)
        {
            return;
        }

        CountContacts();
        CountPeriodParts();
        CountEpisodes();
        Array.Clear(_reasons, 0, _count);
        _scoreTotal = 0;
        _count = 0;
    }

    /// <summary>
    /// Adds what another builder of the same report has counted: a store that reads its customers in
    /// several parts at once (the SQLite store, on two threads) folds each part with a builder of its
    /// own and merges them. Each customer must have been read by one builder only. Both builders end
    /// their current customer; <paramref name="other"/> is not to be used again.
    /// </summary>
    /// <param name="other">A builder of the same query.</param>
    /// <exception cref="ArgumentException"><paramref name="other"/> builds another query's report.</exception>
    public void Merge(JourneyReportBuilder other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!_query.Equals(other._query))
        {
            throw new ArgumentException("Only a builder of the same query can be merged.", nameof(other));
        }

        EndCustomer();
        other.EndCustomer();
        for (int c = 0; c < _contactsByChannel.Length; c++)
        {
            _contactsByChannel[c] += other._contactsByChannel[c];
            _surveysByChannel[c].Add(other._surveysByChannel[c]);
        }

        foreach ((ulong key, PathTally tally) in other._paths)
        {
            if (_paths.TryGetValue(key, out PathTally? mine) || (_paths.Count < MaxDistinctPaths && _paths.TryAdd(key, mine = new PathTally())))
            {
                mine!.Count += tally.Count;
                mine.Resolved += tally.Resolved;
                mine.Failed += tally.Failed;
                mine.Surveys.Add(tally.Surveys);
            }
        }

        _timeToResolution.Add(other._timeToResolution);
        _allSurveys.Add(other._allSurveys);
        _contactCount += other._contactCount;
        _repeats7d += other._repeats7d;
        _repeats30d += other._repeats30d;
        _episodeCount += other._episodeCount;
        _resolved += other._resolved;
        _failed += other._failed;
        _firstContact += other._firstContact;
        _sessions += other._sessions;
        _contained += other._contained;
        _handedToAgent += other._handedToAgent;
        _abandoned += other._abandoned;
    }

    /// <summary>Ends the last customer and makes the report.</summary>
    /// <returns>The report.</returns>
    public JourneyReport Build()
    {
        EndCustomer();
        SurveyStats? surveys = _surveys
            ? new SurveyStats(_allSurveys.ToStats(), [.. Enumerable.Range(0, 32).Where(c => _surveysByChannel[c].Responses > 0)
                .Select(c => new ChannelSurveyStats((Channel)c, _surveysByChannel[c].ToStats()))
                .OrderByDescending(s => s.Scores.Responses).ThenBy(s => s.Channel)])
            : null;
        return new JourneyReport
        {
            Query = _query,
            Contacts = _contactCount,
            ContactsByChannel = [.. Enumerable.Range(0, 32).Where(c => _contactsByChannel[c] > 0)
                .Select(c => new ChannelCount((Channel)c, _contactsByChannel[c])).OrderByDescending(c => c.Count).ThenBy(c => c.Channel)],
            Episodes = _episodeCount,
            ResolvedEpisodes = _resolved,
            FailedEpisodes = _failed,
            FirstContactResolutions = _firstContact,
            RepeatContacts7d = _repeats7d,
            RepeatContacts30d = _repeats30d,
            MedianTimeToResolution = _timeToResolution.Percentile(50),
            P90TimeToResolution = _timeToResolution.Percentile(90),
            ChannelPaths = [.. _paths.Select(p => (Path: PathKey.Decode(p.Key), Tally: p.Value))
                .OrderByDescending(p => p.Tally.Count).ThenBy(p => p.Path.Channels, ChannelSequenceOrder.Instance).ThenBy(p => p.Path.IsTruncated)
                .Take(_query.MaxPaths)
                .Select(p => new ChannelPathStats(p.Path.Channels, p.Path.IsTruncated, p.Tally.Count, p.Tally.Resolved, p.Tally.Failed, _surveys ? p.Tally.Surveys.ToStats() : null))],
            SelfService = new SelfServiceStats(_sessions, _contained, _handedToAgent, _abandoned),
            Surveys = surveys,
        };
    }

    private bool InPeriod(long start) => start < _to;

    private ReadOnlySpan<SurveyScore> Scores(int step) => _scoreValues.AsSpan(_scoreStarts[step], _scoreCounts[step]);

    // Every contact in the period, and whether the customer's next contact (of any reason) came within 7 and 30 days.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CountContacts()
    {
        long previous = 0;
        bool previousCounts = false;
        for (int i = 0; i < _count; i++)
        {
            if (!_contacts[i])
            {
                continue;
            }

            if (previousCounts)
            {
                long gap = _starts[i] - previous;
                _repeats7d += gap <= s_week ? 1 : 0;
                _repeats30d += gap <= s_month ? 1 : 0;
            }

            previous = _starts[i];
            previousCounts = InPeriod(_starts[i]);
            if (previousCounts)
            {
                _contactCount++;
                _contactsByChannel[(int)_channels[i]]++;
            }
        }
    }

    // Self-service sessions and survey answers of steps in the period.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CountPeriodParts()
    {
        for (int i = 0; i < _count && InPeriod(_starts[i]); i++)
        {
            switch (_selfService[i])
            {
                case < 0:
                    break;
                case (sbyte)SelfServiceResult.Contained:
                    _sessions++;
                    _contained++;
                    break;
                case (sbyte)SelfServiceResult.HandedToAgent:
                    _sessions++;
                    _handedToAgent++;
                    break;
                case (sbyte)SelfServiceResult.Abandoned:
                    _sessions++;
                    _abandoned++;
                    break;
                default:
                    _sessions++;
                    break;
            }

            foreach (SurveyScore score in Scores(i))
            {
                _allSurveys.Add(score);
                _surveysByChannel[(int)_channels[i]].Add(score);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CountEpisodes()
    {
        int count = _segmenter.Segment(_starts.AsSpan(0, _count), _reasons.AsSpan(0, _count), _episodeOf);
        if (_episodes.Length < count)
        {
            _episodes = new Episode[Math.Max(count, _episodes.Length * 2)];
        }

        Span<Episode> episodes = _episodes.AsSpan(0, count);
        episodes.Fill(Episode.None);
        for (int i = 0; i < _count; i++)
        {
            ref Episode episode = ref episodes[_episodeOf[i]];
            if (episode.First < 0)
            {
                episode.First = i;
            }

            if (episode.Length == 0 || episode.LastChannel != _channels[i])
            {
                episode.Key = PathKey.Append(episode.Key, episode.Length++, _channels[i]);
                episode.LastChannel = _channels[i];
            }

            if (_contacts[i])
            {
                episode.Contacts++;
                episode.Decisive = _outcomes[i] >= 0 ? i : episode.Decisive;
            }

            foreach (SurveyScore score in Scores(i))
            {
                episode.Surveys.Add(score);
            }
        }

        foreach (ref Episode episode in episodes)
        {
            if (episode.Contacts == 0 || !InPeriod(_starts[episode.First]))
            {
                continue;
            }

            var outcome = episode.Decisive >= 0 ? (OutcomeKind)_outcomes[episode.Decisive] : OutcomeKind.Unknown;
            bool resolved = outcome == OutcomeKind.Success;
            bool failed = outcome == OutcomeKind.Failure;
            _episodeCount++;
            _resolved += resolved ? 1 : 0;
            _failed += failed ? 1 : 0;
            _firstContact += resolved && episode.Contacts == 1 ? 1 : 0;
            if (resolved)
            {
                _timeToResolution.Add(TimeSpan.FromTicks(_ends[episode.Decisive] - _starts[episode.First]));
            }

            if (_paths.TryGetValue(episode.Key, out PathTally? tally) || (_paths.Count < MaxDistinctPaths && _paths.TryAdd(episode.Key, tally = new PathTally())))
            {
                tally!.Count++;
                tally.Resolved += resolved ? 1 : 0;
                tally.Failed += failed ? 1 : 0;
                tally.Surveys.Add(episode.Surveys);
            }
        }
    }

    private void Grow()
    {
        int size = _starts.Length * 2;
        Array.Resize(ref _starts, size);
        Array.Resize(ref _ends, size);
        Array.Resize(ref _channels, size);
        Array.Resize(ref _contacts, size);
        Array.Resize(ref _reasons, size);
        Array.Resize(ref _outcomes, size);
        Array.Resize(ref _selfService, size);
        Array.Resize(ref _scoreStarts, size);
        Array.Resize(ref _scoreCounts, size);
        Array.Resize(ref _episodeOf, size);
    }

    private struct Episode
    {
        public static readonly Episode None = new() { First = -1, Decisive = -1 };

        public int First;
        public int Contacts;
        public int Decisive;
        public ulong Key;
        public int Length;
        public Channel LastChannel;
        public SurveyTally Surveys;
    }

    private sealed class PathTally
    {
        public int Count;
        public int Resolved;
        public int Failed;
        public SurveyTally Surveys;
    }

    /// <summary>Channel paths compared channel by channel in the order of <see cref="Channel"/>, a shorter one first.</summary>
    private sealed class ChannelSequenceOrder : IComparer<Channel[]>
    {
        public static ChannelSequenceOrder Instance { get; } = new();

        public int Compare(Channel[]? x, Channel[]? y) => x.AsSpan().SequenceCompareTo(y.AsSpan());
    }
}
