using CustomerJourney.Indicators;
using CustomerJourney.Live;
using CustomerJourney.Model;

namespace CustomerJourney.Query;

/// <summary>
/// The filter/period engine over one fetched journey (docs/benchmarks.md tells why it is shaped so).
/// Built once per lookup, it keeps the interactions sorted by start as parallel arrays: UTC ticks,
/// local day numbers (from a cached table of the zone's offsets), failure flags and a code for
/// campaign × channel. A campaign, channel or campaign × channel filter reads a posting: its
/// positions in start order with their ticks, days and flags side by side, made on the first
/// filter that needs it and kept. A filter is then two binary searches and a window; grouping by
/// date is a vectorised scan of that window. Nothing is allocated per scanned interaction; items
/// and folded search text are made on first use.
/// </summary>
internal sealed class InteractionIndex
{
    private const int ChannelSlots = 32;

    private readonly Interaction[] _interactions;
    private readonly long[] _ticks;
    private readonly int[] _days;
    private readonly short[] _offsetMinutes;
    private readonly byte[] _failures;
    private readonly int[] _keys;
    private readonly Campaign?[] _campaigns;
    private readonly Dictionary<string, int> _campaignIndex;
    private readonly Dictionary<int, Posting> _postings = [];
    private readonly Lock _postingsLock = new();
    private readonly TimeZoneInfo _timeZone;
    private readonly JourneyItem?[] _items;
    private readonly LiveStatusRule? _liveRule;
    private readonly DateTimeOffset _asOf;
    private string[]? _searchText;
    private ZoneOffsetTable? _endYear;

    private InteractionIndex(Interaction[] interactions, long[] ticks, int[] days, short[] offsetMinutes, byte[] failures, int[] keys, Campaign?[] campaigns, Dictionary<string, int> campaignIndex, TimeZoneInfo timeZone, LiveStatusRule? liveRule, DateTimeOffset asOf)
    {
        _liveRule = liveRule;
        _asOf = asOf;
        _interactions = interactions;
        _ticks = ticks;
        _days = days;
        _offsetMinutes = offsetMinutes;
        _failures = failures;
        _keys = keys;
        _campaigns = campaigns;
        _campaignIndex = campaignIndex;
        _timeZone = timeZone;
        _items = new JourneyItem?[interactions.Length];
    }

    /// <summary>How many interactions are indexed.</summary>
    public int Count => _interactions.Length;

    /// <summary>Every indexed interaction, in start order.</summary>
    public IReadOnlyList<JourneyItem> Items => Materialize(All);

    /// <summary>The whole index as a selection.</summary>
    public Selection All => new(null, _days, _failures, 0, _interactions.Length);

