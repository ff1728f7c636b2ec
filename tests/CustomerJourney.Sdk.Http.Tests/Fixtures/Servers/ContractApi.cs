using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CustomerJourney.Fixtures.Servers;

/// <summary>
/// The two APIs of docs/contracts, served for real: records per customer, the half-open time
/// filter, paging with opaque tokens, pages in a scrambled (not time) order, 404 for unknown
/// customers, credentials checked. Records are JSON objects, so tests can add members the SDK
/// does not know and values it has never seen.
/// </summary>
internal sealed class ContractApi
{
    private readonly Dictionary<string, List<JsonObject>> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonArray> _campaigns = new(StringComparer.Ordinal);

    private ContractApi(ContractKind kind, string credential)
    {
        Kind = kind;
        Credential = credential;
    }

    public ContractKind Kind { get; }

    public string Credential { get; }

    public static ContractApi CampaignManager(string token) => new(ContractKind.CampaignManager, token);

    public static ContractApi DataCloud(string apiKey) => new(ContractKind.DataCloud, apiKey);

    public ContractApi Add(string key, params JsonObject[] records)
    {
        if (!_records.TryGetValue(key, out List<JsonObject>? list))
        {
            _records[key] = list = [];
        }

        list.AddRange(records);
        return this;
    }

    public ContractApi List(string phone, params (string Id, string Name)[] campaigns)
    {
        _campaigns[phone] = [.. campaigns.Select(c => (JsonNode)new JsonObject { ["id"] = c.Id, ["name"] = c.Name, ["modes"] = new JsonArray("Home") })];
        return this;
    }

    public async Task Handle(HttpContext context)
    {
        HttpRequest request = context.Request;
        bool authorized = Kind == ContractKind.CampaignManager
            ? request.Headers.Authorization.ToString() == $"Bearer {Credential}"
            : request.Headers["x-api-key"].ToString() == Credential;
        if (!authorized)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        string path = request.Path.Value ?? string.Empty;
        if (Kind == ContractKind.CampaignManager && path.StartsWith("/api/v1/contacts/", StringComparison.Ordinal))
        {
            string[] parts = path["/api/v1/contacts/".Length..].Split('/');
            string phone = Uri.UnescapeDataString(parts[0]);
            if (parts[1] == "campaigns")
            {
                await Listing(context, phone, "campaigns");
                return;
            }

            await Page(context, phone, "dateTime", request.Query["from"], request.Query["to"], request.Query["pageSize"], request.Query["pageToken"], "interactions", token => new JsonObject { ["nextPageToken"] = token });
            return;
        }

        if (Kind == ContractKind.DataCloud && path == "/v1/profiles/interactions")
        {
            string key = request.Query.ContainsKey("email") ? request.Query["email"].ToString() : request.Query["phone"].ToString();
            await Page(context, key, "callStartTime", request.Query["start"], request.Query["end"], request.Query["limit"], request.Query["cursor"], "items", token => new JsonObject { ["cursor"] = new JsonObject { ["next"] = token } });
            return;
        }

        if (Kind == ContractKind.DataCloud && path == "/v1/profiles/campaigns")
        {
            await Listing(context, request.Query["phone"].ToString(), "items");
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    private async Task Listing(HttpContext context, string phone, string member)
    {
        if (!_campaigns.TryGetValue(phone, out JsonArray? campaigns))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await Write(context, new JsonObject { [member] = campaigns.DeepClone() });
    }

    private async Task Page(HttpContext context, string key, string timeMember, string? from, string? to, string? size, string? token, string itemsMember, Func<string?, JsonObject> envelope)
    {
        if (!_records.TryGetValue(key, out List<JsonObject>? all))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        DateTimeOffset start = DateTimeOffset.Parse(from!, CultureInfo.InvariantCulture);
        DateTimeOffset end = DateTimeOffset.Parse(to!, CultureInfo.InvariantCulture);
        // Not time order: records come back in a scrambled but stable order, as the contracts allow.
        JsonObject[] inRange = [.. all
            .Where(r => !DateTimeOffset.TryParse(r[timeMember]?.GetValue<string>(), CultureInfo.InvariantCulture, out DateTimeOffset t) || (t >= start && t < end))
            .OrderBy(r => r.ToJsonString().GetHashCode(StringComparison.Ordinal))];
        int pageSize = int.Parse(size ?? "100", CultureInfo.InvariantCulture);
        int offset = string.IsNullOrEmpty(token) ? 0 : int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(token)), CultureInfo.InvariantCulture);
        JsonObject[] page = [.. inRange.Skip(offset).Take(pageSize)];
        int next = offset + page.Length;
        JsonObject body = envelope(next < inRange.Length ? Convert.ToBase64String(Encoding.UTF8.GetBytes(next.ToString(CultureInfo.InvariantCulture))) : null);
        body[itemsMember] = new JsonArray([.. page.Select(r => (JsonNode)r.DeepClone())]);
        await Write(context, body);
    }

    public static async Task Write(HttpContext context, JsonNode body)
    {
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}

internal enum ContractKind
{
    CampaignManager,
    DataCloud,
}
