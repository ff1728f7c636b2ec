using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CustomerJourney.Fixtures;

/// <summary>
/// The Genesys Cloud Platform API as docs/contracts/genesys-cloud.md describes it, served for real by
/// Kestrel on 127.0.0.1 (one server for the login and the API hosts): client-credentials tokens
/// that expire and can be revoked, identifier lookup, contacts with merge sets, sessions in cursor
/// pages (relative or absolute nextUri), session events, outcome scores, names of queues, users,
/// wrap-up codes, segments and outcomes. Tests script failures with <see cref="Intercept"/>.
/// </summary>
public sealed class GenesysFake : IAsyncDisposable
{
    public const string ClientId = "cj-client-5e1a";
    public const string ClientSecret = "cj-secret-7f3a9d-do-not-log";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, bool> _tokens = new(StringComparer.Ordinal);
    private int _minted;

    private GenesysFake(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every request: method, path and query, when it arrived.</summary>
    public ConcurrentQueue<(string Method, string Path, string Query, DateTimeOffset At)> Requests { get; } = new();

    /// <summary>The bodies of the identifier lookups.</summary>
    public ConcurrentQueue<string> LookupBodies { get; } = new();

    /// <summary>The contacts by (identifier type, value); a contact's JSON (id, canonicalContact, ...).</summary>
    public ConcurrentDictionary<(string Type, string Value), JsonObject> Contacts { get; } = new();

    /// <summary>The sessions of each contact id, in the order the API returns them.</summary>
    public ConcurrentDictionary<string, List<JsonObject>> Sessions { get; } = new(StringComparer.Ordinal);

    /// <summary>The merge set of a contact: the other contact ids whose sessions <c>includeMerged</c> adds.</summary>
    public ConcurrentDictionary<string, string[]> MergeSets { get; } = new(StringComparer.Ordinal);

    /// <summary>The events of each session id.</summary>
    public ConcurrentDictionary<string, List<JsonObject>> Events { get; } = new(StringComparer.Ordinal);

    /// <summary>Outcome scores of a session id (absent: 404).</summary>
    public ConcurrentDictionary<string, JsonObject> OutcomeScores { get; } = new(StringComparer.Ordinal);

    /// <summary>Names: "queue:{id}", "user:{id}", "wrapup:{id}" → name; "segment:{id}", "outcome:{id}" → definition JSON.</summary>
    public ConcurrentDictionary<string, JsonNode> Names { get; } = new(StringComparer.Ordinal);

    /// <summary>The lifetime of the tokens minted (expires_in).</summary>
    public int TokenLifetimeSeconds { get; set; } = 86_399;

    /// <summary>Whether nextUri is written absolute (https://host/api/...) instead of host-relative.</summary>
    public bool AbsoluteNextUri { get; set; }

    /// <summary>A test's hook: answer the request itself (return true) or let the contract answer (false).</summary>
    public Func<HttpContext, Task<bool>>? Intercept { get; set; }

    public int TokensMinted => _minted;

    public int Count(string pathPrefix) => Requests.Count(r => r.Path.StartsWith(pathPrefix, StringComparison.Ordinal));

    /// <summary>Makes every token minted so far invalid (as if revoked): the next API call gets 401.</summary>
    public void RevokeTokens()
    {
        foreach (string token in _tokens.Keys)
        {
            _tokens[token] = false;
        }
    }

    public static async Task<GenesysFake> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        var fake = new GenesysFake(app);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return fake;
    }

    /// <summary>A contact reachable by these identifiers.</summary>
    public GenesysFake AddContact(string id, params (string Type, string Value)[] identifiers)
    {
        foreach ((string type, string value) in identifiers)
        {
            Contacts[(type, value)] = new JsonObject { ["id"] = id, ["selfUri"] = $"/api/v2/externalcontacts/contacts/{id}" };
        }

        Sessions.TryAdd(id, []);
        return this;
    }

    public GenesysFake AddSessions(string contactId, params JsonObject[] sessions)
    {
        Sessions.GetOrAdd(contactId, _ => []).AddRange(sessions);
        return this;
    }

    public async Task HandleAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        string path = request.Path.Value ?? string.Empty;
        Requests.Enqueue((request.Method, path, request.QueryString.Value ?? string.Empty, DateTimeOffset.UtcNow));
        if (Intercept is { } intercept && await intercept(context))
        {
            return;
        }

        if (path == "/oauth/token")
        {
            await TokenAsync(context);
            return;
        }

        string bearer = request.Headers.Authorization.ToString();
        if (!bearer.StartsWith("Bearer ", StringComparison.Ordinal) || !_tokens.TryGetValue(bearer["Bearer ".Length..], out bool valid) || !valid)
        {
            await ErrorAsync(context, 401, "authentication.required");
            return;
        }

