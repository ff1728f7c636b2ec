using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CustomerJourney.LoadTest;

/// <summary>
/// The Campaign Manager and Data Cloud contracts served by Kestrel on 127.0.0.1, in a process of
/// their own: every customer has the same number of records of each API (one page), written with
/// <see cref="Utf8JsonWriter"/> so the servers cost as little as they can.
/// </summary>
internal static class FakeApis
{
    public const string Token = "load-token";
    public const string ApiKey = "load-key";

    public static async Task<int> ServeAsync(int port, int recordsPerSource, TimeSpan latency)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        DateTimeOffset now = DateTimeOffset.UtcNow;
        app.Run(async context =>
        {
            if (latency > TimeSpan.Zero)
            {
                await Task.Delay(latency);
            }

            string path = context.Request.Path.Value ?? string.Empty;
            context.Response.ContentType = "application/json";
            await using var json = new Utf8JsonWriter(context.Response.Body);
            json.WriteStartObject();
            if (path.EndsWith("/campaigns", StringComparison.Ordinal))
            {
                json.WriteStartArray(path.StartsWith("/api/", StringComparison.Ordinal) ? "campaigns" : "items");
                json.WriteStartObject();
                json.WriteString("id", "CMP-7");
                json.WriteString("name", "Winter Renewals");
                json.WriteEndObject();
                json.WriteEndArray();
            }
            else if (path.StartsWith("/api/v1/contacts/", StringComparison.Ordinal))
            {
                json.WriteStartArray("interactions");
                for (int i = 0; i < recordsPerSource; i++)
                {
                    json.WriteStartObject();
                    json.WriteString("interactionId", $"CM-{i}");
                    json.WriteString("dateTime", now.AddHours(-7 * (i + 1)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
                    json.WriteStartObject("campaign");
                    json.WriteString("id", i % 3 == 0 ? "CMP-7" : "CMP-9");
                    json.WriteString("name", i % 3 == 0 ? "Winter Renewals" : "Débito Automático");
                    json.WriteEndObject();
                    json.WriteString("mode", i % 2 == 0 ? "Mobile" : "Home");
                    json.WriteStartObject("outcome");
                    json.WriteString("code", "NOANS");
                    json.WriteString("name", "No Answer");
                    json.WriteBoolean("failure", i % 4 == 0);
                    json.WriteEndObject();
                    json.WriteString("phoneNumber", "+14155550100");
                    json.WriteNumber("previousScore", 40);
                    json.WriteNumber("currentScore", 35);
                    json.WriteString("agentName", "Dana Reyes");
                    json.WriteString("agentComments", "Asked to call back after 5pm");
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }
            else
            {
                json.WriteStartArray("items");
                for (int i = 0; i < recordsPerSource; i++)
                {
                    json.WriteStartObject();
                    json.WriteString("id", $"DC-{i}");
                    json.WriteString("callStartTime", now.AddHours(-5 * (i + 1)).ToString("yyyy-MM-dd'T'HH:mm:ssZ", CultureInfo.InvariantCulture));
                    json.WriteString("outcome", "Sale");
                    json.WriteString("outcomeType", "Success");
                    json.WriteString("agentName", "Chloé Martin");
                    json.WriteString("agentComments", "Upgraded to the family plan");
                    json.WriteString("channelType", i % 2 == 0 ? "Voice" : "SMS");
                    json.WriteString("channelDirection", "Inbound");
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartObject("cursor");
                json.WriteNull("next");
                json.WriteEndObject();
            }

            json.WriteEndObject();
        });
        await app.StartAsync();
        Console.WriteLine("ready");
        await app.WaitForShutdownAsync();
        return 0;
    }
}
