using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Text.Json;
using CustomerJourney.AspNetCore.Lookups;
using CustomerJourney.Client;
using CustomerJourney.Grid;
using CustomerJourney.Json;
using CustomerJourney.Live;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using CustomerJourney.Timeline;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CustomerJourney.AspNetCore.Endpoints;

/// <summary>
/// The handlers behind <c>MapCustomerJourney</c>: one lookup opened per call (the sources asked
/// once), then every view re-filtered from what was fetched, for the agent who opened it only.
/// </summary>
internal sealed partial class LookupEndpoints
{
    private const int MaxDayCount = 366;
    private readonly IServiceProvider _services;
    private readonly JourneyEndpointOptions _options;
    private readonly Lazy<LookupCache> _cache;
    private readonly Lazy<TimeProvider> _time;
    private readonly Lazy<ILogger> _logger;

    public LookupEndpoints(IServiceProvider services, JourneyEndpointOptions options)
    {
        _services = services;
        _options = options;
        // Resolved on first request, not at map time: a host (or its tests) may still be replacing them.
        _time = new Lazy<TimeProvider>(() => services.GetService<TimeProvider>() ?? TimeProvider.System);
        _cache = new Lazy<LookupCache>(() => new LookupCache(options, _time.Value));
        _logger = new Lazy<ILogger>(() => services.GetService<ILoggerFactory>()?.CreateLogger("CustomerJourney.AspNetCore") ?? NullLogger.Instance);
    }

    internal LookupCache Cache => _cache.Value;

    private JourneyClient Client => _services.GetRequiredService<JourneyClient>();

    public async Task<IResult> OpenAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (OwnerOf(context.User) is not { } owner)
        {
            return Unidentified();
        }

        OpenLookupRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(context.Request.Body, EndpointJsonContext.Default.OpenLookupRequest, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            // The reader's message quotes the text it failed on: that may be the phone number.
            return JourneyProblem.BadRequest(JourneyErrorCodes.InvalidBody, "The body is not a lookup.", "Send JSON: { \"phone\" or \"email\", \"direction\", \"campaignId\" }.");
        }

        if (body is null)
        {
            return JourneyProblem.BadRequest(JourneyErrorCodes.InvalidBody, "The body is not a lookup.", "Send JSON: { \"phone\" or \"email\", \"direction\", \"campaignId\" }.");
        }

        bool hasPhone = !string.IsNullOrWhiteSpace(body.Phone);
        bool hasEmail = !string.IsNullOrWhiteSpace(body.Email);
        if (hasPhone == hasEmail)
        {
            return JourneyProblem.BadRequest(JourneyErrorCodes.MissingLookupKey, "Give a phone number or an e-mail address.", "Exactly one of phone and email.");
        }

        CallDirection direction = CallDirection.None;
        if (!string.IsNullOrEmpty(body.Direction) && !ViewRequest.TryParseWord(body.Direction, out direction))
        {
            return JourneyProblem.BadRequest(JourneyErrorCodes.InvalidDirection, "Unknown call direction.", "Use inbound, outbound, manualOutbound or none.");
        }

        JourneyClient client = Client;
        LookupKey key;
        try
        {
            key = hasPhone ? client.ParseKey(body.Phone!) : LookupKey.ForEmail(body.Email!);
        }
        catch (InvalidLookupKeyException exception)
        {
            // The exception's message says why, never the number itself.
            return JourneyProblem.BadRequest(JourneyErrorCodes.InvalidLookupKey, "This cannot be looked up.", exception.Message);
        }

