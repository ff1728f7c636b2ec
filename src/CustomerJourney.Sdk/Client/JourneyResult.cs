using CustomerJourney.Access;
using CustomerJourney.Grid;
using CustomerJourney.Identity;
using CustomerJourney.Model;
using CustomerJourney.Paths;
using CustomerJourney.Query;
using CustomerJourney.Timeline;

namespace CustomerJourney.Client;

/// <summary>
/// A customer's journey: the merged interactions of every source for the period, filtered, as a
/// timeline, grid rows and dropdown facets, with each source's status and the other campaigns the
/// customer is listed in. Immutable (views are computed on first use, once); <see cref="WithFilter"/>
/// re-filters without asking the sources. Written as JSON by <see cref="Json.JourneyJson"/> only (a
/// reflection-based serializer gets an error, not the phone numbers).
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Json.NotSerializedByReflectionConverter))]
public sealed class JourneyResult
{
    private readonly JourneyQuery _query;
    private readonly FetchedJourney _journey;
    private readonly InteractionIndex _index;
    private readonly Selection _selection;
    private IReadOnlyList<JourneyItem>? _items;
    private IReadOnlyList<JourneyItem>? _allItems;
    private JourneyFacets? _facets;
    private JourneyTimeline? _timeline;
    private JourneyPath? _path;
    private readonly bool _narrowed;

    internal JourneyResult(
        JourneyQuery query,
        PeriodRange period,
        TimeZoneInfo timeZone,
        DateTimeOffset asOf,
        CustomerProfile profile,
        IReadOnlyList<SourceStatus> sources,
        IReadOnlyList<Campaign> otherCampaigns,
        FetchedJourney journey,
        InteractionIndex index,
        JourneyFilter filter,
        bool indexHoldsOnlyMatches = false,
        bool narrowed = false)
    {
        _narrowed = narrowed;
        _query = query;
        Period = period;
        TimeZone = timeZone;
        AsOf = asOf;
        Profile = profile;
        Sources = sources;
        OtherCampaigns = otherCampaigns;
        _journey = journey;
        _index = index;
        Filter = filter;
        // A lookup's first view indexes only what passes its period, campaign and channel: the text is all that is left to apply.
        _selection = indexHoldsOnlyMatches ? index.SelectText(filter) : index.Select(period, filter);
    }

    /// <summary>The customer looked up.</summary>
    public LookupKey Key => _query.Key;

    /// <summary>The call that triggered the lookup.</summary>
    public CallDirection Direction => _query.Direction;

    /// <summary>Who looked (R15): the journey holds only what this context may see.</summary>
    public AccessContext Access => _query.Access;

    /// <summary>When the journey was read: live statuses (R14) are as of this instant.</summary>
    public DateTimeOffset AsOf { get; }

    /// <summary>The identifiers read as this customer (the key, and those joined to it), with the joins.</summary>
    public CustomerProfile Profile { get; }

    /// <summary>The segments the customer matched over the period, in the order they were assigned, each once (R16); empty when none or not permitted.</summary>
    public IReadOnlyList<SegmentMatch> Segments => Highlights.Segments;

    /// <summary>The furthest progress toward each outcome over the period (R16); empty when none or not permitted.</summary>
    public IReadOnlyList<OutcomeProgress> Outcomes => Highlights.Outcomes;

    /// <summary>The latest predicted score of each outcome over the period (R16); empty when none or not permitted.</summary>
    public IReadOnlyList<OutcomeScore> PredictedScores => Highlights.Scores;

    /// <summary>The half-open period the journey covers.</summary>
    public PeriodRange Period { get; }

    /// <summary>The time zone the period and the dates are counted in.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>Each source's status, in configuration order.</summary>
    public IReadOnlyList<SourceStatus> Sources { get; }

    /// <summary>
    /// Whether every source that could serve the lookup answered: none failed or timed out, and at
    /// least one served it. A source that cannot serve it by design (<see cref="SourceState.NotSupported"/>,
    /// R3) does not make it incomplete, unless no source could (then the journey is not complete, never silently empty).
    /// </summary>
    public bool IsComplete => Sources.All(s => s.State is SourceState.Ok or SourceState.NotSupported) && (Sources.Count == 0 || Sources.Any(s => s.IsOk));

    /// <summary>The campaigns the customer is listed in, merged across sources, without the current call's campaign (R2).</summary>
    public IReadOnlyList<Campaign> OtherCampaigns { get; }

    /// <summary>The filter applied.</summary>
    public JourneyFilter Filter { get; }

    /// <summary>The interactions that pass the filter, in start order.</summary>
    public IReadOnlyList<JourneyItem> Items => LazyInitializer.EnsureInitialized(ref _items, () => _index.Materialize(_selection));

    /// <summary>The campaign and channel dropdowns with counts (R7).</summary>
    public JourneyFacets Facets => LazyInitializer.EnsureInitialized(ref _facets, () => _journey.Index.Facets(Period, Filter));

    /// <summary>The filtered interactions grouped by date, oldest first (R9–R11).</summary>
    public JourneyTimeline Timeline => LazyInitializer.EnsureInitialized(ref _timeline, () => new JourneyTimeline(_index, _selection));

    /// <summary>
    /// The customer's path (seed 004): the filtered interactions as ordered steps with the time
    /// between them, cut into episodes by the client's <see cref="JourneyClientOptions.Episodes"/>
    /// rule, each with its outcome and whether the first contact resolved it (docs/analytics.md).
    /// </summary>
    public JourneyPath Path => LazyInitializer.EnsureInitialized(ref _path, () => JourneyPaths.Build(Items, _journey.EpisodeRule));

