using CustomerJourney.AspNetCore.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CustomerJourney.AspNetCore;

/// <summary>Maps the journey endpoints the <c>&lt;customer-journey&gt;</c> element talks to (docs/widget.md).</summary>
public static class JourneyEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the journey endpoints under <paramref name="prefix"/>: <c>POST lookups</c> (whom to look
    /// up, in the body) opens a lookup and answers its handle; <c>GET lookups/{handle}/timeline</c>,
    /// <c>rows</c>, <c>facets</c>, <c>summary</c>, <c>path</c>, <c>interactions/{source}/{id}</c> re-filter
    /// what was fetched; <c>GET lookups/{handle}/interactions/{source}/{id}/recordings/{index}</c> redirects
    /// to a recording through the registered <see cref="Recordings.IRecordingResolver"/>;
    /// <c>GET lookups/{handle}/stream</c> is its live stream (Server-Sent Events);
    /// <c>DELETE lookups/{handle}</c> closes it. Every endpoint requires an authenticated user (or
    /// <see cref="JourneyEndpointOptions.AuthorizationPolicy"/>), and a handle answers only the user who
    /// opened it. Uses the <see cref="Client.JourneyClient"/> that <c>AddCustomerJourney</c> registers,
    /// the registered <see cref="IJourneyAccessResolver"/> (else <see cref="ClaimsJourneyAccessResolver"/>)
    /// and the registered <see cref="TimeProvider"/> (else the system clock).
    /// </summary>
    /// <param name="endpoints">The application's routes.</param>
    /// <param name="prefix">The path the endpoints live under (the element's <c>endpoint</c> attribute).</param>
    /// <param name="configure">Adjusts the lookups' lifetime and bounds; <see langword="null"/> for the defaults.</param>
    /// <returns>The endpoints' group, for more conventions (CORS, rate limiting, a policy of your own).</returns>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static RouteGroupBuilder MapCustomerJourney(this IEndpointRouteBuilder endpoints, string prefix = "/journey", Action<JourneyEndpointOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        var options = new JourneyEndpointOptions();
        configure?.Invoke(options);
        Validate(options);

        var handlers = new LookupEndpoints(endpoints.ServiceProvider, options);
        RouteGroupBuilder group = endpoints.MapGroup(prefix).WithTags("Customer journey");
        _ = options.AuthorizationPolicy is { } policy ? group.RequireAuthorization(policy) : group.RequireAuthorization();
        // Every answer holds the customer's data or says something about it: no browser or proxy keeps one.
        group.AddEndpointFilter(static (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = "no-store";
            return next(context);
        });

        group.MapPost("/lookups", handlers.OpenAsync)
            .WithName("OpenJourneyLookup")
            .WithSummary("Opens a lookup of a customer's journey")
            .WithDescription("Asks every configured source once, under the agent's access, and answers an opaque handle bound to the agent. Whom to look up is in the body, never in the URL.")
            // Also what keeps cross-site forms out: routing answers 415 to a body that is not JSON, so no form posts a lookup without a CORS preflight.
            .Accepts<OpenLookupRequest>("application/json")
            .Produces<LookupOpened>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        View(group.MapGet("/lookups/{handle}/timeline", handlers.Timeline), "GetJourneyTimeline", "A page of the journey's dates, filtered", "The journey's JSON form (docs/json.md) with the latest `days` dates before `before`, and `olderDays`.");
        View(group.MapGet("/lookups/{handle}/rows", handlers.Rows), "GetJourneyRows", "The journey's grid rows, filtered and sorted", "The journey's JSON form with `days` empty and `rows` sorted by `sort` in `direction`.");
        View(group.MapGet("/lookups/{handle}/facets", handlers.Facets), "GetJourneyFacets", "The campaign and channel dropdowns, with counts", "Campaigns and channels of the filtered journey, each with its count.");
        View(group.MapGet("/lookups/{handle}/summary", handlers.Summary), "GetJourneySummary", "Sources, other campaigns, outcomes and segments", "The journey's JSON form with `days` empty: sources, other campaigns, outcome progress, segments, predicted scores, profile.");
        View(group.MapGet("/lookups/{handle}/interactions/{source}/{id}", handlers.DetailsAsync), "GetJourneyInteraction", "One interaction, with the previous and next of its date", "The interaction in the JSON form, its date, its position in the date, and the previous and next interactions of the date under the same filters.");
        View(group.MapGet("/lookups/{handle}/path", handlers.Path), "GetJourneyPath", "The customer's path: episodes across channels, filtered", "The journey's JSON form with `days` empty, `rows` in start order and `episodes`: each episode's campaign, start, steps (by source and id, as in `rows`), channels, contacts, outcome, resolution, first-contact resolution and time to resolution.");
        group.MapGet("/lookups/{handle}/interactions/{source}/{id}/recordings/{index}", handlers.RecordingAsync)
            .WithName("PlayJourneyRecording")
            .WithSummary("Plays one of an interaction's recordings")
            .WithDescription("Redirects (302) to the address the host's recording resolver gives for the interaction's recording at `index` (from 0, as in its `recordings`), made when asked. The address may carry a credential: it is never logged, never cached (no-store), never in a problem.")
            .Produces(StatusCodes.Status302Found)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status502BadGateway);
        group.MapGet("/lookups/{handle}/stream", handlers.Stream)
            .WithName("StreamJourneyLookup")
            .WithSummary("The lookup's live stream (Server-Sent Events)")
            .WithDescription("Events `status` (an interaction's live status changed), `added` and `changed` (an interaction arrived or changed), each with the interaction's source, id and live status.")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/lookups/{handle}", handlers.Close)
            .WithName("CloseJourneyLookup")
            .WithSummary("Closes a lookup")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static void View(RouteHandlerBuilder endpoint, string name, string summary, string description) =>
        endpoint.WithName(name)
            .WithSummary(summary)
            .WithDescription(description)
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static void Validate(JourneyEndpointOptions options)
    {
        if (options.FetchMonths is < 1 or > Query.JourneyPeriod.MaxMonths)
        {
            throw new ArgumentException($"FetchMonths must be between 1 and {Query.JourneyPeriod.MaxMonths}.", nameof(options));
        }

        if (options.IdleTimeout <= TimeSpan.Zero || options.MaxLifetime <= TimeSpan.Zero)
        {
            throw new ArgumentException("IdleTimeout and MaxLifetime must be positive.", nameof(options));
        }

        if (options.MaxOpenLookups < 1 || options.MaxLookupsPerAgent < 1)
        {
            throw new ArgumentException("MaxOpenLookups and MaxLookupsPerAgent must be at least 1.", nameof(options));
        }

        if (options.DefaultDayCount is < 1 or > 366)
        {
            throw new ArgumentException("DefaultDayCount must be between 1 and 366.", nameof(options));
        }
    }
}
