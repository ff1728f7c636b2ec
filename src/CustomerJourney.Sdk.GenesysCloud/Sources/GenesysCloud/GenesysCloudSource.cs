using System.Globalization;
using CustomerJourney.Model;
using CustomerJourney.Sources.GenesysCloud.Api;
using CustomerJourney.Sources.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CustomerJourney.Sources.GenesysCloud;

/// <summary>
/// Genesys Cloud (the second vendor's platform) as a journey source: finds the customer's external
/// contact by phone, e-mail or web visitor id (a cookie), reads the journey sessions of the
/// contact and its merge set (web and app visits, conversations on every channel, in both
/// directions), and maps them with names for the last queue, agent, wrap-up code and segments.
/// Its records carry their divisions (R15). It keeps 60 days of history. A web visit's events are
/// read only for the visit an agent opens (<see cref="GetDetailsAsync"/>).
/// </summary>
public sealed class GenesysCloudSource : IInteractionDetailsSource
{
    /// <summary>The source's name, and the name of its <see cref="HttpClient"/>s in <c>IHttpClientFactory</c> (<c>GenesysCloud</c>, <c>GenesysCloud.Login</c>).</summary>
    public const string SourceName = "GenesysCloud";

    /// <summary>The name of the login host's <see cref="HttpClient"/>.</summary>
    public const string LoginClientName = "GenesysCloud.Login";

    // Outcome scores (deprecated in the platform) are read for the sessions still going on, the few a prediction matters for.
    private const int MaxScoredSessions = 5;

    private readonly GenesysCloudOptions _options;
    private readonly GenesysApi _api;
    private readonly NameDirectory _names;
    private readonly ILogger _logger;

