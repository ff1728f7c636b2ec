using System.Globalization;
using CustomerJourney.Access;
using CustomerJourney.AspNetCore.Lookups;
using CustomerJourney.Client;
using CustomerJourney.Query;
using CustomerJourney.Recordings;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerJourney.AspNetCore.Endpoints;

/// <summary>
/// Playing a recording: the journey carries references only; the address is made by the host's
/// <see cref="IRecordingResolver"/> when the agent presses play, and answered as a redirect.
/// </summary>
internal sealed partial class LookupEndpoints
{
    /// <summary>
    /// Redirects to the address of the interaction's <paramref name="index"/>th recording (from 0, as in
    /// its <c>recordings</c>). The interaction is looked for in the whole lookup, whatever the view's
    /// filters, as the agent's access shaped it: without the Recordings permission it has none. The
    /// address may carry a credential (a signed URL): it is never logged nor put in a problem, and the
    /// redirect is no-store like every answer, so the next play asks for a fresh one.
    /// </summary>
    public async Task<IResult> RecordingAsync(string handle, string source, string id, string index, HttpContext context, CancellationToken cancellationToken)
    {
        if (!TryFind(handle, context, out OpenedLookup? lookup, out IResult? problem))
        {
            return problem;
        }

        JourneyResult journey = lookup.JourneyAt(_time.Value.GetUtcNow());
        JourneyItem? item = journey.AllItems.FirstOrDefault(i => string.Equals(i.Interaction.Source, source, StringComparison.Ordinal) && string.Equals(i.Interaction.Id, id, StringComparison.Ordinal));
        if (item is null)
        {
            return JourneyProblem.Of(StatusCodes.Status404NotFound, JourneyErrorCodes.UnknownInteraction, "No such interaction in this lookup.", "The lookup has no interaction with this source and id.");
        }

        // The held journey has no recordings for an agent without the permission; the resolver is promised the check all the same.
        if (!journey.Access.Permissions.HasFlag(JourneyPermissions.Recordings)
            || item.Interaction.Recordings is not { } recordings
            || !int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out int at)
            || at >= recordings.Count)
        {
            return JourneyProblem.Of(StatusCodes.Status404NotFound, JourneyErrorCodes.UnknownRecording, "No such recording.", "The interaction has no recording at this index that you may hear.");
        }

        Uri? address;
        try
        {
            address = _services.GetService<IRecordingResolver>() is { } resolver
                ? await resolver.ResolveAsync(item.Interaction, recordings[at], cancellationToken).ConfigureAwait(false)
                : null;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            EndpointLog.RecordingResolverFailed(_logger.Value, exception.GetType().Name);
            return JourneyProblem.Of(StatusCodes.Status502BadGateway, JourneyErrorCodes.RecordingUnavailable, "The recording cannot be played now.", "The recording system did not give its address; try again later.");
        }

        if (address is not { IsAbsoluteUri: true })
        {
            return JourneyProblem.Of(StatusCodes.Status404NotFound, JourneyErrorCodes.RecordingUnavailable, "The recording cannot be played.", "The recording system has no address for it: it may have expired or not be kept.");
        }

        // The recording system need not learn which page of the agent's desktop played it.
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        return new AddressRedirect(address);
    }
}
