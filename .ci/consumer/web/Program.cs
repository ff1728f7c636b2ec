using System.Security.Claims;
using CustomerJourney.Access;
using CustomerJourney.AspNetCore;
using CustomerJourney.Client;
using CustomerJourney.DependencyInjection;
using CustomerJourney.Json;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

var builder = WebApplication.CreateBuilder(args);
LookupKey demo = LookupKey.Parse("+14155550100", "US");
var memory = new InMemoryJourneySource("Memory").Add(demo, new Interaction { Source = "Memory", Id = "M-1", Start = DateTimeOffset.UtcNow.AddDays(-1), Channel = Channel.Chat });
builder.Services.AddCustomerJourney(builder.Configuration.GetSection("CustomerJourney"))
    .AddSource(memory)
    .AddDataCloud();
builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
builder.Services.AddAuthorization();

var app = builder.Build();
app.MapStaticAssets();
app.UseAuthentication();
app.UseAuthorization();
app.MapGet("/journey", async (JourneyClient client, CancellationToken cancellationToken) =>
    Results.Json(await client.GetJourneyAsync(new JourneyQuery(demo) { Access = AccessContext.Unrestricted }, cancellationToken), JourneyJson.TypeInfo));
// The widget's endpoints, for a signed-in agent (a cookie from /sign-in, as a host's own sign-in would set).
app.MapCustomerJourney("/widget");
app.MapGet("/sign-in", async (HttpContext context) =>
{
    var agent = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "agent-1")], CookieAuthenticationDefaults.AuthenticationScheme));
    await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, agent);
    return Results.Ok();
});
app.Run();