        Access.AccessContext access = await (_services.GetService<IJourneyAccessResolver>() ?? s_claims).ResolveAsync(context.User, cancellationToken).ConfigureAwait(false);
        var query = new JourneyQuery(key)
        {
            Direction = direction,
            Period = JourneyPeriod.LastMonths(_options.FetchMonths),
            CurrentCampaignId = string.IsNullOrWhiteSpace(body.CampaignId) ? null : body.CampaignId,
            Access = access,
        };
        JourneyResult journey = await client.GetJourneyAsync(query, cancellationToken).ConfigureAwait(false);
        var lookup = new OpenedLookup(LookupHandle.New(), owner, query, journey, _time.Value.GetUtcNow(), _options.MaxLifetime, _time.Value);
        DateTimeOffset expiresAt = Cache.Add(lookup);
        if (_logger.Value.IsEnabled(LogLevel.Information))
        {
            string maskedKey = key.ToString();
            int notOk = journey.Sources.Count(s => !s.IsOk);
            EndpointLog.LookupOpened(_logger.Value, maskedKey, journey.TotalCount, notOk);
        }
        context.Response.Headers.Location = $"{context.Request.PathBase}{context.Request.Path}/{lookup.Handle}/timeline";
        var opened = new LookupOpened(lookup.Handle, expiresAt, journey.TimeZone.Id, _options.FetchMonths);
        return JsonBodyResult.Written(writer => JsonSerializer.Serialize(writer, opened, EndpointJsonContext.Default.LookupOpened), StatusCodes.Status201Created);
    }

    public IResult Timeline([AsParameters] ViewRequest request, [FromQuery(Name = "days")] string? days, [FromQuery(Name = "before")] string? before, HttpContext context)
    {
        if (!TryView(request, context, out JourneyResult? view, out IResult? problem))
        {
            return problem;
        }

        int count = _options.DefaultDayCount;
        if (!string.IsNullOrEmpty(days) && (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1 || count > MaxDayCount))
        {
            return JourneyProblem.BadRequest(JourneyErrorCodes.InvalidDayCount, "Unknown number of days.", $"Ask for 1 to {MaxDayCount} dates.");
        }

        DateOnly? oldestShown = null;
        if (!string.IsNullOrEmpty(before))
        {
            if (!DateOnly.TryParseExact(before, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                return JourneyProblem.BadRequest(JourneyErrorCodes.InvalidDate, "Unknown date.", "Give before as yyyy-MM-dd: the oldest date shown.");
            }

            oldestShown = date;
        }

        return JsonBodyResult.Journey(view, new JourneyJsonOptions { DayCount = count, DaysBefore = oldestShown });
    }

    public IResult Rows([AsParameters] ViewRequest request, [FromQuery(Name = "sort")] string? sort, [FromQuery(Name = "direction")] string? direction, HttpContext context)
    {
        if (!TryView(request, context, out JourneyResult? view, out IResult? problem))
        {
            return problem;
        }

        GridColumn column = GridColumn.Start;
        SortDirection order = SortDirection.Ascending;
        if ((!string.IsNullOrEmpty(sort) && !ViewRequest.TryParseWord(sort, out column))
            || (!string.IsNullOrEmpty(direction) && !ViewRequest.TryParseWord(direction, out order)))
        {
            return JourneyProblem.BadRequest(JourneyErrorCodes.InvalidSort, "Unknown sort.", "Sort by start, end, campaign, mode, channel, direction, outcome, phoneNumber, previousScore, currentScore, agentName, agentComments or source; direction ascending or descending.");
        }

        return JsonBodyResult.Journey(view, new JourneyJsonOptions { DayCount = 0, GridSortBy = column, GridSortDirection = order });
    }

    /// <summary>
    /// The customer's path: the episodes of what the filters show, with the rows their steps name
    /// (in start order). Asked only when the agent opens the path view: episodes are never part of
    /// the timeline, so a filter change costs what it did.
    /// </summary>
    public IResult Path([AsParameters] ViewRequest request, HttpContext context) =>
        TryView(request, context, out JourneyResult? view, out IResult? problem)
            ? JsonBodyResult.Journey(view, new JourneyJsonOptions { DayCount = 0, Episodes = true, GridSortBy = GridColumn.Start })
            : problem;

    public IResult Summary([AsParameters] ViewRequest request, HttpContext context) =>
        TryView(request, context, out JourneyResult? view, out IResult? problem)
            ? JsonBodyResult.Journey(view, new JourneyJsonOptions { DayCount = 0 })
            : problem;

    public IResult Facets([AsParameters] ViewRequest request, HttpContext context)
    {
        if (!TryView(request, context, out JourneyResult? view, out IResult? problem))
        {
            return problem;
        }

        JourneyFacets facets = view.Facets;
        return JsonBodyResult.Written(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("campaigns");
            foreach (CampaignFacet facet in facets.Campaigns)
            {
                writer.WriteStartObject();
                writer.WriteString("id", facet.Campaign.Id);
                writer.WriteString("name", facet.Campaign.Name);
                writer.WriteNumber("count", facet.Count);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("channels");
            foreach (ChannelFacet facet in facets.Channels)
            {
                writer.WriteStartObject();
                writer.WriteString("name", JsonText.Word(facet.Channel));
                writer.WriteNumber("count", facet.Count);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    public async Task<IResult> DetailsAsync([AsParameters] ViewRequest request, string source, string id, HttpContext context, CancellationToken cancellationToken)
    {
        if (!TryView(request, context, out JourneyResult? view, out IResult? problem))
        {
            return problem;
        }

        JourneyItem? item = view.Items.FirstOrDefault(i => string.Equals(i.Interaction.Source, source, StringComparison.Ordinal) && string.Equals(i.Interaction.Id, id, StringComparison.Ordinal));
        if (item is null || view.Timeline.Find(item.Date) is not { } day)
        {
            return JourneyProblem.Of(StatusCodes.Status404NotFound, JourneyErrorCodes.UnknownInteraction, "No such interaction in this view.", "The lookup has no interaction with this source and id under these filters.");
        }

        JourneyItem? previous = day.Previous(item);
        JourneyItem? next = day.Next(item);
        int position = IndexOf(day, item) + 1;
        // What a source reads only on demand (a web visit's events) is read now, for the one interaction opened, under the agent's access.
        // A source that fails or is slow to give them leaves the interaction as fetched, and says so.
        JourneyItem shown = item;
        string? detailsError = null;
        try
        {
            if (await Client.GetDetailsAsync(item.Interaction, view.Access, cancellationToken).ConfigureAwait(false) is { } detailed)
            {
                shown = item with { Interaction = detailed };
            }
        }
        catch (Exception exception) when (exception is TimeoutException or JourneySourceException)
        {
            // Both messages name the source and the failure, never the customer.
            detailsError = exception.Message;
        }

        return JsonBodyResult.Written(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("date", item.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteNumber("position", position);
            writer.WriteNumber("count", day.Items.Count);
            writer.WritePropertyName("interaction");
            JourneyJson.WriteItem(writer, shown);
            if (detailsError is not null)
            {
                writer.WriteString("detailsError", detailsError);
            }

            WriteReference(writer, "previous", previous);
            WriteReference(writer, "next", next);
            writer.WriteEndObject();
        });
    }

    public IResult Stream(string handle, HttpContext context)
    {
        if (!TryFind(handle, context, out OpenedLookup? lookup, out IResult? problem))
        {
            return problem;
        }

        return TypedResults.ServerSentEvents(WatchAsync(lookup, context.RequestAborted));
    }

    public IResult Close(string handle, HttpContext context)
    {
        if (!TryFind(handle, context, out OpenedLookup? lookup, out IResult? problem))
        {
            return problem;
        }

        Cache.Remove(lookup.Handle);
        return TypedResults.NoContent();
    }

    // The SDK's watch (pushed updates, polling, status clocks), turned into events: the cached journey takes each in, so views stay current.
    private async IAsyncEnumerable<SseItem<string>> WatchAsync(OpenedLookup lookup, [EnumeratorCancellation] CancellationToken requestAborted)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, lookup.Closed);
        IAsyncEnumerator<JourneyUpdate> updates = Client.WatchAsync(lookup.Query, stop.Token).GetAsyncEnumerator(stop.Token);
        // While the agent watches, the lookup is in use (it does not expire idle); it still ends at its lifetime.
        lookup.StreamOpened();
        try
        {
            while (true)
            {
                JourneyUpdate update;
                try
                {
                    if (!await updates.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }

                    update = updates.Current;
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    // The agent left, or the lookup was closed or expired.
                    yield break;
                }

                JourneyResult journey = lookup.Apply(update, _time.Value.GetUtcNow());
                if (update.Interaction is not { } interaction)
                {
                    // The watch's first snapshot: from here on, every change reaches the stream.
                    yield return new SseItem<string>(ReadyData(journey), "ready");
                    continue;
                }

                JourneyItem? item = journey.AllItems.FirstOrDefault(i => i.Interaction.Source == interaction.Source && i.Interaction.Id == interaction.Id);
                string kind = update.Kind switch
                {
                    JourneyUpdateKind.Added => "added",
                    JourneyUpdateKind.Changed => "changed",
                    _ => "status",
                };
                yield return new SseItem<string>(EventData(interaction, update.Status, kind == "status" ? null : item), kind);
            }
        }
        finally
        {
            lookup.StreamClosed();
            await updates.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static string ReadyData(JourneyResult journey) =>
        string.Create(CultureInfo.InvariantCulture, $"{{\"asOf\":\"{journey.AsOf.ToUniversalTime():yyyy-MM-ddTHH:mm:ss.fffZ}\"}}");

    private static string EventData(Interaction interaction, LiveStatus status, JourneyItem? item)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonText.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString("source", interaction.Source);
            writer.WriteString("id", interaction.Id);
            writer.WriteString("liveStatus", JsonText.Word(status));
            if (item is not null)
            {
                writer.WriteString("date", item.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WritePropertyName("interaction");
                JourneyJson.WriteItem(writer, item);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private bool TryView(ViewRequest request, HttpContext context, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out JourneyResult? view, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out IResult? problem)
    {
        view = null;
        if (!TryFind(request.Handle, context, out OpenedLookup? lookup, out problem))
        {
            return false;
        }

        if (!request.TryApply(lookup.JourneyAt(_time.Value.GetUtcNow()), _options.FetchMonths, out JourneyResult filtered, out ProblemHttpResult? bad))
        {
            problem = bad!;
            return false;
        }

        view = filtered;
        return true;
    }

    private bool TryFind(string handle, HttpContext context, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out OpenedLookup? lookup, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out IResult? problem)
    {
        lookup = null;
        if (OwnerOf(context.User) is not { } owner)
        {
            problem = Unidentified();
            return false;
        }

        OpenedLookup? found = null;
        bool foreign = false;
        if (!LookupHandle.IsWellFormed(handle) || (found = Cache.Find(handle, owner, out foreign)) is null)
        {
            if (foreign)
            {
                EndpointLog.ForeignHandle(_logger.Value);
            }

            problem = foreign ? JourneyProblem.Forbidden() : JourneyProblem.UnknownHandle();
            return false;
        }

        lookup = found;
        problem = null;
        return true;
    }

    private static readonly ClaimsJourneyAccessResolver s_claims = new();

    private static ProblemHttpResult Unidentified() =>
        JourneyProblem.Of(StatusCodes.Status403Forbidden, JourneyErrorCodes.UnidentifiedUser, "The user has no identifier.", "Sign in with a user that has a name identifier (or sub) claim.");

    // Who the user is, as the handle's binding: the name identifier (or "sub"), never the display
    // name (two agents may share one); the authentication type keeps two schemes' users apart.
    private static string? OwnerOf(ClaimsPrincipal user)
    {
        if (user.Identity is not { IsAuthenticated: true } identity)
        {
            return null;
        }

        string? id = user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.FindFirst("sub")?.Value;
        return string.IsNullOrEmpty(id) ? null : $"{identity.AuthenticationType}\n{id}";
    }

    private static int IndexOf(JourneyDay day, JourneyItem item)
    {
        for (int i = 0; i < day.Items.Count; i++)
        {
            if (ReferenceEquals(day.Items[i], item) || day.Items[i] == item)
            {
                return i;
            }
        }

        return 0;
    }

    private static void WriteReference(Utf8JsonWriter writer, string name, JourneyItem? item)
    {
        if (item is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("source", item.Interaction.Source);
        writer.WriteString("id", item.Interaction.Id);
        writer.WriteEndObject();
    }
}
