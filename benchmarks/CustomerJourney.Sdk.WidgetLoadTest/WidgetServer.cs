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
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CustomerJourney.WidgetLoadTest;

/// <summary>
/// The server under load, in a process of its own: the journey endpoints over one customer's
/// 1,000 interactions (12 months, five campaigns, four channels), agents signed in with cookies,
/// and the floor: the same authenticated route answering a precomputed timeline body.
/// </summary>
internal static class WidgetServer
{
    public static readonly LookupKey Customer = LookupKey.Parse("+14155550100", "US");

    public static async Task<int> ServeAsync(int port, int interactions)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        builder.Services.AddAuthorization();
        builder.Services.AddCustomerJourney(options => options.TimeZone = "America/New_York").AddSource(Source(interactions));

        WebApplication app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapCustomerJourney("/journey");
        app.MapGet("/sign-in", async (string agent, HttpContext context) =>
        {
            var principal = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, agent), new Claim(ClaimsJourneyAccessResolver.DivisionClaimType, "*"), new Claim(ClaimsJourneyAccessResolver.PermissionClaimType, "all")],
                CookieAuthenticationDefaults.AuthenticationScheme));
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
            return Results.Ok();
        });

        // The floor: what the endpoint's default timeline answers, serialized once, behind the same sign-in.
        JourneyClient client = app.Services.GetRequiredService<JourneyClient>();
        JourneyResult journey = await client.GetJourneyAsync(new JourneyQuery(Customer) { Access = AccessContext.Unrestricted, Period = JourneyPeriod.Last12Months });
        byte[] body = System.Text.Encoding.UTF8.GetBytes(JourneyJson.Serialize(journey, new JourneyJsonOptions { Indented = false, DayCount = 7 }));
        app.MapGet("/floor", () => Results.Bytes(body, "application/json; charset=utf-8")).RequireAuthorization();
        await app.RunAsync();
        return 0;
    }

    // 1,000 interactions over the last 12 months, spread over campaigns, channels and agents, a tenth of them failed.
    private static InMemoryJourneySource Source(int count)
    {
        Campaign[] campaigns = [new("CMP-7", "Winter Renewals"), new("CMP-9", "Débito Automático"), new("CMP-3", "Spring Offers"), new("CMP-12", "Fibre Upgrade"), new("CMP-15", "Loyalty Check-in")];
        (Channel Channel, ContactMode Mode)[] channels = [(Channel.Voice, ContactMode.Mobile), (Channel.Sms, ContactMode.Sms), (Channel.Email, ContactMode.Email), (Channel.Voice, ContactMode.Home)];
        string[] agents = ["Dana Reyes", "Chloé Martin", "Jürgen Weiß", "Kenji Sato"];
        DateTimeOffset now = DateTimeOffset.UtcNow;
        var random = new Random(7);
        Interaction[] interactions = [.. Enumerable.Range(0, count).Select(i => new Interaction
        {
            Source = "Memory",
            Id = $"I-{i}",
            Start = now.AddMinutes(-random.Next(1, 360 * 24 * 60)),
            Channel = channels[i % channels.Length].Channel,
            Mode = channels[i % channels.Length].Mode,
            Direction = i % 3 == 0 ? InteractionDirection.Inbound : InteractionDirection.Outbound,
            Campaign = campaigns[i % campaigns.Length],
            Outcome = i % 10 == 0 ? new Outcome("NOANS", "No answer", OutcomeKind.Failure) : new Outcome("SALE", "Sale", OutcomeKind.Success),
            PhoneNumber = "+14155550100",
            AgentName = agents[i % agents.Length],
            AgentComments = i % 4 == 0 ? "Asked about débito automático" : "Renewal offered",
        })];
        return new InMemoryJourneySource("Memory").Add(Customer, interactions);
    }
}