    /// <summary>Creates the source over two <see cref="HttpClient"/>s whose lifetime the caller manages.</summary>
    /// <param name="api">The client for the API host; its handler should not follow redirects.</param>
    /// <param name="login">The client for the login (token) host.</param>
    /// <param name="options">Region or addresses, credentials, limits.</param>
    /// <param name="logger">Where to log; <see langword="null"/> for nowhere.</param>
    /// <exception cref="ArgumentException">The options name no region or addresses, or no credentials.</exception>
    public GenesysCloudSource(HttpClient api, HttpClient login, GenesysCloudOptions options, ILogger<GenesysCloudSource>? logger = null)
        : this(() => api, () => login, options, TimeProvider.System, logger)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(login);
    }

    internal GenesysCloudSource(Func<HttpClient> api, Func<HttpClient> login, GenesysCloudOptions options, TimeProvider time, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (GenesysCloudRegion.HostsOf(options) is not { } hosts || string.IsNullOrEmpty(options.ClientId) || string.IsNullOrEmpty(options.ClientSecret))
        {
            throw new ArgumentException("The Genesys Cloud source needs a Region (or ApiBaseAddress and LoginBaseAddress), a ClientId and a ClientSecret.", nameof(options));
        }

        _options = options;
        _logger = logger ?? NullLogger.Instance;
        _api = new GenesysApi(api, hosts.Api, new AccessTokenCache(login, hosts.Login, options, time, _logger), options, _logger);
        _names = new NameDirectory(_api, options, time);
    }

    /// <inheritdoc/>
    public string Name => SourceName;

    /// <inheritdoc/>
    public SourceCapabilities Capabilities =>
        SourceCapabilities.PhoneLookup | SourceCapabilities.EmailLookup | SourceCapabilities.WebIdLookup | SourceCapabilities.InboundCalls | SourceCapabilities.Divisions;

    /// <summary>Journey data covers the previous 60 days (the platform's retention); a longer period is answered for those.</summary>
    public TimeSpan? HistoryLimit => TimeSpan.FromDays(60);

    /// <summary>How many names are kept (for tests).</summary>
    internal int CachedNames => _names.Count;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Interaction>> GetInteractionsAsync(SourceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        long deadline = RetryAfter.DeadlineIn(_options.Timeout);
        string maskedKey = query.Key.ToString();
        if (await FindContactAsync(query.Key, deadline, cancellationToken).ConfigureAwait(false) is not { } contactId)
        {
            GenesysLog.NoContact(_logger, maskedKey);
            return [];
        }

        var problems = new RecordProblems("created date");
        (List<Session> sessions, int pages) = await ReadSessionsAsync(contactId, problems, deadline, cancellationToken).ConfigureAwait(false);
        var warnings = new List<string>();
        Names names = await ResolveNamesAsync(sessions, warnings, deadline, cancellationToken).ConfigureAwait(false);

        var interactions = new List<Interaction>(sessions.Count);
        foreach (Session session in sessions)
        {
            if (SessionMapper.Map(session, names.Name, names.Segment, problems) is { } interaction && interaction.Start >= query.From && interaction.Start < query.To)
            {
                interactions.Add(interaction);
            }
        }

        await AddScoresAsync(interactions, warnings, deadline, cancellationToken).ConfigureAwait(false);
        interactions.Sort((a, b) => a.Start.CompareTo(b.Start));
        GenesysLog.Read(_logger, sessions.Count, pages, maskedKey);
        warnings.InsertRange(0, problems.Warnings());
        return warnings.Count == 0 ? interactions : new SourceInteractions(interactions, warnings);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Campaign>> GetListedCampaignsAsync(LookupKey key, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Campaign>>([]);

    /// <summary>
    /// A web or app visit with its events (page and screen views, custom events, content offers
    /// shown and accepted), read from the session's event stream for the one visit an agent opens.
    /// Other interactions come back as they are.
    /// </summary>
    /// <param name="interaction">A visit this source answered.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The visit with its <see cref="Interaction.WebEvents"/>.</returns>
    public async Task<Interaction> GetDetailsAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction.Channel is not (Channel.WebVisit or Channel.AppVisit) || !string.Equals(interaction.Source, SourceName, StringComparison.Ordinal))
        {
            return interaction;
        }

        long deadline = RetryAfter.DeadlineIn(_options.Timeout);
        var events = new List<WebEvent>();
        var guard = new PagingGuard(_options.MaxPages);
        string? next = $"api/v2/journey/sessions/{Uri.EscapeDataString(interaction.Id)}/events?pageSize=200&eventType=com.genesys.journey.WebEvent,com.genesys.journey.AppEvent,com.genesys.journey.WebActionEvent";
        while (next is not null)
        {
            guard.NextPage();
            EventListing? page = await _api.GetAsync(next, "api/v2/journey/sessions/{sessionId}/events", "journey:event:view", GenesysJsonContext.Default.EventListing, deadline, cancellationToken).ConfigureAwait(false);
            if (page is null)
            {
                break;
            }

            events.AddRange((page.Entities ?? []).Where(e => !e.Unreadable && e.Value is not null).Select(e => EventOf(e.Value!)).OfType<WebEvent>());
            next = page.Entities is { Count: > 0 } ? guard.Next(page.NextUri) : null;
        }

        return interaction with { WebEvents = [.. events.OrderBy(e => e.At)] };
    }

    // §3.1: one exact match; the head of a merge tree stands for the contact (its sessions include the merged ones).
    private async Task<string?> FindContactAsync(LookupKey key, long deadline, CancellationToken cancellationToken)
    {
        string type = key.Kind switch
        {
            LookupKeyKind.Phone => "Phone",
            LookupKeyKind.Email => "Email",
            LookupKeyKind.WebId => "Cookie",
            _ => throw new ArgumentException("The lookup key is empty.", nameof(key)),
        };
        ExternalContact? contact = await _api.PostAsync(
            "api/v2/externalcontacts/identifierlookup/contacts",
            "api/v2/externalcontacts/identifierlookup/contacts",
            "externalContacts:contact:view",
            new ContactIdentifier(type, key.Value),
            GenesysJsonContext.Default.ContactIdentifier,
            GenesysJsonContext.Default.ExternalContact,
            deadline,
            cancellationToken).ConfigureAwait(false);
        return contact?.CanonicalContact?.Id ?? contact?.MergedTo?.Id ?? contact?.Id;
    }

    private async Task<(List<Session> Sessions, int Pages)> ReadSessionsAsync(string contactId, RecordProblems problems, long deadline, CancellationToken cancellationToken)
    {
        var sessions = new List<Session>();
        var guard = new PagingGuard(_options.MaxPages);
        string? next = string.Create(CultureInfo.InvariantCulture, $"api/v2/externalcontacts/contacts/{Uri.EscapeDataString(contactId)}/journey/sessions?pageSize={_options.PageSize}&includeMerged=true");
        while (next is not null)
        {
            guard.NextPage();
            SessionListing? page = await _api.GetAsync(next, "api/v2/externalcontacts/contacts/{contactId}/journey/sessions", "externalContacts:session:view", GenesysJsonContext.Default.SessionListing, deadline, cancellationToken).ConfigureAwait(false);
            if (page is null)
            {
                break;
            }

            foreach (WireRecord<Session> record in page.Entities ?? [])
            {
                if (record.Unreadable)
                {
                    problems.Unreadable();
                }
                else if (record.Value is { } session)
                {
                    sessions.Add(session);
                }
                else
                {
                    problems.WithoutIdOrStart();
                }
            }

            // §4.2: on while there is a nextUri and the page was not empty.
            next = page.Entities is { Count: > 0 } ? guard.Next(page.NextUri) : null;
        }

        return (sessions, guard.Pages);
    }

    // Every id once, all at once; those that cannot be read show as their ids, with one warning per kind.
    private async Task<Names> ResolveNamesAsync(List<Session> sessions, List<string> warnings, long deadline, CancellationToken cancellationToken)
    {
        var wanted = new HashSet<(string Kind, string Id)>();
        foreach (Session session in sessions)
        {
            Add("queue", session.LastConnectedQueue?.Id);
            Add("user", session.LastConnectedUser?.Id);
            Add("wrapup", session.LastUserDisposition?.Code);
            foreach (SegmentAssignment assignment in session.SegmentAssignments ?? [])
            {
                Add("segment", assignment.Segment?.Id);
            }

            foreach (OutcomeAchievement achievement in session.OutcomeAchievements ?? [])
            {
                Add("outcome", achievement.Outcome?.Id);
            }
        }

        (string Kind, string Id, NameDirectory.Resolved Resolved)[] resolved = await Task.WhenAll(wanted.Select(async w => (w.Kind, w.Id, await Resolve(w.Kind, w.Id).ConfigureAwait(false)))).ConfigureAwait(false);
        foreach (IGrouping<string, string> failed in resolved.Where(r => r.Resolved.Failed).GroupBy(r => r.Kind, r => r.Id))
        {
            int count = failed.Count();
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{count} {Describe(failed.Key)} name{(count == 1 ? string.Empty : "s")} could not be read; {(failed.Key == "segment" ? "those segments are not shown" : "their ids are shown")}."));
        }

        return new Names(resolved.ToDictionary(r => (r.Kind, r.Id), r => r.Resolved));

        void Add(string kind, string? id)
        {
            if (!string.IsNullOrEmpty(id))
            {
                wanted.Add((kind, id));
            }
        }

        Task<NameDirectory.Resolved> Resolve(string kind, string id) => kind switch
        {
            "queue" => _names.QueueAsync(id, deadline, cancellationToken),
            "user" => _names.UserAsync(id, deadline, cancellationToken),
            "wrapup" => _names.WrapUpCodeAsync(id, deadline, cancellationToken),
            "segment" => _names.SegmentAsync(id, deadline, cancellationToken),
            _ => _names.OutcomeAsync(id, deadline, cancellationToken),
        };

        static string Describe(string kind) => kind switch
        {
            "wrapup" => "wrap-up code",
            "user" => "agent",
            _ => kind,
        };
    }

    // §5.2 (deprecated): best effort, for the sessions going on; gone (404/410) is no score, not a failure.
    private async Task AddScoresAsync(List<Interaction> interactions, List<string> warnings, long deadline, CancellationToken cancellationToken)
    {
        int[] live = [.. Enumerable.Range(0, interactions.Count).Where(i => interactions[i].End is null).OrderByDescending(i => interactions[i].Start).Take(MaxScoredSessions)];
        if (live.Length == 0)
        {
            return;
        }

        bool failed = false;
        OutcomeScoresResult?[] scores = await Task.WhenAll(live.Select(async i =>
        {
            try
            {
                return await _api.GetAsync($"api/v2/journey/sessions/{Uri.EscapeDataString(interactions[i].Id)}/outcomescores", "api/v2/journey/sessions/{sessionId}/outcomescores", "journey:outcomescores:view", GenesysJsonContext.Default.OutcomeScoresResult, deadline, cancellationToken, goneIsAbsent: true).ConfigureAwait(false);
            }
            catch (JourneySourceException)
            {
                failed = true;
                return null;
            }
        })).ConfigureAwait(false);

        for (int s = 0; s < live.Length; s++)
        {
            if (scores[s]?.OutcomeScores is not { Count: > 0 } found)
            {
                continue;
            }

            var predicted = new List<OutcomeScore>();
            foreach (WireRecord<OutcomeScoreWire> score in found)
            {
                if (score.Value is { Outcome.Id: { } outcomeId, Probability: { } probability })
                {
                    NameDirectory.Resolved name = await _names.OutcomeAsync(outcomeId, deadline, cancellationToken).ConfigureAwait(false);
                    predicted.Add(new OutcomeScore(name.Name ?? outcomeId, Math.Clamp(probability, 0, 1)));
                }
            }

            interactions[live[s]] = interactions[live[s]] with { PredictedScores = predicted };
        }

        if (failed)
        {
            warnings.Add("The outcome scores of some sessions going on could not be read.");
        }
    }

    private static WebEvent? EventOf(JourneyEvent e)
    {
        if (WireTime.Parse(e.CreatedDate) is not { } at)
        {
            return null;
        }

        if (e.WebEvent is { } web)
        {
            return web.EventName == "page_viewed"
                ? new WebEvent(WebEventKind.PageView, web.Page?.Title ?? web.Page?.Pathname ?? "page", at)
                : new WebEvent(WebEventKind.Custom, web.EventName ?? "event", at);
        }

        if (e.AppEvent is { } app)
        {
            return app.EventName == "screen_viewed"
                ? new WebEvent(WebEventKind.PageView, app.ScreenName ?? "screen", at)
                : new WebEvent(WebEventKind.Custom, app.EventName ?? "event", at);
        }

        if (e.WebActionEvent is { Action: { } action } offer)
        {
            string title = offer.ActionMap?.DisplayName ?? action.MediaType ?? "offer";
            return (action.State ?? string.Empty).ToLowerInvariant() switch
            {
                "offered" or "offeredoutsideschedule" => new WebEvent(WebEventKind.ContentOfferShown, title, at),
                "accepted" or "engaged" or "completed" => new WebEvent(WebEventKind.ContentOfferAccepted, title, at),
                _ => new WebEvent(WebEventKind.Custom, title + " " + action.State, at),
            };
        }

        return null;
    }

    /// <summary>The names of one lookup, read before its sessions are mapped.</summary>
    private sealed class Names(Dictionary<(string Kind, string Id), NameDirectory.Resolved> resolved)
    {
        public string? Name(string kind, string id) => resolved.TryGetValue((kind, id), out NameDirectory.Resolved? found) ? found.Name : null;

        public NameDirectory.Resolved? Segment(string id) => resolved.TryGetValue(("segment", id), out NameDirectory.Resolved? found) ? found : null;
    }
}