    /// <summary>Indexes interactions already merged and de-duplicated.</summary>
    /// <param name="interactions">The interactions, in merge order.</param>
    /// <param name="sourceOrder">Source names in merge order: the tie-breaker for equal starts.</param>
    /// <param name="timeZone">The zone dates are counted in.</param>
    /// <param name="liveRule">The live status rule; <see langword="null"/> shows every item as past.</param>
    /// <param name="asOf">The instant live statuses are computed at.</param>
    public static InteractionIndex Build(IReadOnlyList<Interaction> interactions, IReadOnlyList<string> sourceOrder, TimeZoneInfo timeZone, LiveStatusRule? liveRule = null, DateTimeOffset asOf = default)
    {
        int count = interactions.Count;
        var ticks = new long[count];
        var order = new int[count];

        // Everything read from the records is read here, in the order they came (usually the order
        // they sit in memory); the sort then permutes small arrays instead of visiting records at random.
        var failuresIn = new byte[count];
        var keysIn = new int[count];
        var campaignIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var campaigns = new List<Campaign?> { null };
        Campaign? lastCampaign = null;
        int lastCampaignCode = 0;
        long min = long.MaxValue;
        long max = long.MinValue;
        bool sorted = true;
        for (int i = 0; i < count; i++)
        {
            Interaction interaction = interactions[i];
            long start = interaction.Start.UtcTicks;
            ticks[i] = start;
            sorted &= i == 0 || ticks[i - 1] <= start;
            min = Math.Min(min, start);
            max = Math.Max(max, start);
            failuresIn[i] = interaction.Outcome?.Kind == OutcomeKind.Failure ? (byte)1 : (byte)0;
            Campaign? campaign = interaction.Campaign;
            int campaignCode = 0;
            if (campaign is not null)
            {
                // Records of one campaign often come together; skip the lookup when the id repeats.
                if (lastCampaign is not null && (ReferenceEquals(campaign, lastCampaign) || string.Equals(campaign.Id, lastCampaign.Id, StringComparison.Ordinal)))
                {
                    campaignCode = lastCampaignCode;
                }
                else if (!campaignIndex.TryGetValue(campaign.Id, out campaignCode))
                {
                    campaignCode = campaigns.Count;
                    campaignIndex.Add(campaign.Id, campaignCode);
                    campaigns.Add(campaign);
                }

                (lastCampaign, lastCampaignCode) = (campaign, campaignCode);
            }

            keysIn[i] = (campaignCode * ChannelSlots) + ChannelSlot(interaction.Channel);
        }

        if (sorted)
        {
            for (int i = 0; i < count; i++)
            {
                order[i] = i;
            }
        }
        else
        {
            SortByTicks(ticks, order, min, max);
        }

        BreakTies(interactions, sourceOrder, ticks, order);

        var sortedInteractions = new Interaction[count];
        var failures = new byte[count];
        var keys = new int[count];
        for (int i = 0; i < count; i++)
        {
            int input = order[i];
            sortedInteractions[i] = interactions[input];
            failures[i] = failuresIn[input];
            keys[i] = keysIn[input];
        }

        var days = new int[count];
        var offsets = new short[count];
        ZoneOffsetTable.Fill(timeZone, ticks, days, offsets);
        return new InteractionIndex(sortedInteractions, ticks, days, offsets, failures, keys, [.. campaigns], campaignIndex, timeZone, liveRule, asOf);
    }

    /// <summary>The interactions in the period that pass the filter, in start order.</summary>
    public Selection Select(PeriodRange period, JourneyFilter filter)
    {
        Selection candidates = SelectByCampaignAndChannel(period, filter);
        string[] terms = TextFolding.Terms(filter.Text);
        return terms.Length == 0 ? candidates : SelectByText(candidates, terms);
    }

    /// <summary>The interactions that pass the filter's text, in start order, ignoring its period, campaign and channel.</summary>
    public Selection SelectText(JourneyFilter filter)
    {
        string[] terms = TextFolding.Terms(filter.Text);
        return terms.Length == 0 ? All : SelectByText(All, terms);
    }

    /// <summary>The interactions of a selection as items, made once per interaction and kept.</summary>
    public IReadOnlyList<JourneyItem> Materialize(Selection selection)
    {
        var items = new JourneyItem[selection.Count];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = ItemAt(selection.PositionAt(i));
        }

