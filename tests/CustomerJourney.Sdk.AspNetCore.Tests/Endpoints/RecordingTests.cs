using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CustomerJourney.Fixtures;
using CustomerJourney.Model;
using CustomerJourney.Recordings;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CustomerJourney.Endpoints;

/// <summary>
/// Recordings are played through a redirect made when asked, to an address that may carry a
/// credential: answered to agents who may hear them, never cached, never logged, never in a problem.
/// </summary>
public class RecordingTests(WidgetHost host) : IClassFixture<WidgetHost>
{
    [Fact]
    public async Task ARecording_RedirectsToTheResolvedAddress_NoStore()
    {
        using HttpClient agent = await Agents.SignInAsync(host, Agents.WithRecordingsAndSurveys);
        string handle = await Agents.OpenAsync(agent);

        using HttpResponseMessage call = await agent.GetAsync($"/journey/lookups/{handle}/interactions/Memory/C-4/recordings/0");
        using HttpResponseMessage screen = await agent.GetAsync($"/journey/lookups/{handle}/interactions/Memory/C-4/recordings/1");

        Assert.Equal(HttpStatusCode.Found, call.StatusCode);
        Assert.Equal(new Uri($"https://recordings.example.com/Memory/rec-C4-call?token={WidgetHost.RecordingToken}"), call.Headers.Location);
        Assert.True(call.Headers.CacheControl?.NoStore);
        Assert.Equal(HttpStatusCode.Found, screen.StatusCode);
        Assert.Equal(new Uri($"https://recordings.example.com/Memory/rec-C4-screen?token={WidgetHost.RecordingToken}"), screen.Headers.Location);
        Assert.True(screen.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task TheRecordingsAddress_IsNeverLogged_EvenWithEveryLogLineOn()
    {
        // Every category at Trace, ASP.NET Core's own included: its redirect result, for one, logs where it sends the browser.
        using WidgetHost fresh = new();
        using WebApplicationFactory<Program> verbose = fresh.WithWebHostBuilder(builder =>
            builder.ConfigureLogging(logging => logging.AddFilter<FakeLoggerProvider>(null, LogLevel.Trace)));
        using HttpClient agent = await Agents.SignInAsync(verbose, Agents.WithRecordingsAndSurveys);
        string handle = await Agents.OpenAsync(agent);

        using HttpResponseMessage played = await agent.GetAsync($"/journey/lookups/{handle}/interactions/Memory/C-4/recordings/0");

        Assert.Equal(HttpStatusCode.Found, played.StatusCode);
        string logged = string.Join('\n', verbose.Services.GetRequiredService<FakeLogCollector>().GetSnapshot().Select(r => r.Message + " " + string.Join(' ', r.StructuredState?.Select(s => s.Value) ?? [])));
        Assert.Contains("/recordings/0", logged, StringComparison.Ordinal);
        Assert.DoesNotContain(WidgetHost.RecordingToken, logged, StringComparison.Ordinal);
        Assert.DoesNotContain("recordings.example.com", logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAgentWithoutTheRecordingsClaim_SeesNoRecordings_AndCannotPlayOne()
    {
        using HttpClient withRecordings = await Agents.SignInAsync(host, Agents.WithRecordingsAndSurveys);
        using HttpClient without = await Agents.SignInAsync(host, Agents.WithoutRecordingsOrSurveys);
        string permitted = await Agents.OpenAsync(withRecordings);
        string refused = await Agents.OpenAsync(without);

        JsonElement heard = (await Agents.GetJsonAsync(withRecordings, $"/journey/lookups/{permitted}/interactions/Memory/C-4")).GetProperty("interaction");
        JsonElement notHeard = (await Agents.GetJsonAsync(without, $"/journey/lookups/{refused}/interactions/Memory/C-4")).GetProperty("interaction");
        using HttpResponseMessage response = await without.GetAsync($"/journey/lookups/{refused}/interactions/Memory/C-4/recordings/0");

        Assert.Equal(["rec-C4-call", "rec-C4-screen"], heard.GetProperty("recordings").EnumerateArray().Select(r => r.GetProperty("reference").GetString()));
        Assert.Equal("PT6M", heard.GetProperty("recordings")[0].GetProperty("duration").GetString());
        Assert.Equal("audio/wav", heard.GetProperty("recordings")[0].GetProperty("mediaType").GetString());
        Assert.False(notHeard.TryGetProperty("recordings", out _));
        Assert.False(notHeard.TryGetProperty("surveys", out _));
        // The self-service part is not guarded: both agents read it.
        Assert.Equal("handedToAgent", notHeard.GetProperty("selfService").GetProperty("result").GetString());
        string text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("unknown_recording", JsonDocument.Parse(text).RootElement.GetProperty("code").GetString());
        Assert.DoesNotContain("rec-C4", text, StringComparison.Ordinal);
        Assert.DoesNotContain("recordings.example.com", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("C-4", "2", "unknown_recording")]
    [InlineData("C-4", "-1", "unknown_recording")]
    [InlineData("C-4", "first", "unknown_recording")]
    [InlineData("C-4", "99999999999", "unknown_recording")]
    [InlineData("C-2", "0", "unknown_recording")]
    [InlineData("NOPE", "0", "unknown_interaction")]
    public async Task ARecordingThatIsNotThere_AnswersItsCode(string id, string index, string code)
    {
        using HttpClient agent = await Agents.SignInAsync(host, Agents.WithRecordingsAndSurveys);
        string handle = await Agents.OpenAsync(agent);

        using HttpResponseMessage response = await agent.GetAsync($"/journey/lookups/{handle}/interactions/Memory/{id}/recordings/{index}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task ARecordingOfAnotherDivision_IsUnknown_AsItsInteractionIs()
    {
        using HttpClient agent = await Agents.SignInAsync(host, Agents.WithoutRecordingsOrSurveys);
        string handle = await Agents.OpenAsync(agent);

        using HttpResponseMessage response = await agent.GetAsync($"/journey/lookups/{handle}/interactions/Memory/C-1/recordings/0");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("unknown_interaction", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task ARecordingTheResolverHasNoAddressFor_AnswersRecordingUnavailable()
    {
        using WidgetHost fresh = new();
        using WebApplicationFactory<Program> expired = fresh.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IRecordingResolver, NoLongerKept>()));
        using HttpClient agent = await Agents.SignInAsync(expired, Agents.WithRecordingsAndSurveys);
        string handle = await Agents.OpenAsync(agent);

        using HttpResponseMessage response = await agent.GetAsync($"/journey/lookups/{handle}/interactions/Memory/C-4/recordings/0");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("recording_unavailable", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task AResolverThatFails_AnswersRecordingUnavailable_WithoutItsMessage_InTheAnswerOrTheLogs()
    {
        using WidgetHost fresh = new();
        using WebApplicationFactory<Program> failing = fresh.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IRecordingResolver, Failing>()));
        using HttpClient agent = await Agents.SignInAsync(failing, Agents.WithRecordingsAndSurveys);
        string handle = await Agents.OpenAsync(agent);

        using HttpResponseMessage response = await agent.GetAsync($"/journey/lookups/{handle}/interactions/Memory/C-4/recordings/0");

        string text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("recording_unavailable", JsonDocument.Parse(text).RootElement.GetProperty("code").GetString());
        Assert.DoesNotContain(Failing.Secret, text, StringComparison.Ordinal);
        IReadOnlyList<FakeLogRecord> logs = failing.Services.GetRequiredService<FakeLogCollector>().GetSnapshot();
        Assert.Contains(logs, r => r.Message.Contains("HttpRequestException", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, r => r.Message.Contains(Failing.Secret, StringComparison.Ordinal) || r.Exception is not null);
    }

    [Fact]
    public async Task AnUnknownHandle_AnswersUnknownHandle()
    {
        using HttpClient agent = await Agents.SignInAsync(host, Agents.WithRecordingsAndSurveys);

        using HttpResponseMessage response = await agent.GetAsync("/journey/lookups/AAAAAAAAAAAAAAAAAAAAAA/interactions/Memory/C-4/recordings/0");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("unknown_handle", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    /// <summary>A recording system that no longer keeps the recording.</summary>
    private sealed class NoLongerKept : IRecordingResolver
    {
        public ValueTask<Uri?> ResolveAsync(Interaction interaction, Recording recording, CancellationToken cancellationToken) => ValueTask.FromResult<Uri?>(null);
    }

    /// <summary>A recording system that is down, whose client's error quotes the signed address it asked for.</summary>
    private sealed class Failing : IRecordingResolver
    {
        public const string Secret = "sig=failing-secret";

        public ValueTask<Uri?> ResolveAsync(Interaction interaction, Recording recording, CancellationToken cancellationToken) =>
            throw new HttpRequestException($"Connection refused (qm.example.com:443) for https://qm.example.com/{recording.Reference}?{Secret}");
    }
}