    /// <summary>The customer's path cut into episodes by another rule than the client's.</summary>
    /// <param name="rule">The episode rule.</param>
    /// <returns>The path; <see cref="Path"/> is unchanged.</returns>
    public JourneyPath GetPath(EpisodeRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return JourneyPaths.Build(Items, rule);
    }

    /// <summary>Every interaction fetched for the period, before the filter.</summary>
    public IReadOnlyList<JourneyItem> AllItems => LazyInitializer.EnsureInitialized(ref _allItems, () => _journey.Index.Items);

    /// <summary>How many interactions were fetched for the period, before the filter (without making their items).</summary>
    public int TotalCount => _journey.Count;

    /// <summary>
    /// The earliest instant after <see cref="AsOf"/> at which a live status of the journey changes
    /// (a web messaging conversation turning idle, R14): until then the statuses are exact; then
    /// <see cref="Advance"/> brings them up to date. <see langword="null"/> when no status will change.
    /// </summary>
    /// <remarks>Computed on each read, over every fetched interaction.</remarks>
    public DateTimeOffset? NextStatusChange => _journey.NextStatusChange();

    // Over the period, whatever the filter: shared by every result re-filtered from the same lookup,
    // and computed again only for a shorter period (WithPeriod).
    private JourneyHighlights Highlights => _narrowed ? _journey.HighlightsFrom(Period.From) : _journey.Highlights;

    /// <summary>The filtered interactions as grid rows, sorted stably by a column (R13).</summary>
    /// <param name="column">The column to sort by.</param>
    /// <param name="direction">Ascending or descending; empty values go last either way.</param>
    /// <returns>The rows; rows equal in the column keep their start order.</returns>
    public IReadOnlyList<JourneyItem> GetRows(GridColumn column = GridColumn.Start, SortDirection direction = SortDirection.Ascending) =>
        GridSort.Sort(Items, column, direction);

    /// <summary>The same journey under another filter, computed from the data already fetched.</summary>
    /// <param name="filter">The new selections.</param>
    /// <returns>A new result; this one is unchanged.</returns>
    public JourneyResult WithFilter(JourneyFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new JourneyResult(_query, Period, TimeZone, AsOf, Profile, Sources, OtherCampaigns, _journey, _journey.Index, filter, narrowed: _narrowed);
    }

    /// <summary>
    /// The same journey over a shorter period (the last 3 of the 12 months fetched, say), computed
    /// from the data already fetched. A period longer than the one fetched is cut to it: what was
    /// not fetched is not invented.
    /// </summary>
    /// <param name="period">The period, counted back from <see cref="AsOf"/> in <see cref="TimeZone"/>.</param>
    /// <returns>A new result with the same filter; this one is unchanged.</returns>
    public JourneyResult WithPeriod(JourneyPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        PeriodRange asked = PeriodRange.Resolve(period, AsOf, TimeZone);
        var narrowed = new PeriodRange(asked.From > Period.From ? asked.From : Period.From, Period.To);
        return new JourneyResult(_query, narrowed, TimeZone, AsOf, Profile, Sources, OtherCampaigns, _journey, _journey.Index, Filter, narrowed: narrowed.From > Period.From || _narrowed);
    }

    /// <summary>
    /// The same journey later on, without asking the sources again: live statuses as of
    /// <paramref name="asOf"/>, the period extended to it, and interactions that arrived since
    /// (from <see cref="JourneyClient.WatchAsync"/>, say) added, or replacing the one with the same
    /// source and id. Arrivals pass the same access rules as fetched interactions (R15).
    /// </summary>
    /// <param name="asOf">The new "now"; an instant before <see cref="AsOf"/> keeps <see cref="AsOf"/>.</param>
    /// <param name="arrived">Interactions that arrived since; <see langword="null"/> for none.</param>
    /// <returns>A new result with the same period start and filter; this one is unchanged.</returns>
    public JourneyResult Advance(DateTimeOffset asOf, IEnumerable<Interaction>? arrived = null)
    {
        DateTimeOffset now = asOf > AsOf ? asOf : AsOf;
        // The period ends at "now", exclusive; an arrival stamped at (or, by a source's clock, just after) it still belongs.
        DateTimeOffset end = now;
        IReadOnlyList<Interaction> interactions = _journey.Interactions;
        if (arrived is not null)
        {
            var merged = new List<Interaction>(interactions);
            var positions = new Dictionary<(string Source, string Id), int>(merged.Count);
            for (int i = 0; i < merged.Count; i++)
            {
                positions[(merged[i].Source, merged[i].Id)] = i;
            }

            foreach (Interaction interaction in arrived)
            {
                if (AccessFilter.AdmitArrival(Access, interaction) is not { } admitted)
                {
                    continue;
                }

                if (admitted.Start >= end)
                {
                    end = admitted.Start.AddTicks(1);
                }

                if (positions.TryGetValue((admitted.Source, admitted.Id), out int at))
                {
                    merged[at] = admitted;
                }
                else
                {
                    positions[(admitted.Source, admitted.Id)] = merged.Count;
                    merged.Add(admitted);
                }
            }

            interactions = merged;
        }

        DateTimeOffset localEnd = TimeZoneInfo.ConvertTime(end, TimeZone);
        var period = new PeriodRange(Period.From, localEnd > Period.To ? localEnd : Period.To);
        FetchedJourney journey = _journey.At(interactions, now);
        return new JourneyResult(_query, period, TimeZone, now, Profile, Sources, OtherCampaigns, journey, journey.Index, Filter, narrowed: _narrowed);
    }
}
