using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CustomerJourney.AspNetCore.Endpoints;

/// <summary>Problem details (RFC 7807) with a stable <c>code</c> (<see cref="JourneyErrorCodes"/>); the detail never holds what was looked up.</summary>
internal static class JourneyProblem
{
    public static ProblemHttpResult Of(int status, string code, string title, string? detail = null) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: status,
            title: title,
            type: "https://github.com/customerjourney/CustomerJourney.Sdk/blob/main/docs/widget.md#" + code.Replace('_', '-'),
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code });

    public static ProblemHttpResult BadRequest(string code, string title, string? detail = null) => Of(StatusCodes.Status400BadRequest, code, title, detail);

    public static ProblemHttpResult UnknownHandle() =>
        Of(StatusCodes.Status404NotFound, JourneyErrorCodes.UnknownHandle, "No open lookup has this handle.", "It expired, was closed, or never existed: open a new lookup.");

    public static ProblemHttpResult Forbidden() =>
        Of(StatusCodes.Status403Forbidden, JourneyErrorCodes.HandleForbidden, "This lookup was opened by another user.", "Open your own lookup.");
}