        return items;
    }

    /// <summary>The item at an index position.</summary>
    public JourneyItem ItemAt(int position)
    {
        JourneyItem? item = Volatile.Read(ref _items[position]);
        if (item is null)
        {
            Interaction interaction = _interactions[position];
            var offset = TimeSpan.FromMinutes(_offsetMinutes[position]);
            var localStart = new DateTimeOffset(_ticks[position] + offset.Ticks, offset);
            DateTimeOffset? localEnd = interaction.End is { } end ? end.ToOffset(EndOffset(end.UtcTicks)) : null;
            LiveStatus status = _liveRule?.StatusAt(interaction, _asOf) ?? LiveStatus.Past;
            item = new JourneyItem(interaction, DateOnly.FromDayNumber(_days[position]), localStart, localEnd, Indicator.For(interaction), status);
            Volatile.Write(ref _items[position], item);
        }

        return item;
    }

    // Ends of one journey fall in a year or two: the last year's table is kept, sparing the process-wide cache.
    private TimeSpan EndOffset(long utcTicks)
    {
        ZoneOffsetTable? year = Volatile.Read(ref _endYear);
        if (year is null || !year.Covers(utcTicks))
        {
            year = ZoneOffsetTable.YearOf(_timeZone, utcTicks);
            Volatile.Write(ref _endYear, year);
        }

        return year.OffsetAt(utcTicks);
    }

    /// <summary>The dropdown lists with counts (R7), per the hierarchy documented on <see cref="JourneyFacets"/>.</summary>
    public JourneyFacets Facets(PeriodRange period, JourneyFilter filter)
    {
        Selection inPeriod = Select(period, filter with { CampaignId = null, Channel = null });
        int selectedCampaign = filter.CampaignId is null ? -1 : _campaignIndex.GetValueOrDefault(filter.CampaignId, int.MinValue);
        var campaignCounts = new int[_campaigns.Length];
        var channelCounts = new int[ChannelSlots];
        for (int i = 0; i < inPeriod.Count; i++)
        {
            int key = _keys[inPeriod.PositionAt(i)];
            int campaign = key / ChannelSlots;
            campaignCounts[campaign]++;
            if (selectedCampaign == -1 || selectedCampaign == campaign)
            {
                channelCounts[key % ChannelSlots]++;
            }
        }

        CampaignFacet[] campaignFacets =
        [
            .. Enumerable.Range(1, _campaigns.Length - 1)
                .Where(c => campaignCounts[c] > 0)
                .Select(c => new CampaignFacet(_campaigns[c]!, campaignCounts[c]))
                .OrderBy(f => TextFolding.Fold(f.Campaign.Name), StringComparer.Ordinal)
                .ThenBy(f => f.Campaign.Id, StringComparer.Ordinal),
        ];
        ChannelFacet[] channelFacets =
        [
            .. Enumerable.Range(0, ChannelSlots)
                .Where(slot => channelCounts[slot] > 0)
                .Select(slot => new ChannelFacet(ChannelOf(slot), channelCounts[slot])),
        ];
        return new JourneyFacets(campaignFacets, channelFacets);
    }

    private Selection SelectByCampaignAndChannel(PeriodRange period, JourneyFilter filter)
    {
        long from = period.From.UtcTicks;
        long to = period.To.UtcTicks;
        int? postingKey = PostingKey(filter);
        if (postingKey is null)
        {
            return Window(null, _ticks, _days, _failures, from, to);
        }

        Posting posting = PostingFor(postingKey.Value);
        return Window(posting.Positions, posting.Ticks, posting.Days, posting.Failures, from, to);
    }

    // The posting a filter reads: campaign × channel, campaign only, channel only; null for none.
    private int? PostingKey(JourneyFilter filter)
    {
        if (filter.CampaignId is null && filter.Channel is null)
        {
            return null;
        }

        int campaign = 0;
        if (filter.CampaignId is not null && !_campaignIndex.TryGetValue(filter.CampaignId, out campaign))
        {
            return int.MinValue;
        }

        return filter switch
        {
            { CampaignId: not null, Channel: { } channel } => (campaign * ChannelSlots) + ChannelSlot(channel),
            { CampaignId: not null } => CampaignPostingKey(campaign),
            _ => ChannelPostingKey(ChannelSlot(filter.Channel!.Value)),
        };
    }

    private static Selection Window(int[]? positions, long[] ticks, int[] days, byte[] failures, long from, long to)
    {
        int first = LowerBound(ticks, from);
        int end = Math.Max(first, LowerBound(ticks, to));
        return new Selection(positions, days, failures, first, end - first);
    }

    private Selection SelectByText(Selection candidates, string[] terms)
    {
        string[] text = SearchText();
        var positions = new List<int>();
        for (int i = 0; i < candidates.Count; i++)
        {
            int position = candidates.PositionAt(i);
            if (TextFolding.ContainsAll(text[position], terms))
            {
                positions.Add(position);
            }
        }

        int[] matched = [.. positions];
        return new Selection(matched, [.. matched.Select(p => _days[p])], [.. matched.Select(p => _failures[p])], 0, matched.Length);
    }

    // Folded once, on the first text filter: a lookup that never searches never pays for it.
    private string[] SearchText()
    {
        string[]? text = Volatile.Read(ref _searchText);
        if (text is null)
        {
            text = new string[_interactions.Length];
            for (int i = 0; i < text.Length; i++)
            {
                Interaction interaction = _interactions[i];
                text[i] = TextFolding.FoldFields(interaction.AgentName, interaction.AgentComments, interaction.Outcome?.Code, interaction.Outcome?.Name, interaction.Campaign?.Name);
            }

            Volatile.Write(ref _searchText, text);
        }

        return text;
    }

    // Sorts positions by start. Small journeys (the usual case: one customer) sort one array of
    // composite keys, (start - earliest) << 13 | position, which is about twice as fast as sorting
    // keys and positions side by side.
    private static void SortByTicks(long[] ticks, int[] order, long min, long max)
    {
        const int PositionBits = 13;
        if (ticks.Length <= 1 << PositionBits && max - min < 1L << (63 - PositionBits))
        {
            var keys = new long[ticks.Length];
            for (int i = 0; i < keys.Length; i++)
            {
                keys[i] = ((ticks[i] - min) << PositionBits) | (long)i;
            }

            Array.Sort(keys);
            for (int i = 0; i < keys.Length; i++)
            {
                order[i] = (int)(keys[i] & ((1 << PositionBits) - 1));
                ticks[i] = (keys[i] >> PositionBits) + min;
            }

            return;
        }

        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(ticks, order);
    }

    // Equal starts: source order, then source name, then id, so the order is the same on every run.
    private static void BreakTies(IReadOnlyList<Interaction> interactions, IReadOnlyList<string> sourceOrder, long[] ticks, int[] order)
    {
        for (int i = 1; i < ticks.Length; i++)
        {
            if (ticks[i] != ticks[i - 1])
            {
                continue;
            }

            int start = i - 1;
            int end = i + 1;
            while (end < ticks.Length && ticks[end] == ticks[start])
            {
                end++;
            }

            Array.Sort(order, start, end - start, Comparer<int>.Create((a, b) =>
            {
                Interaction x = interactions[a];
                Interaction y = interactions[b];
                int bySource = Rank(sourceOrder, x.Source).CompareTo(Rank(sourceOrder, y.Source));
                bySource = bySource != 0 ? bySource : string.CompareOrdinal(x.Source, y.Source);
                return bySource != 0 ? bySource : string.CompareOrdinal(x.Id, y.Id);
            }));
            i = end - 1;
        }
    }

    private static int Rank(IReadOnlyList<string> sourceOrder, string source)
    {
        for (int i = 0; i < sourceOrder.Count; i++)
        {
            if (string.Equals(sourceOrder[i], source, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    // A posting is made on the first filter that needs it, in one pass over the keys, and kept.
    private Posting PostingFor(int postingKey)
    {
        lock (_postingsLock)
        {
            if (_postings.TryGetValue(postingKey, out Posting? known))
            {
                return known;
            }
        }

        Func<int, bool> matches = postingKey switch
        {
            int.MinValue => _ => false,
            >= 0 => key => key == postingKey,
            > int.MinValue + ChannelSlots => key => CampaignPostingKey(key / ChannelSlots) == postingKey,
            _ => key => ChannelPostingKey(key % ChannelSlots) == postingKey,
        };
        var positions = new List<int>();
        for (int position = 0; position < _keys.Length; position++)
        {
            if (matches(_keys[position]))
            {
                positions.Add(position);
            }
        }

        int[] selected = [.. positions];
        var posting = new Posting(selected, [.. selected.Select(p => _ticks[p])], [.. selected.Select(p => _days[p])], [.. selected.Select(p => _failures[p])]);
        lock (_postingsLock)
        {
            _postings.TryAdd(postingKey, posting);
            return _postings[postingKey];
        }
    }

    // Campaign-only and channel-only postings live beside the campaign × channel ones, under negative keys.
    private static int CampaignPostingKey(int campaign) => -1 - campaign;

    private static int ChannelPostingKey(int slot) => int.MinValue + 1 + slot;

    /// <summary>The slot a channel takes in the campaign × channel code; values outside the known ones read as unknown.</summary>
    internal static int ChannelSlot(Channel channel) => (int)channel is >= 0 and < ChannelSlots ? (int)channel : 0;

    private static Channel ChannelOf(int slot) => (Channel)slot;

    private static int LowerBound(long[] ticks, long value)
    {
        int low = 0;
        int high = ticks.Length;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (ticks[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
