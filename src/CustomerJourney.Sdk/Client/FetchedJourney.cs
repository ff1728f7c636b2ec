using CustomerJourney.Live;
using CustomerJourney.Model;
using CustomerJourney.Paths;
using CustomerJourney.Query;

namespace CustomerJourney.Client;

/// <summary>
/// The merged, de-duplicated interactions of one lookup, shared by a result and every result
/// re-filtered from it. The full index is built on first need (a re-filter, the facets, every
/// item) and then kept: one lookup that is only shown never pays for it.
/// </summary>
internal sealed class FetchedJourney
{
    private readonly IReadOnlyList<Interaction> _interactions;
    private readonly IReadOnlyList<string> _sourceOrder;
    private readonly TimeZoneInfo _timeZone;
    private readonly LiveStatusRule _liveRule;
    private readonly DateTimeOffset _asOf;
    private InteractionIndex? _index;
    private JourneyHighlights? _highlights;
    private System.Collections.Concurrent.ConcurrentDictionary<long, JourneyHighlights>? _periodHighlights;

    public FetchedJourney(IReadOnlyList<Interaction> interactions, IReadOnlyList<string> sourceOrder, TimeZoneInfo timeZone, LiveStatusRule liveRule, EpisodeRule episodeRule, DateTimeOffset asOf)
    {
        EpisodeRule = episodeRule;
        _interactions = interactions;
        _sourceOrder = sourceOrder;
        _timeZone = timeZone;
        _liveRule = liveRule;
        _asOf = asOf;
    }

    /// <summary>The rule the journey's path is cut into episodes by.</summary>
    public EpisodeRule EpisodeRule { get; }

    /// <summary>The interactions, merged.</summary>
    public IReadOnlyList<Interaction> Interactions => _interactions;

    /// <summary>An index of some of the interactions, with the same zone and live statuses.</summary>
    public InteractionIndex IndexOf(IReadOnlyList<Interaction> interactions) => InteractionIndex.Build(interactions, _sourceOrder, _timeZone, _liveRule, _asOf);

    /// <summary>Other interactions (or the same ones) of the same journey, as of another instant.</summary>
    public FetchedJourney At(IReadOnlyList<Interaction> interactions, DateTimeOffset asOf) => new(interactions, _sourceOrder, _timeZone, _liveRule, EpisodeRule, asOf);

    /// <summary>The earliest instant after <c>asOf</c> at which an interaction's live status changes; <see langword="null"/> when none will.</summary>
    public DateTimeOffset? NextStatusChange()
    {
        DateTimeOffset? earliest = null;
        foreach (Interaction interaction in _interactions)
        {
            if (_liveRule.NextChange(interaction, _asOf) is { } change && (earliest is null || change < earliest))
            {
                earliest = change;
            }
        }

        return earliest;
    }

    /// <summary>
    /// The highlights of the interactions from <paramref name="from"/> on (a shorter period of the
    /// same lookup), each period's computed once: a widget offers a handful (3, 6, 9 months).
    /// </summary>
    public JourneyHighlights HighlightsFrom(DateTimeOffset from)
    {
        System.Collections.Concurrent.ConcurrentDictionary<long, JourneyHighlights> periods = LazyInitializer.EnsureInitialized(ref _periodHighlights);
        if (periods.TryGetValue(from.UtcTicks, out JourneyHighlights? known))
        {
            return known;
        }

        JourneyHighlights made = JourneyHighlights.Of([.. _interactions.Where(i => i.Start.UtcTicks >= from.UtcTicks)]);
        // Bounded: a host asking for every possible period gets them computed, not kept.
        return periods.Count < 16 ? periods.GetOrAdd(from.UtcTicks, made) : made;
    }

    /// <summary>The segments, outcome progress and predicted scores of every fetched interaction, computed once.</summary>
    public JourneyHighlights Highlights => LazyInitializer.EnsureInitialized(ref _highlights, () => JourneyHighlights.Of(_interactions));

    /// <summary>How many interactions were fetched.</summary>
    public int Count => _interactions.Count;

    /// <summary>The index of every fetched interaction, built once.</summary>
    public InteractionIndex Index => LazyInitializer.EnsureInitialized(ref _index, () => IndexOf(_interactions));
}
