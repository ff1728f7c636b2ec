using Microsoft.AspNetCore.Http;

namespace CustomerJourney.AspNetCore.Endpoints;

/// <summary>
/// A 302 to an address that may carry a credential (a signed recording URL). Not
/// <c>TypedResults.Redirect</c>: ASP.NET Core's redirect result logs its destination.
/// </summary>
internal sealed class AddressRedirect(Uri address) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => StatusCodes.Status302Found;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status302Found;
        httpContext.Response.Headers.Location = address.AbsoluteUri;
        return Task.CompletedTask;
    }
}
