using CustomerJourney.AspNetCore;
using CustomerJourney.DependencyInjection;
using CustomerJourney.Demo.SampleData;
using CustomerJourney.Identity;
using CustomerJourney.Sqlite;
using CustomerJourney.Widget;
using CustomerJourney.Widget.SignIn;
using Microsoft.AspNetCore.Authentication.Cookies;

// The agent widget on the embedded sample data: sign in as a demo agent, type a number, see the journey.
WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
IConfigurationSection section = builder.Configuration.GetSection(CustomerJourneyOptions.SectionName);
string database = section["Sqlite:Path"] is { Length: > 0 } configured ? configured : Path.Combine(AppContext.BaseDirectory, "customer-journey-widget.db");

builder.Services
    .AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(options =>
    {
        options.Cookie.Name = "customer-journey-agent";
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.HttpOnly = true;
        // An API call without a session answers 401, not a redirect to a sign-in page.
        options.Events.OnRedirectToLogin = context =>
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        };
    });
builder.Services.AddAuthorization();
builder.Services.AddOpenApi();
// CustomerJourney:RecordingUrlTemplate turns a recording's reference into the address the agent's player
// opens, when they press play (a placeholder host here: a real one signs its URLs, or registers its own
// resolver with AddRecordingResolver).
builder.Services.AddCustomerJourney(section).AddSqlite(options => options.Path = database);

WebApplication app = builder.Build();

// The sample store, created on first run, under divisions; its identity joins (the customer's devices) loaded from it.
TimeProvider time = app.Services.GetService<TimeProvider>() ?? TimeProvider.System;
await SampleStore.EnsureAsync(database, time, section["DefaultRegion"] ?? "US", CancellationToken.None, SampleDivisions.Assign);
using (SqliteJourneyStore store = await SqliteJourneyStore.OpenAsync(new SqliteJourneyStoreOptions { Path = database }))
{
    IdentityGraph identities = app.Services.GetRequiredService<IdentityGraph>();
    IdentityGraph stored = await IdentityGraph.LoadAsync(store, time);
    foreach (IdentityLink link in stored.Links)
    {
        await identities.JoinAsync(link.First, link.Second, link.Reason);
    }
}

// "/" is the page: the rewrite to index.html must come before routing picks an endpoint.
app.UseDefaultFiles();
app.UseRouting();
app.MapStaticAssets();
app.UseAuthentication();
app.UseAuthorization();
app.MapOpenApi();
// CustomerJourney:Endpoints holds the lookups' lifetime and bounds (docs/widget.md).
app.MapCustomerJourney("/journey", options => section.GetSection("Endpoints").Bind(options));
if (app.Environment.IsDevelopment())
{
    app.MapDevelopmentSignIn();
}

app.Run();

/// <summary>The widget sample's entry point (public for <c>WebApplicationFactory</c>).</summary>
public partial class Program;
