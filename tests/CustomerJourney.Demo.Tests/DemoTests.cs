using System.Globalization;
using System.Text.Json;
using CustomerJourney.Demo.Fixtures;
using CustomerJourney.Fixtures;
using CustomerJourney.Fixtures.Servers;

namespace CustomerJourney.Demo;

public class DemoTests
{
    private const string AsOf = "2026-11-15T14:30:00Z";

    [Fact]
    public async Task NoArguments_CreatesTheSampleStoreAndShowsAJourney()
    {
        using var folder = new TemporaryFolder();
        string database = folder.File("journeys.db");

        DemoRun run = await DemoProcess.RunAsync("--db", database, "--as-of", AsOf);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(database));
        Assert.Contains("Created the sample store", run.Error, StringComparison.Ordinal);
        Assert.Contains("Customer journey of +14155550100", run.Output, StringComparison.Ordinal);
        Assert.Contains("Sources: Sqlite ok", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"\d\d (Oct|Nov) 26", run.Output);
    }

    [Fact]
    public async Task SampleData_ShowsALiveInteractionAStitchedProfileTheLastHopSegmentsAndOutcomes()
    {
        using var folder = new TemporaryFolder();

        DemoRun text = await DemoProcess.RunAsync("--db", folder.File("j.db"), "--as-of", AsOf);
        DemoRun json = await DemoProcess.RunAsync("--db", folder.File("j.db"), "--as-of", AsOf, "--format", "json", "--period", "3");
        DemoRun byTablet = await DemoProcess.RunAsync("--db", folder.File("j.db"), "--as-of", AsOf, "--format", "json", "--period", "3", "--web-id", "alex-tablet-a27e");

        Assert.Equal((0, 0, 0), (text.ExitCode, json.ExitCode, byTablet.ExitCode));
        Assert.Contains("LIVE", text.Output, StringComparison.Ordinal);
        Assert.Contains("web id alex-tablet-a27e", text.Output, StringComparison.Ordinal);
        Assert.Contains("Retention/Chloé Martin", text.Output, StringComparison.Ordinal);
        Assert.Contains("Segments:  From France", text.Output, StringComparison.Ordinal);
        Assert.Contains("Outcome:   Fibre purchased", text.Output, StringComparison.Ordinal);

        using JsonDocument byPhone = JsonDocument.Parse(json.Output);
        using JsonDocument tablet = JsonDocument.Parse(byTablet.Output);
        string[] Ids(JsonDocument document) => [.. document.RootElement.GetProperty("days").EnumerateArray().SelectMany(d => d.GetProperty("interactions").EnumerateArray()).Select(i => i.GetProperty("id").GetString()!)];
        Assert.Equal(Ids(byPhone), Ids(tablet));
        string[] statuses = [.. byPhone.RootElement.GetProperty("days").EnumerateArray().SelectMany(d => d.GetProperty("interactions").EnumerateArray()).Select(i => i.GetProperty("liveStatus").GetString()!)];
        Assert.Equal(2, statuses.Count(s => s == "live"));
        Assert.Equal(4, tablet.RootElement.GetProperty("profile").GetProperty("keys").GetArrayLength());
    }

    [Fact]
    public async Task TextOutput_FitsEightyColumnsAndHasNoColourUnderNoColor()
    {
        using var folder = new TemporaryFolder();

        DemoRun timeline = await DemoProcess.RunAsync("--db", folder.File("j.db"), "--as-of", AsOf);
        DemoRun grid = await DemoProcess.RunAsync("--db", folder.File("j.db"), "--as-of", AsOf, "--view", "grid", "--period", "3");

        foreach (DemoRun run in new[] { timeline, grid })
        {
            Assert.Equal(0, run.ExitCode);
            Assert.DoesNotContain('\u001b', run.Output);
            Assert.All(run.Output.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 80, $"too wide: {line}"));
        }

        Assert.Contains("Outcome", grid.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonOutput_IsTheDocumentedFormAloneOnStandardOutput()
    {
        using var folder = new TemporaryFolder();

        DemoRun run = await DemoProcess.RunAsync("--db", folder.File("j.db"), "--as-of", AsOf, "--format", "json", "--period", "3", "--channel", "SMS");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement root = json.RootElement;
        Assert.Equal("ok", root.GetProperty("sources")[0].GetProperty("status").GetString());
        Assert.Equal(DateTimeOffset.Parse("2026-08-15T00:00:00-04:00", CultureInfo.InvariantCulture), root.GetProperty("period").GetProperty("from").GetDateTimeOffset());
        Assert.Equal("sms", root.GetProperty("filter").GetProperty("channel").GetString());
        string[] dates = [.. root.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("date").GetString()!)];
        Assert.NotEmpty(dates);
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        foreach (JsonElement day in root.GetProperty("days").EnumerateArray())
        {
            JsonElement[] interactions = [.. day.GetProperty("interactions").EnumerateArray()];
            Assert.Equal(interactions.Select(i => i.GetProperty("start").GetDateTimeOffset()).Order(), interactions.Select(i => i.GetProperty("start").GetDateTimeOffset()));
            Assert.Equal(interactions.Any(i => i.GetProperty("failure").GetBoolean()), day.GetProperty("hasFailure").GetBoolean());
            Assert.All(interactions, i =>
            {
                Assert.Equal("sms", i.GetProperty("channel").GetString());
                Assert.Equal(day.GetProperty("date").GetString(), i.GetProperty("start").GetDateTimeOffset().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                foreach (string member in new[] { "id", "source", "end", "mode", "direction", "campaign", "outcome", "phoneNumber", "previousScore", "currentScore", "agentName", "agentComments", "indicator" })
                {
                    Assert.True(i.TryGetProperty(member, out _), $"missing {member}");
                }
            });
        }

        Assert.False(root.TryGetProperty("rows", out _));
    }

    [Fact]
    public async Task JsonGridView_HasRowsInTheSortOrder()
    {
        using var folder = new TemporaryFolder();

        DemoRun run = await DemoProcess.RunAsync("--db", folder.File("j.db"), "--as-of", AsOf, "--format", "json", "--view", "grid", "--sort", "agentName:desc");

        using JsonDocument json = JsonDocument.Parse(run.Output);
        string?[] agents = [.. json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("agentName").GetString())];
        string[] named = [.. agents.OfType<string>()];
        Assert.Equal(named.OrderDescending(StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true)), named);
        Assert.All(agents.SkipWhile(a => a is not null), a => Assert.Null(a)); // empty values last
    }

    [Fact]
    public async Task InboundLookupByEmail_IsServedByTheStore()
    {
        using var folder = new TemporaryFolder();

        DemoRun run = await DemoProcess.RunAsync("--db", folder.File("j.db"), "--as-of", AsOf, "--format", "json", "--email", "Camille.Dubois@Example.fr", "--direction", "inbound");

        using JsonDocument json = JsonDocument.Parse(run.Output);
        Assert.Equal("inbound", json.RootElement.GetProperty("direction").GetString());
        Assert.NotEmpty(json.RootElement.GetProperty("days").EnumerateArray());
        Assert.All(json.RootElement.GetProperty("days").EnumerateArray().SelectMany(d => d.GetProperty("interactions").EnumerateArray()), i => Assert.Equal("DataCloud", i.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task SameAsOf_GivesTheSameJourneyFromANewStore()
    {
        using var folder = new TemporaryFolder();

        DemoRun first = await DemoProcess.RunAsync("--db", folder.File("a.db"), "--as-of", AsOf, "--format", "json", "--search", "debito");
        DemoRun second = await DemoProcess.RunAsync("--db", folder.File("b.db"), "--as-of", AsOf, "--format", "json", "--search", "debito");

        using JsonDocument a = JsonDocument.Parse(first.Output);
        using JsonDocument b = JsonDocument.Parse(second.Output);
        Assert.Equal(Ids(a), Ids(b));
        Assert.NotEmpty(Ids(a));
    }

    [Theory]
    [InlineData("--phone", "12", "too few digits")]
    [InlineData("--channel", "fax", "Unknown channel 'fax'")]
    [InlineData("--sort", "shoe-size", "Unknown sort 'shoe-size'")]
    public async Task BadInput_ExitsWithTwoAndSaysWhatIsWrongOnStandardError(string option, string value, string message)
    {
        using var folder = new TemporaryFolder();

        DemoRun run = await DemoProcess.RunAsync("--db", folder.File("j.db"), "--format", "json", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output.Trim());
    }

    [Fact]
    public async Task Configuration_PointsTheSameDemoAtARealDataCloud()
    {
        ContractApi dataCloud = ContractApi.DataCloud("demo-key");
        dataCloud.Add("+14155550100", WireRecords.DataCloud("DC-live-1", DateTimeOffset.UtcNow.AddDays(-2).ToString("O")));
        await using LoopbackServer server = await LoopbackServer.StartAsync(dataCloud.Handle);
        var environment = new Dictionary<string, string>
        {
            ["CustomerJourney__Sources__0"] = "DataCloud",
            ["CustomerJourney__DataCloud__BaseAddress"] = server.BaseAddress.ToString(),
            ["CustomerJourney__DataCloud__ApiKey"] = "demo-key",
        };

        DemoRun run = await DemoProcess.RunAsync(environment, "--format", "json", "--direction", "inbound", "--phone", "(415) 555-0100");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        Assert.Equal("DataCloud", json.RootElement.GetProperty("sources")[0].GetProperty("name").GetString());
        Assert.Equal(["DC-live-1"], Ids(json));
    }

    [Fact]
    public async Task Configuration_PointsTheSameDemoAtGenesysCloud_WithEnvironmentVariablesAlone()
    {
        await using GenesysFake genesys = await GenesysFake.StartAsync();
        DateTimeOffset now = DateTimeOffset.UtcNow;
        genesys.Names["queue:q-billing"] = "Billing";
        genesys.Names["user:u-aoife"] = "Aoife Kelly";
        genesys.AddContact("c-maeve", ("Phone", "+14155550100")).AddSessions(
            "c-maeve",
            GenesysSessions.Conversation("gc-call", now.AddDays(-3), now.AddDays(-3).AddMinutes(6), queue: "q-billing", user: "u-aoife"),
            GenesysSessions.Web("gc-visit", now.AddDays(-2), ended: now.AddDays(-2).AddMinutes(12)));
        var environment = new Dictionary<string, string>
        {
            ["CustomerJourney__Sources__0"] = "GenesysCloud",
            ["CustomerJourney__GenesysCloud__ApiBaseAddress"] = genesys.BaseAddress.ToString(),
            ["CustomerJourney__GenesysCloud__LoginBaseAddress"] = genesys.BaseAddress.ToString(),
            ["CustomerJourney__GenesysCloud__ClientId"] = GenesysFake.ClientId,
            ["CustomerJourney__GenesysCloud__ClientSecret"] = GenesysFake.ClientSecret,
        };

        DemoRun run = await DemoProcess.RunAsync(environment, "--format", "json", "--direction", "inbound", "--phone", "(415) 555-0100");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement source = json.RootElement.GetProperty("sources")[0];
        Assert.Equal(("GenesysCloud", "ok"), (source.GetProperty("name").GetString(), source.GetProperty("status").GetString()));
        Assert.Equal(["gc-call", "gc-visit"], Ids(json));
        JsonElement call = json.RootElement.GetProperty("days").EnumerateArray().SelectMany(d => d.GetProperty("interactions").EnumerateArray()).Single(i => i.GetProperty("id").GetString() == "gc-call");
        Assert.Equal("Aoife Kelly", call.GetProperty("agentName").GetString());
        Assert.Equal("Billing", call.GetProperty("lastHop").GetProperty("queue").GetString());
        JsonElement visit = json.RootElement.GetProperty("days").EnumerateArray().SelectMany(d => d.GetProperty("interactions").EnumerateArray()).Single(i => i.GetProperty("id").GetString() == "gc-visit");
        Assert.Equal("shop.example.ie/checkout", visit.GetProperty("webVisit").GetProperty("lastPage").GetString());
        Assert.Equal(1, genesys.TokensMinted);
        Assert.DoesNotContain(GenesysFake.ClientSecret, run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidConfiguration_ExitsWithTwoAndNamesTheKey()
    {
        DemoRun run = await DemoProcess.RunAsync(new Dictionary<string, string> { ["CustomerJourney__Sources__0"] = "CampaignManager" });

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("CustomerJourney:CampaignManager:Token is required", run.Error.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static string[] Ids(JsonDocument json) =>
        [.. json.RootElement.GetProperty("days").EnumerateArray().SelectMany(d => d.GetProperty("interactions").EnumerateArray()).Select(i => i.GetProperty("id").GetString()!)];
}
