using System.Security.Claims;
using CustomerJourney.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CustomerJourney.Widget.SignIn;

/// <summary>
/// <c>/dev/sign-in?agent=agent-a</c> signs a demo agent in with a cookie, no password: mapped in
/// Development only. A real host signs agents in with its own identity provider; the endpoints
/// read the same claims (<see cref="ClaimsJourneyAccessResolver"/>).
/// </summary>
internal static class DevelopmentSignIn
{
    public static void MapDevelopmentSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/dev/sign-in", async (string? agent, HttpContext context) =>
        {
            if (DemoAgent.All.FirstOrDefault(a => a.Id == agent) is not { } demo)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown demo agent.", detail: $"Use {string.Join(" or ", DemoAgent.All.Select(a => a.Id))}.");
            }

            List<Claim> claims = [new(ClaimTypes.NameIdentifier, demo.Id), new(ClaimTypes.Name, demo.Name)];
            claims.AddRange(demo.Divisions.Select(d => new Claim(ClaimsJourneyAccessResolver.DivisionClaimType, d)));
            claims.AddRange(demo.Permissions.Select(p => new Claim(ClaimsJourneyAccessResolver.PermissionClaimType, p)));
            var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
            return Results.Redirect("/");
        }).ExcludeFromDescription();

        endpoints.MapGet("/dev/sign-out", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/");
        }).ExcludeFromDescription();

        endpoints.MapGet("/dev/whoami", (ClaimsPrincipal user) =>
            Results.Text(user.Identity?.IsAuthenticated == true ? user.Identity.Name : "", "text/plain")).ExcludeFromDescription();
    }
}
