using System.Text.Json;
using CustomerJourney.Demo.Fixtures;

namespace CustomerJourney.Demo;

/// <summary>The journey view of the first sample customer: seed 004's omni-channel episode, its recording and its survey answers.</summary>
public class EpisodeViewTests
{
    private const string AsOf = "2026-11-15T14:30:00Z";

    [Fact]
    public async Task FirstCustomer_ShowsTheOmnichannelEpisodeWithItsRecordingAndSurveyAnswers()
    {
        using var folder = new TemporaryFolder();

        DemoRun text = await DemoProcess.RunAsync("--db", folder.File("j.db"), "--as-of", AsOf);
        DemoRun json = await DemoProcess.RunAsync("--db", folder.File("j.db"), "--as-of", AsOf, "--format", "json", "--period", "3");

        Assert.Equal((0, 0), (text.ExitCode, json.ExitCode));
        using JsonDocument document = JsonDocument.Parse(json.Output);
        // The episode of the story: an advert-led visit, a chat, a call and a text flow, resolved but not at the first contact.
        JsonElement episode = Assert.Single(
            document.RootElement.GetProperty("episodes").EnumerateArray(),
            e => e.GetProperty("channels").EnumerateArray().Select(c => c.GetString()).SequenceEqual(["webVisit", "chat", "voice", "sms"]));
        Assert.True(episode.GetProperty("resolved").GetBoolean());
        Assert.False(episode.GetProperty("firstContactResolution").GetBoolean());
        Assert.Equal(2, episode.GetProperty("contacts").GetInt32());
        Assert.Contains("Episodes", text.Output, StringComparison.Ordinal);
        Assert.Contains("web visit → chat → voice → SMS", text.Output, StringComparison.Ordinal);
        Assert.Contains("resolved in ", text.Output, StringComparison.Ordinal);

        // Its recording, at the address the configured template gives (appsettings.json), and its answers with their comments.
        JsonElement[] steps = [.. Interactions(document).Where(i => episode.GetProperty("steps").EnumerateArray().Any(s => s.GetProperty("id").GetString() == i.GetProperty("id").GetString()))];
        JsonElement recording = steps.SelectMany(i => i.TryGetProperty("recordings", out JsonElement r) ? r.EnumerateArray() : []).Single();
        Assert.Contains($"https://recordings.example.com/{recording.GetProperty("reference").GetString()}", Flat(text), StringComparison.Ordinal);
        JsonElement[] answers = [.. steps.SelectMany(i => i.TryGetProperty("surveys", out JsonElement s) ? s.EnumerateArray() : [])];
        Assert.Equal(2, answers.Length);
        Assert.All(answers, answer =>
        {
            string kind = answer.GetProperty("kind").GetString()!.ToUpperInvariant();
            string score = $"{answer.GetProperty("score").GetDouble()}/{answer.GetProperty("scale").GetProperty("max").GetDouble()}";
            Assert.Contains($"{kind}: {score} “{answer.GetProperty("comment").GetString()}”", Flat(text), StringComparison.Ordinal);
        });
        Assert.Contains("marketing: campaign fibre-upgrade, source google, medium cpc", text.Output, StringComparison.Ordinal);
        Assert.Contains("IVR: Main menu", text.Output, StringComparison.Ordinal);
        Assert.Contains("text flow: Delivery scheduling", text.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordingAddress_ComesFromTheConfiguredResolver()
    {
        using var folder = new TemporaryFolder();

        DemoRun run = await DemoProcess.RunAsync(
            new Dictionary<string, string> { ["CustomerJourney__RecordingUrlTemplate"] = "https://qm.example.org/play/{source}/{reference}" },
            "--db", folder.File("j.db"), "--as-of", AsOf);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("recording: 17m 42s, audio/ogg https://qm.example.org/play/Engage/rec-ev-call-7", Flat(run), StringComparison.Ordinal);
        Assert.DoesNotContain("recordings.example.com", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JourneyJson_CarriesTheEpisodes()
    {
        using var folder = new TemporaryFolder();

        DemoRun run = await DemoProcess.RunAsync("--db", folder.File("j.db"), "--as-of", AsOf, "--format", "json", "--campaign", "CMP-12", "--period", "3");

        using JsonDocument document = JsonDocument.Parse(run.Output);
        JsonElement[] episodes = [.. document.RootElement.GetProperty("episodes").EnumerateArray()];
        Assert.NotEmpty(episodes);
        // Every interaction shown is a step of exactly one episode, and every episode is of the campaign filtered.
        string[] shown = [.. Interactions(document).Select(i => i.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];
        Assert.Equal(shown, episodes.SelectMany(e => e.GetProperty("steps").EnumerateArray()).Select(s => s.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(episodes, e => Assert.Equal("CMP-12", e.GetProperty("campaign").GetProperty("id").GetString()));
    }

    private static IEnumerable<JsonElement> Interactions(JsonDocument document) =>
        document.RootElement.GetProperty("days").EnumerateArray().SelectMany(d => d.GetProperty("interactions").EnumerateArray());

    // The text with its wrapped lines joined: a long fact wraps within its column at 80 columns.
    private static string Flat(DemoRun run) =>
        string.Join(' ', run.Output.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()));
}