        string[] parts = path.Trim('/').Split('/');
        switch (request.Method, parts)
        {
            case ("POST", ["api", "v2", "externalcontacts", "identifierlookup", "contacts"]):
                await LookupAsync(context);
                return;
            case ("GET", ["api", "v2", "externalcontacts", "contacts", var contact, "journey", "sessions"]):
                await PageAsync(context, SessionsOf(contact, request.Query["includeMerged"] == "true"), path);
                return;
            case ("GET", ["api", "v2", "journey", "sessions", var session, "events"]):
                await PageAsync(context, Events.TryGetValue(session, out List<JsonObject>? events) ? events : [], path);
                return;
            case ("GET", ["api", "v2", "journey", "sessions", var session, "outcomescores"]):
                await WriteAsync(context, OutcomeScores.TryGetValue(session, out JsonObject? scores) ? scores : null);
                return;
            case ("GET", ["api", "v2", "routing", "queues", var id]):
                await NameAsync(context, "queue:" + id);
                return;
            case ("GET", ["api", "v2", "users", var id]):
                await NameAsync(context, "user:" + id);
                return;
            case ("GET", ["api", "v2", "routing", "wrapupcodes", var id]):
                await NameAsync(context, "wrapup:" + id);
                return;
            case ("GET", ["api", "v2", "journey", "segments", var id]):
                await NameAsync(context, "segment:" + id);
                return;
            case ("GET", ["api", "v2", "journey", "outcomes", var id]):
                await NameAsync(context, "outcome:" + id);
                return;
        }

        await ErrorAsync(context, 404, "not.found");
    }

    public static async Task ErrorAsync(HttpContext context, int status, string code, string? retryAfter = null)
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(new JsonObject { ["status"] = status, ["code"] = code, ["message"] = "The request failed.", ["contextId"] = Guid.NewGuid().ToString() }.ToJsonString());
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private List<JsonObject> SessionsOf(string contact, bool includeMerged)
    {
        var all = new List<JsonObject>(Sessions.TryGetValue(contact, out List<JsonObject>? own) ? own : []);
        if (includeMerged && MergeSets.TryGetValue(contact, out string[]? merged))
        {
            foreach (string other in merged)
            {
                all.AddRange(Sessions.TryGetValue(other, out List<JsonObject>? theirs) ? theirs : []);
            }
        }

        return all;
    }

    private async Task TokenAsync(HttpContext context)
    {
        string expected = "Basic " + Convert.ToBase64String(Encoding.Latin1.GetBytes($"{ClientId}:{ClientSecret}"));
        IFormCollection form = await context.Request.ReadFormAsync();
        if (context.Request.Headers.Authorization.ToString() != expected || form["grant_type"] != "client_credentials")
        {
            context.Response.StatusCode = 401;
            await context.Response.WriteAsync("{\"error\":\"invalid_client\"}");
            return;
        }

        string token = $"tok-{Interlocked.Increment(ref _minted)}-{Guid.NewGuid():N}";
        _tokens[token] = true;
        await WriteAsync(context, new JsonObject { ["access_token"] = token, ["token_type"] = "bearer", ["expires_in"] = TokenLifetimeSeconds });
    }

    private async Task LookupAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        string body = await reader.ReadToEndAsync();
        LookupBodies.Enqueue(body);
        JsonNode? identifier = JsonNode.Parse(body);
        string type = identifier?["type"]?.GetValue<string>() ?? string.Empty;
        string value = identifier?["value"]?.GetValue<string>() ?? string.Empty;
        await WriteAsync(context, Contacts.TryGetValue((type, value), out JsonObject? contact) ? contact : null);
    }

    // §4.2: cursor pages; pageSize at most 200 (else 400); the cursor is an offset, opaque to the client.
    private async Task PageAsync(HttpContext context, List<JsonObject> all, string path)
    {
        int size = int.TryParse(context.Request.Query["pageSize"], CultureInfo.InvariantCulture, out int asked) ? asked : 25;
        if (size is < 1 or > 200)
        {
            await ErrorAsync(context, 400, "invalid.value");
            return;
        }

        int offset = string.IsNullOrEmpty(context.Request.Query["after"]) ? 0 : int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(context.Request.Query["after"]!)), CultureInfo.InvariantCulture);
        JsonObject[] page = [.. all.Skip(offset).Take(size)];
        var listing = new JsonObject { ["entities"] = new JsonArray([.. page.Select(p => (JsonNode)p.DeepClone())]) };
        int next = offset + page.Length;
        if (next < all.Count)
        {
            var query = new Dictionary<string, string?>(context.Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString()))
            {
                ["after"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(next.ToString(CultureInfo.InvariantCulture))),
            };
            string relative = path + "?" + string.Join('&', query.Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value ?? string.Empty)}"));
            listing["nextUri"] = AbsoluteNextUri ? new Uri(BaseAddress, relative.TrimStart('/')).ToString() : relative;
        }

        await WriteAsync(context, listing);
    }

    private async Task NameAsync(HttpContext context, string key)
    {
        if (!Names.TryGetValue(key, out JsonNode? found))
        {
            await ErrorAsync(context, 404, "not.found");
            return;
        }

        await WriteAsync(context, found is JsonValue name ? new JsonObject { ["id"] = key, ["name"] = name.GetValue<string>() } : (JsonObject)found.DeepClone());
    }

    private static async Task WriteAsync(HttpContext context, JsonNode? body)
    {
        if (body is null)
        {
            await ErrorAsync(context, 404, "not.found");
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
