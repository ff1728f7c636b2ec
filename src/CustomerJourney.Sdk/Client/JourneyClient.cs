using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using CustomerJourney.Access;
using CustomerJourney.Identity;
using CustomerJourney.Live;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CustomerJourney.Client;

/// <summary>
/// Reads a customer's journey from every configured source at once, each under its own deadline,
/// merges the answers (de-duplicated by source and id) and returns them filtered, as a timeline and
/// grid rows. A source that fails, times out or cannot serve the lookup never loses the others'
/// data: its status says what happened. Thread-safe; create one and share it.
/// </summary>
// CA1001: the only disposable field is a SemaphoreSlim whose wait handle is never asked for, so it holds nothing to release.
#pragma warning disable CA1001
public class JourneyClient
#pragma warning restore CA1001
{
    private readonly IJourneySource[] _sources;
    private readonly JourneyClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly JourneyTelemetry _telemetry;
    private readonly IdentityGraph? _identities;
    private readonly SemaphoreSlim _lookupSlots;
    private readonly TimeSpan _lookupDeadline;

    /// <summary>Creates a client over sources, merged in the order given.</summary>
    /// <param name="sources">The sources; names must be unique (ignoring case).</param>
    /// <param name="options">Settings; <see langword="null"/> for the defaults.</param>
    /// <param name="timeProvider">The clock for periods and deadlines; <see langword="null"/> for the system clock.</param>
    /// <param name="logger">Where to log; <see langword="null"/> for none.</param>
    /// <param name="meterFactory">Where the <c>CustomerJourney.Sdk</c> meter is made; <see langword="null"/> for a process-wide one.</param>
    /// <param name="identities">The joined identifiers of customers (identity stitching); <see langword="null"/> when none are joined.</param>
    /// <exception cref="ArgumentException">Two sources share a name, or an option is invalid (unknown time zone, non-positive timeout or poll interval, period outside 1..120 months).</exception>
    public JourneyClient(IEnumerable<IJourneySource> sources, JourneyClientOptions? options = null, TimeProvider? timeProvider = null, ILogger<JourneyClient>? logger = null, IMeterFactory? meterFactory = null, IdentityGraph? identities = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        _sources = [.. sources];
        _identities = identities;
        _options = options ?? new JourneyClientOptions();
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _telemetry = new JourneyTelemetry(meterFactory);

        if (_sources.Any(s => s is null))
        {
            throw new ArgumentException("A source is null.", nameof(sources));
        }

        string? duplicate = _sources.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two sources are named '{duplicate}'; source names must be unique.", nameof(sources));
        }

        TimeZone = ResolveTimeZone(_options.TimeZone);
        if (_options.SourceTimeout <= TimeSpan.Zero || _options.SourceTimeouts.Values.Any(t => t <= TimeSpan.Zero))
        {
            throw new ArgumentException("Source timeouts must be positive.", nameof(options));
        }

        if (_options.WatchPollInterval <= TimeSpan.Zero || _options.LiveStatus is null)
        {
            throw new ArgumentException("WatchPollInterval must be positive and LiveStatus set.", nameof(options));
        }

        if (_options.DefaultPeriodMonths is < 1 or > JourneyPeriod.MaxMonths)
        {
            throw new ArgumentException($"DefaultPeriodMonths must be between 1 and {JourneyPeriod.MaxMonths}.", nameof(options));
        }

        if (_options.MaxConcurrentLookups < 1)
        {
            throw new ArgumentException("MaxConcurrentLookups must be at least 1.", nameof(options));
        }

        _lookupSlots = new SemaphoreSlim(_options.MaxConcurrentLookups, _options.MaxConcurrentLookups);
        _lookupDeadline = _sources.Length == 0 ? _options.SourceTimeout : _sources.Max(TimeoutOf);
    }

    /// <summary>For mocking: a client with no sources, UTC and default options.</summary>
    protected JourneyClient()
        : this([])
    {
    }

    /// <summary>The sources, in merge order.</summary>
    public IReadOnlyList<IJourneySource> Sources => _sources;

    /// <summary>The time zone periods and dates are counted in.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>Parses a phone number (with the configured default region) or an e-mail address into a key.</summary>
    /// <param name="input">The number or address, in any common format.</param>
    /// <returns>The key.</returns>
    /// <exception cref="InvalidLookupKeyException">The input is not a usable key.</exception>
    public virtual LookupKey ParseKey(string input) => LookupKey.Parse(input, _options.DefaultRegion);

    /// <summary>Reads a customer's journey.</summary>
    /// <param name="query">The customer, the call, the period and the filter.</param>
    /// <param name="cancellationToken">Cancels the whole lookup; the method then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The journey, with a status per source.</returns>
    public virtual async Task<JourneyResult> GetJourneyAsync(JourneyQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        using Activity? activity = JourneyTelemetry.ActivitySource.StartActivity("customer_journey.lookup");
        long started = _time.GetTimestamp();
        // A burst waits its turn here (in order, within the lookup's deadline) instead of sharing the
        // machine so thinly that every lookup misses its deadline.
        bool admitted = _lookupSlots.Wait(0, cancellationToken) || await WaitForSlotAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await LookUpAsync(query, started, admitted, activity, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (admitted)
            {
                _lookupSlots.Release();
            }
        }
    }

    private async Task<bool> WaitForSlotAsync(CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(_lookupDeadline, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            await _lookupSlots.WaitAsync(linked.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task<JourneyResult> LookUpAsync(JourneyQuery query, long started, bool admitted, Activity? activity, CancellationToken cancellationToken)
    {
        JourneyPeriod period = query.Period ?? JourneyPeriod.LastMonths(_options.DefaultPeriodMonths);
        DateTimeOffset asOf = _time.GetUtcNow();
        PeriodRange range = PeriodRange.Resolve(period, asOf, TimeZone);
        var sourceQuery = new SourceQuery(query.Key, range.From, range.To);
        CustomerProfile profile = ProfileOf(query.Key);

        SourceReading[] answers = admitted
            ? await Task.WhenAll(_sources.Select(source => ReadSourceAsync(source, sourceQuery, profile, query.Direction, query.Access, asOf, started, cancellationToken))).ConfigureAwait(false)
            : [.. _sources.Select(source => NotAdmitted(source, started))];

        int answered = 0;
        foreach (SourceReading answer in answers)
        {
            answered += answer.Interactions.Count;
        }

        var campaigns = new List<Campaign>();
        var campaignIds = new HashSet<string>(StringComparer.Ordinal);
        if (query.CurrentCampaignId is not null)
        {
            campaignIds.Add(query.CurrentCampaignId);
        }

        using var merge = new JourneyMerge(answered, range, query.Filter, query.Access);
        var statuses = new SourceStatus[answers.Length];
        for (int i = 0; i < answers.Length; i++)
        {
            statuses[i] = merge.Add(answers[i]);
        }

        // A listed campaign the lookup knows only from records the agent may not see would reveal them (R15).
        foreach (SourceReading answer in answers)
        {
            campaigns.AddRange(answer.Campaigns.Where(c => c is not null && !string.IsNullOrEmpty(c.Id) && !merge.IsKnownOnlyFromHidden(c.Id) && campaignIds.Add(c.Id)));
        }

        if (merge.Hidden > 0 && ReferenceEquals(query.Access, AccessContext.Undivided))
        {
            ClientLog.DivisionsHiddenByDefault(_logger, merge.Hidden);
        }

        _telemetry.Record(query.Direction, statuses, _time.GetElapsedTime(started), merge.Count, activity);
        string[] sourceOrder = [.. _sources.Select(s => s.Name)];
        var journey = new FetchedJourney(merge.Merged, sourceOrder, TimeZone, _options.LiveStatus, _options.Episodes, asOf);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            string maskedKey = query.Key.ToString();
            long elapsedMs = (long)_time.GetElapsedTime(started).TotalMilliseconds;
            int notOk = statuses.Count(s => !s.IsOk);
            ClientLog.LookupCompleted(_logger, maskedKey, elapsedMs, merge.Count, notOk, statuses.Length);
        }

        return new JourneyResult(query, range, TimeZone, asOf, profile, statuses, campaigns, journey, journey.IndexOf(merge.FirstView), query.Filter, indexHoldsOnlyMatches: true);
    }

    /// <summary>
    /// Reads the details of the one interaction an agent opens (a web visit's events), from the
    /// source it came from when that source keeps details (<see cref="IInteractionDetailsSource"/>),
    /// within that source's deadline, as the access context allows (R15).
    /// </summary>
    /// <param name="interaction">An interaction of a journey this client read.</param>
    /// <param name="access">Who is looking.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The interaction with its details; <see langword="null"/> when the access context may not see it.</returns>
    /// <exception cref="JourneySourceException">The source could not read the details (its message is free of personal data).</exception>
    /// <exception cref="TimeoutException">The source did not answer before its deadline.</exception>
    public virtual async Task<Interaction?> GetDetailsAsync(Interaction interaction, AccessContext access, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(access);
        if (AccessFilter.Hides(access, interaction))
        {
            return null;
        }

        if (_sources.FirstOrDefault(s => string.Equals(s.Name, interaction.Source, StringComparison.OrdinalIgnoreCase)) is not IInteractionDetailsSource source)
        {
            return AccessFilter.Shape(access, interaction);
        }

        TimeSpan timeout = TimeoutOf(source);
        using var deadline = new CancellationTokenSource(timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        Interaction detailed;
        try
        {
            detailed = await source.GetDetailsAsync(interaction, linked.Token).WaitAsync(timeout, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && (exception is TimeoutException || deadline.IsCancellationRequested))
        {
            await deadline.CancelAsync().ConfigureAwait(false);
            throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"{source.Name} did not read the details within {timeout.TotalSeconds:0.###} s."), exception);
        }
        catch (Exception exception) when (exception is not CustomerJourneyException and not OperationCanceledException)
        {
            // As in a lookup: only the SDK's own exceptions promise a message free of personal data.
            throw new JourneySourceException(source.Name, $"{source.Name} failed with {exception.GetType().Name}.", exception);
        }

        // The source's answer passes the same checks as a lookup's: its divisions, its fields.
        return AccessFilter.Admit(access, detailed ?? interaction);
    }

    /// <summary>
    /// Watches a customer's journey (R14): first a snapshot, then every interaction added or changed
    /// (pushed by sources that implement <see cref="IJourneyUpdateSource"/>, found by polling the
    /// others every <see cref="JourneyClientOptions.WatchPollInterval"/>) and every live status
    /// change (live → idle → inactive) when it happens. The query's access context applies to every
    /// update (R15).
    /// </summary>
    /// <param name="query">The customer, the period and who is looking.</param>
    /// <param name="cancellationToken">Ends the watch; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The updates, in the order they happened.</returns>
    public virtual IAsyncEnumerable<JourneyUpdate> WatchAsync(JourneyQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new JourneyWatch(this, query, _sources, _options, _time).RunAsync(cancellationToken);
    }

    private SourceReading NotAdmitted(IJourneySource source, long started)
    {
        TimeSpan waited = _time.GetElapsedTime(started);
        ClientLog.SourceTimedOut(_logger, source.Name, (long)waited.TotalMilliseconds);
        return Status(
            source,
            SourceState.TimedOut,
            string.Create(CultureInfo.InvariantCulture, $"{source.Name} was not asked: the lookup waited {waited.TotalSeconds:0.#} s for a turn (MaxConcurrentLookups = {_options.MaxConcurrentLookups}) and its deadline passed."),
            waited,
            []);
    }

    private TimeSpan TimeoutOf(IJourneySource source) =>
        _options.SourceTimeouts.TryGetValue(source.Name, out TimeSpan own) ? own : _options.SourceTimeout;

    private async Task<SourceReading> ReadSourceAsync(IJourneySource source, SourceQuery query, CustomerProfile profile, CallDirection direction, AccessContext access, DateTimeOffset asOf, long started, CancellationToken cancellationToken)
    {
        LookupKey[] keys = [.. profile.Keys.Where(k => Supports(source.Capabilities, k.Kind))];
        // With an identifier it can look up, only the call direction can rule the source out.
        string? unsupported = WhyUnsupported(source.Capabilities, keys.Length > 0 ? keys[0].Kind : query.Key.Kind, direction);
        if (unsupported is not null)
        {
            ClientLog.SourceNotSupported(_logger, source.Name, unsupported);
            return Status(source, SourceState.NotSupported, unsupported, TimeSpan.Zero, []);
        }

        // A source that keeps less history than asked is asked only for what it keeps, and says so.
        DateTimeOffset? availableFrom = source.HistoryLimit is { } limit && asOf - limit > query.From ? asOf - limit : null;
        if (availableFrom is { } from)
        {
            query = query with { From = from < query.To ? from : query.To };
        }

        // The deadline counts from the start of the lookup, its wait for a turn included: a source
        // whose deadline passed during that wait is not asked at all.
        TimeSpan timeout = TimeoutOf(source);
        if (_time.GetElapsedTime(started) >= timeout)
        {
            return NotAdmitted(source, started);
        }

        using var deadline = new CancellationTokenSource(Timeout.InfiniteTimeSpan, _time);
        using CancellationTokenSource? linked = cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token) : null;
        CancellationToken token = linked?.Token ?? deadline.Token;

        Task<IReadOnlyList<Interaction>> interactions = query.From < query.To
            ? ReadEachKey(keys, key => source.GetInteractionsAsync(query with { Key = key }, token), CombineInteractions)
            : Task.FromResult<IReadOnlyList<Interaction>>([]);
        Task<IReadOnlyList<Campaign>> campaigns = source.Capabilities.HasFlag(SourceCapabilities.CampaignListings)
            ? ReadEachKey(keys, key => source.GetListedCampaignsAsync(key, token), CombineCampaigns)
            : Task.FromResult<IReadOnlyList<Campaign>>([]);
        Task both = Task.WhenAll(interactions, campaigns);
        if (!both.IsCompleted)
        {
            // Timers only for a source that did not answer at once (in-memory and cached ones do).
            // A source that ignores its token must not hold the lookup: stop waiting at the deadline.
            TimeSpan left = timeout - _time.GetElapsedTime(started);
            left = left > TimeSpan.Zero ? left : TimeSpan.Zero;
            deadline.CancelAfter(left);
            await both.WaitAsync(left, _time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (!both.IsCompleted)
            {
                // Work the lookup gave up on must stop: the wait can end before the deadline's own
                // timer fires, and that timer dies with this method.
                await deadline.CancelAsync().ConfigureAwait(false);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        // What really happened: under load the lookup may resume after the deadline, and says so.
        TimeSpan elapsed = _time.GetElapsedTime(started);

        if (!interactions.IsCompleted || IsTimeout(interactions, deadline.Token))
        {
            ObserveLateFailures(both);
            ClientLog.SourceTimedOut(_logger, source.Name, (long)elapsed.TotalMilliseconds);
            return Status(source, SourceState.TimedOut, string.Create(CultureInfo.InvariantCulture, $"{source.Name} did not answer within {timeout.TotalSeconds:0.###} s."), elapsed, []);
        }

        if (!interactions.IsCompletedSuccessfully)
        {
            ObserveLateFailures(both);
            return Failure(source, interactions.Exception?.GetBaseException() ?? new TaskCanceledException(), elapsed, profile.Keys);
        }

        var warnings = new List<string>();
        if (interactions.Result is SourceInteractions { Warnings: { } sourceWarnings } && MaySeeWarningsOf(source, access))
        {
            warnings.AddRange(sourceWarnings.Where(w => w is not null).Select(w => KeyScrubber.Scrub(w, profile.Keys)));
        }

        IReadOnlyList<Campaign> listed = [];
        if (campaigns.IsCompletedSuccessfully)
        {
            listed = campaigns.Result ?? [];
        }
        else
        {
            ObserveLateFailures(campaigns);
            warnings.Add("The campaigns the customer is listed in could not be read.");
        }

        if (availableFrom is { } servedFrom)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{source.Name} keeps {source.HistoryLimit!.Value.TotalDays:0.#} days of history: its part of the journey starts {servedFrom:yyyy-MM-dd HH:mm} UTC."));
        }

        var status = new SourceStatus(source.Name, SourceState.Ok, null, 0, elapsed, warnings) { AvailableFrom = availableFrom };
        return new SourceReading(status, interactions.Result ?? [], listed);
    }

    // A source's warnings count records it could not read: records of unknown division when the
    // source is division-aware, undivided ones otherwise (R15).
    private static bool MaySeeWarningsOf(IJourneySource source, AccessContext access) =>
        access.SeesEverything || (access.SeesUndivided && !source.Capabilities.HasFlag(SourceCapabilities.Divisions));

    // One request per identifier of the profile the source can look up; one identifier, the usual
    // case, is passed through as is.
    private static Task<IReadOnlyList<T>> ReadEachKey<T>(LookupKey[] keys, Func<LookupKey, Task<IReadOnlyList<T>>> read, Func<IReadOnlyList<T>[], IReadOnlyList<T>> combine)
    {
        return keys.Length == 1 ? Start(() => read(keys[0])) : ReadAllAsync();

        async Task<IReadOnlyList<T>> ReadAllAsync() =>
            combine(await Task.WhenAll(keys.Select(key => Start(() => read(key)))).ConfigureAwait(false));
    }

    // The answers for several identifiers of one customer: a record the source filed under two of
    // them (a call known by phone and by e-mail) is one record, not a duplicate to warn about.
    private static IReadOnlyList<Interaction> CombineInteractions(IReadOnlyList<Interaction>[] answers)
    {
        var seen = new HashSet<(string?, string?)>();
        Interaction[] all = [.. answers.SelectMany(a => a ?? []).Where(i => i is null || string.IsNullOrWhiteSpace(i.Id) || seen.Add((i.Source, i.Id)))];
        string[] warnings = [.. answers.OfType<SourceInteractions>().SelectMany(a => a.Warnings)];
        return warnings.Length > 0 ? new SourceInteractions(all, warnings) : all;
    }

    private static IReadOnlyList<Campaign> CombineCampaigns(IReadOnlyList<Campaign>[] answers) => [.. answers.SelectMany(a => a ?? [])];

    // A source that throws before its first await is treated like one whose task faults.
    private static Task<IReadOnlyList<T>> Start<T>(Func<Task<IReadOnlyList<T>>> call)
    {
        try
        {
            return call() ?? Task.FromResult<IReadOnlyList<T>>([]);
        }
        catch (Exception exception)
        {
            return Task.FromException<IReadOnlyList<T>>(exception);
        }
    }

    private static bool IsTimeout(Task task, CancellationToken deadline) =>
        (task.IsCanceled && deadline.IsCancellationRequested) || task.Exception?.GetBaseException() is TimeoutException;

    private SourceReading Failure(IJourneySource source, Exception exception, TimeSpan elapsed, IReadOnlyList<LookupKey> keys)
    {
        ClientLog.SourceFailed(_logger, source.Name, (long)elapsed.TotalMilliseconds, exception.GetType().Name);
        // Only our own exception types carry a message meant for hosts; of others, the type is all
        // we show. A custom source may still quote the key in one: every form of it is masked.
        string message = exception is CustomerJourneyException
            ? KeyScrubber.Scrub(exception.Message, keys)
            : $"{source.Name} failed with {exception.GetType().Name}.";
        return Status(source, SourceState.Failed, message, elapsed, []);
    }

    private static SourceReading Status(IJourneySource source, SourceState state, string? message, TimeSpan elapsed, IReadOnlyList<string> warnings) =>
        new(new SourceStatus(source.Name, state, message, 0, elapsed, warnings), [], []);

    private static string? WhyUnsupported(SourceCapabilities capabilities, LookupKeyKind keyKind, CallDirection direction)
    {
        if (direction == CallDirection.Inbound && !capabilities.HasFlag(SourceCapabilities.InboundCalls))
        {
            return "This source does not record inbound calls.";
        }

        if (keyKind == LookupKeyKind.Email && !capabilities.HasFlag(SourceCapabilities.EmailLookup))
        {
            return "This source cannot look customers up by e-mail address.";
        }

        if (keyKind == LookupKeyKind.Phone && !capabilities.HasFlag(SourceCapabilities.PhoneLookup))
        {
            return "This source cannot look customers up by phone number.";
        }

        if (keyKind == LookupKeyKind.WebId && !capabilities.HasFlag(SourceCapabilities.WebIdLookup))
        {
            return "This source cannot look customers up by web visitor id.";
        }

        return null;
    }

    /// <summary>The identifiers read as one customer: the key and those joined to it.</summary>
    internal CustomerProfile ProfileOf(LookupKey key) => _identities?.ProfileOf(key) ?? CustomerProfile.Alone(key);

    /// <summary>Whether a source with these capabilities can look up this kind of key.</summary>
    internal static bool Supports(SourceCapabilities capabilities, LookupKeyKind keyKind) => keyKind switch
    {
        LookupKeyKind.Phone => capabilities.HasFlag(SourceCapabilities.PhoneLookup),
        LookupKeyKind.Email => capabilities.HasFlag(SourceCapabilities.EmailLookup),
        LookupKeyKind.WebId => capabilities.HasFlag(SourceCapabilities.WebIdLookup),
        _ => false,
    };

    // An abandoned task that faults later must not surface as an unobserved exception.
    private static void ObserveLateFailures(Task task) =>
        task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    private static TimeZoneInfo ResolveTimeZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            throw new ArgumentException("The time zone is not known on this machine; use an IANA id such as 'America/New_York'.", nameof(id), exception);
        }
    }
}
