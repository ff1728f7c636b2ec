using CustomerJourney.Indicators;
using CustomerJourney.Model;

namespace CustomerJourney.Query;

/// <summary>
/// The filter/period engine over one fetched journey. Built once per lookup: interactions are
/// sorted by start (then source order, then id), placed on their local date, given their
/// indicator and their folded search text, so that each re-filter is two binary searches for the
/// period and one pass over what lies in it, with no work repeated per filter change.
/// </summary>
internal sealed class InteractionIndex
{
    private readonly JourneyItem[] _items;
    private readonly long[] _startTicks;
    private readonly string[] _searchText;

    private InteractionIndex(JourneyItem[] items, long[] startTicks, string[] searchText)
    {
        _items = items;
        _startTicks = startTicks;
        _searchText = searchText;
    }

    /// <summary>Every indexed interaction, in start order.</summary>
    public IReadOnlyList<JourneyItem> Items => _items;

    /// <summary>Indexes interactions already merged and de-duplicated.</summary>
    /// <param name="interactions">The interactions.</param>
    /// <param name="sourceOrder">Source names in merge order: the tie-breaker for equal starts.</param>
    /// <param name="timeZone">The zone dates are counted in.</param>
    public static InteractionIndex Build(IReadOnlyList<Interaction> interactions, IReadOnlyList<string> sourceOrder, TimeZoneInfo timeZone)
    {
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < sourceOrder.Count; i++)
        {
            rank.TryAdd(sourceOrder[i], i);
        }

        Interaction[] sorted = [.. interactions];
        Array.Sort(sorted, (a, b) =>
        {
            int byStart = a.Start.UtcTicks.CompareTo(b.Start.UtcTicks);
            if (byStart != 0)
            {
                return byStart;
            }

            int bySource = rank.GetValueOrDefault(a.Source, int.MaxValue).CompareTo(rank.GetValueOrDefault(b.Source, int.MaxValue));
            if (bySource == 0)
            {
                bySource = string.CompareOrdinal(a.Source, b.Source);
            }

            return bySource != 0 ? bySource : string.CompareOrdinal(a.Id, b.Id);
        });

        var items = new JourneyItem[sorted.Length];
        var ticks = new long[sorted.Length];
        var text = new string[sorted.Length];
        for (int i = 0; i < sorted.Length; i++)
        {
            Interaction interaction = sorted[i];
            DateTimeOffset localStart = TimeZoneInfo.ConvertTime(interaction.Start, timeZone);
            DateTimeOffset? localEnd = interaction.End is { } end ? TimeZoneInfo.ConvertTime(end, timeZone) : null;
            items[i] = new JourneyItem(interaction, DateOnly.FromDateTime(localStart.DateTime), localStart, localEnd, Indicator.For(interaction));
            ticks[i] = interaction.Start.UtcTicks;
            text[i] = TextFolding.FoldFields(
                interaction.AgentName,
                interaction.AgentComments,
                interaction.Outcome?.Code,
                interaction.Outcome?.Name,
                interaction.Campaign?.Name);
        }

        return new InteractionIndex(items, ticks, text);
    }

    /// <summary>The interactions in the period that pass the filter, in start order.</summary>
    public IReadOnlyList<JourneyItem> Filter(PeriodRange period, JourneyFilter filter)
    {
        (int first, int end) = Range(period);
        string[] terms = TextFolding.Terms(filter.Text);
        var matches = new List<JourneyItem>();
        for (int i = first; i < end; i++)
        {
            Interaction interaction = _items[i].Interaction;
            if (filter.CampaignId is not null && !string.Equals(interaction.Campaign?.Id, filter.CampaignId, StringComparison.Ordinal))
            {
                continue;
            }

            if (filter.Channel is { } channel && interaction.Channel != channel)
            {
                continue;
            }

            if (terms.Length > 0 && !TextFolding.ContainsAll(_searchText[i], terms))
            {
                continue;
            }

            matches.Add(_items[i]);
        }

        return matches;
    }

    /// <summary>The dropdown lists with counts (R7), per the hierarchy documented on <see cref="JourneyFacets"/>.</summary>
    public JourneyFacets Facets(PeriodRange period, JourneyFilter filter)
    {
        (int first, int end) = Range(period);
        string[] terms = TextFolding.Terms(filter.Text);
        var campaigns = new Dictionary<string, (Campaign Campaign, int Count)>(StringComparer.Ordinal);
        var channels = new Dictionary<Channel, int>();
        for (int i = first; i < end; i++)
        {
            if (terms.Length > 0 && !TextFolding.ContainsAll(_searchText[i], terms))
            {
                continue;
            }

            Interaction interaction = _items[i].Interaction;
            if (interaction.Campaign is { } campaign)
            {
                campaigns[campaign.Id] = campaigns.TryGetValue(campaign.Id, out var seen) ? (seen.Campaign, seen.Count + 1) : (campaign, 1);
            }

            if (filter.CampaignId is null || string.Equals(interaction.Campaign?.Id, filter.CampaignId, StringComparison.Ordinal))
            {
                channels[interaction.Channel] = channels.GetValueOrDefault(interaction.Channel) + 1;
            }
        }

        CampaignFacet[] campaignFacets =
        [
            .. campaigns.Values
                .Select(c => new CampaignFacet(c.Campaign, c.Count))
                .OrderBy(f => TextFolding.Fold(f.Campaign.Name), StringComparer.Ordinal)
                .ThenBy(f => f.Campaign.Id, StringComparer.Ordinal),
        ];
        ChannelFacet[] channelFacets = [.. channels.OrderBy(c => c.Key).Select(c => new ChannelFacet(c.Key, c.Value))];
        return new JourneyFacets(campaignFacets, channelFacets);
    }

    private (int First, int End) Range(PeriodRange period)
    {
        int first = LowerBound(period.From.UtcTicks);
        int end = LowerBound(period.To.UtcTicks);
        return (first, Math.Max(first, end));
    }

    // The first index whose start is at or after the given instant.
    private int LowerBound(long ticks)
    {
        int low = 0;
        int high = _startTicks.Length;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (_startTicks[middle] < ticks)
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
